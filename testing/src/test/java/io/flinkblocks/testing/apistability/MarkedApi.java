package io.flinkblocks.testing.apistability;

import org.apache.flink.annotation.PublicEvolving;

@Fixture(value = "before the marker", numbers = {1, 2})
@PublicEvolving
public final class MarkedApi {

    /** Nested: follows its enclosing type. */
    public static final class Builder {}
}
