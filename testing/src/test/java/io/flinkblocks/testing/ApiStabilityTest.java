package io.flinkblocks.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.nio.file.Paths;

import org.junit.jupiter.api.Test;

class ApiStabilityTest {

    private static final Path TEST_CLASSES = Paths.get("target", "test-classes");
    private static final String FIXTURES = "io.flinkblocks.testing.apistability";

    @Test
    void everyPublicTypeIsMarked() {
        ApiStability.assertEveryPublicTypeIsMarked("io.flinkblocks.testing");
    }

    @Test
    void namesOnlyPublicTopLevelTypesWithoutAStabilityAnnotation() {
        assertThat(ApiStability.unmarkedPublicTypes(TEST_CLASSES, FIXTURES)).containsExactly(FIXTURES + ".UnmarkedApi");
    }

    @Test
    void failsWithTheListOfUnmarkedTypes() {
        assertThatThrownBy(() -> ApiStability.assertEveryPublicTypeIsMarked(TEST_CLASSES, FIXTURES))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("1 public type(s) without a stability annotation")
                .hasMessageContaining(FIXTURES + ".UnmarkedApi")
                .hasMessageNotContaining("Nested");
    }

    @Test
    void failsWhenItFindsNothingToCheck() {
        assertThatThrownBy(() -> ApiStability.unmarkedPublicTypes(Paths.get("target", "no-classes"), FIXTURES))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("No class directory");
        // A prefix is a whole package name, not the start of one.
        assertThatThrownBy(() -> ApiStability.unmarkedPublicTypes(TEST_CLASSES, "io.flinkblocks.testing.apistab"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("No class of [io.flinkblocks.testing.apistab]");
    }
}
