package io.flinkblocks.testing.local;

/** The local value of each {@link LocalSetting}: the running stand-ins', or any other for a test. */
@FunctionalInterface
interface LocalEndpoints {

    String value(LocalSetting setting);
}
