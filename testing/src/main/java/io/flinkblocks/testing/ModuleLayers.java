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

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.flink.annotation.PublicEvolving;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;

/**
 * The layers of flink-blocks and the rules that keep them apart, checked against a module's compiled
 * classes: no package cycle inside the module, no dependency on the test kit, and no dependency against
 * the module order (runtime-properties, then connectors and operators, then windows, then examples and
 * benchmarks; connectors and operators do not know each other). Maven's dependencies already keep a
 * module from compiling against one it does not declare; these rules also catch a dependency added to a
 * pom against the order, and cycles between packages of one module, which Maven does not see.
 *
 * <pre>{@code
 * @Test
 * void layersHold() {
 *     ModuleLayers.assertRulesHold(ModuleLayers.Layer.CONNECTORS);
 * }
 * }</pre>
 */
@PublicEvolving
public final class ModuleLayers {

    private static final String TESTING = "io.flinkblocks.testing";

    /** A shipped module, by the root package of its classes, with the modules it may use. */
    public enum Layer {
        RUNTIME_PROPERTIES("io.flinkblocks.runtime"),
        CONNECTORS("io.flinkblocks.connectors", RUNTIME_PROPERTIES),
        OPERATORS("io.flinkblocks.operators", RUNTIME_PROPERTIES),
        WINDOWS("io.flinkblocks.windows", RUNTIME_PROPERTIES, OPERATORS),
        EXAMPLES("io.flinkblocks.examples", RUNTIME_PROPERTIES, CONNECTORS, OPERATORS, WINDOWS),
        BENCHMARKS("io.flinkblocks.benchmarks", RUNTIME_PROPERTIES, CONNECTORS, OPERATORS, WINDOWS);

        private final String rootPackage;
        private final List<Layer> below;

        Layer(String rootPackage, Layer... below) {
            this.rootPackage = rootPackage;
            this.below = Arrays.asList(below);
        }

        /** The root package of the module's classes. */
        public String rootPackage() {
            return rootPackage;
        }

        /** The layers this one must not use: every other one but those below it. */
        List<Layer> forbidden() {
            return Arrays.stream(values())
                    .filter(other -> other != this && !below.contains(other))
                    .collect(Collectors.toList());
        }
    }

    private ModuleLayers() {}

    /**
     * Throws an {@link AssertionError} naming every violation of the layer rules among the main classes
     * of the module whose directory is the working directory ({@link ApiStability#MAIN_CLASSES}).
     */
    public static void assertRulesHold(Layer layer) {
        assertRulesHold(layer, ApiStability.MAIN_CLASSES);
    }

    /** As {@link #assertRulesHold(Layer)}, for the class files under {@code classes}. */
    public static void assertRulesHold(Layer layer, Path classes) {
        if (!Files.isDirectory(classes)) {
            throw new AssertionError("No class directory " + classes.toAbsolutePath() + ": compile the module first");
        }
        JavaClasses imported = new ClassFileImporter().importPath(classes);
        if (imported.stream().noneMatch(type -> type.getPackageName().startsWith(layer.rootPackage()))) {
            // A wrong directory or layer must not pass unnoticed.
            throw new AssertionError("No class of " + layer.rootPackage() + " under " + classes.toAbsolutePath());
        }
        String violations = rules(layer).stream()
                .map(rule -> rule.evaluate(imported))
                .filter(EvaluationResult::hasViolation)
                .map(result -> result.getFailureReport().toString())
                .collect(Collectors.joining("\n"));
        if (!violations.isEmpty()) {
            throw new AssertionError(violations);
        }
    }

    /** The rules of a layer: free of package cycles, independent of the test kit, in module order. */
    static List<ArchRule> rules(Layer layer) {
        List<String> forbidden =
                layer.forbidden().stream().map(Layer::rootPackage).collect(Collectors.toList());
        return rules(layer.rootPackage(), TESTING, forbidden);
    }

    /** The rules for the classes under {@code rootPackage}, by package names (so tests can plant violations). */
    static List<ArchRule> rules(String rootPackage, String testKitPackage, List<String> forbiddenPackages) {
        String own = rootPackage + "..";
        ArchRule noCycles = SlicesRuleDefinition.slices()
                .assignedFrom(new PackagesOf(rootPackage))
                .should()
                .beFreeOfCycles()
                .because("a cycle between packages makes neither one understandable or changeable alone");
        ArchRule noTestKit = ArchRuleDefinition.noClasses()
                .that()
                .resideInAPackage(own)
                .should()
                .dependOnClassesThat()
                .resideInAPackage(testKitPackage + "..")
                .because("the test kit is a test dependency, absent when a job runs");
        String[] forbidden = forbiddenPackages.stream().map(name -> name + "..").toArray(String[]::new);
        ArchRule moduleOrder = ArchRuleDefinition.noClasses()
                .that()
                .resideInAPackage(own)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(forbidden)
                .because("modules depend only on those before them: runtime-properties <- connectors,"
                        + " runtime-properties <- operators <- windows <- examples and benchmarks");
        return List.of(noCycles, noTestKit, moduleOrder);
    }

    /** One slice per package under a root, so that a root package and its sub-packages are apart. */
    private static final class PackagesOf implements SliceAssignment {

        private final String rootPackage;

        PackagesOf(String rootPackage) {
            this.rootPackage = rootPackage;
        }

        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String name = javaClass.getPackageName();
            boolean inLayer = name.equals(rootPackage) || name.startsWith(rootPackage + ".");
            return inLayer ? SliceIdentifier.of(name) : SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "the packages of " + rootPackage;
        }
    }
}
