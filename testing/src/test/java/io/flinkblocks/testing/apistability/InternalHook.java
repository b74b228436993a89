package io.flinkblocks.testing.apistability;

import org.apache.flink.annotation.Internal;

@Internal
@FunctionalInterface
public interface InternalHook {

    void run();
}
