package io.flinkblocks.windows;

import org.junit.jupiter.api.Test;

import io.flinkblocks.testing.ApiStability;

class ApiStabilityTest {

    @Test
    void everyPublicTypeIsMarked() {
        ApiStability.assertEveryPublicTypeIsMarked("io.flinkblocks.windows");
    }
}
