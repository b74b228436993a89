/*
 * Copyright 2026 The flink-blocks authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
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
