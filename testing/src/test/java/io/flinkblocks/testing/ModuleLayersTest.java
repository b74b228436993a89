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

import java.nio.file.Paths;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;

/** The layer rules find each planted violation, and only in the packages they check. */
class ModuleLayersTest {

    private static final String FIXTURES = "io.flinkblocks.testing.layers";

    private final JavaClasses planted = new ClassFileImporter()
            .importPath(Paths.get("target", "test-classes", "io", "flinkblocks", "testing", "layers"));
    private final List<ArchRule> rules =
            ModuleLayers.rules(FIXTURES + ".app", FIXTURES + ".kit", List.of(FIXTURES + ".later"));

    @Test
    void aCycleBetweenTwoPackagesIsFound() {
        EvaluationResult cycles = rules.get(0).evaluate(planted);

        assertThat(cycles.hasViolation()).isTrue();
        assertThat(cycles.getFailureReport().toString())
                .contains("Cycle detected")
                .contains("Upstream")
                .contains("Downstream");
    }

    @Test
    void aDependencyOnTheTestKitIsFound() {
        EvaluationResult testKit = rules.get(1).evaluate(planted);

        assertThat(testKit.getFailureReport().getDetails())
                .singleElement()
                .asString()
                .contains("UsesTestKit");
    }

    @Test
    void aDependencyAgainstTheModuleOrderIsFound() {
        EvaluationResult order = rules.get(2).evaluate(planted);

        assertThat(order.getFailureReport().getDetails())
                .singleElement()
                .asString()
                .contains("UsesLaterModule");
    }

    @Test
    void aDirectoryWithoutTheLayersClassesIsAnError() {
        assertThatThrownBy(() ->
                        ModuleLayers.assertRulesHold(ModuleLayers.Layer.WINDOWS, Paths.get("target", "test-classes")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("No class of io.flinkblocks.windows");
    }
}
