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
package io.flinkblocks.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

import io.flinkblocks.testing.secrets.PlantedSecrets;
import io.flinkblocks.testing.secrets.SecretsScanner;

/**
 * The secrets check over the whole test suite: every test of the project plants the same known secrets
 * ({@link PlantedSecrets}: the local stand-ins' AWS keys and STS credentials, the broker's truststore
 * and keystore passwords, Kafka SASL and JAAS secrets in property groups), every test JVM writes each
 * log line at INFO and above, with full stack traces, to {@code target/test-logs/} of its module
 * ({@code log4j2-test.properties}), and Surefire and Failsafe keep each test's output and failure
 * messages in {@code target/surefire-reports} and {@code target/failsafe-reports}. This test, run by
 * its own Failsafe execution after every other test of the build (this module is the reactor's last),
 * scans all of them and fails naming the file, the line and the secret (by name, never its value).
 *
 * <p>It cannot pass on nothing: in a full build ({@code ./mvnw verify} from the root, no {@code -pl}
 * or {@code -rf}) every module with integration tests must have written a non-empty log of them in
 * this build, and every module with unit tests their reports; a file older than the build is not
 * counted. In a partial build ({@code -pl}, {@code -rf}) the modules that ran tests in this build and
 * this one must have written their logs, and modules not in the build are listed, not required; when
 * no other module ran tests in the build, this module's own files are scanned and the test ends as
 * skipped, since alone it cannot prove anything about the suite.
 * {@code -Dsecrets.check.scope=all} requires every module whatever the build; {@code present} is the
 * partial build's rule.
 */
class SecretsInSuiteLogsIT {

    private static final List<String> CAPTURE_FOLDERS = List.of("test-logs", "surefire-reports", "failsafe-reports");
    private static final String SELF = "reliability-tests";

    @Test
    void noPlantedSecretInAnyLogLineOrTestReportOfTheBuild() throws IOException {
        assumeTrue(
                System.getProperty("secrets.check.root") != null,
                "runs in the secrets-check execution of reliability-tests, after every other test of the build");
        Path root = Paths.get(System.getProperty("secrets.check.root", "..")).toRealPath();
        Instant buildStart = buildStart(System.getProperty("secrets.check.build.start", ""));
        String scope = scope();
        List<Module> modules = modules(root);
        assertThat(modules)
                .as("modules with tests under " + root)
                .extracting(m -> m.name)
                .contains(SELF, "connectors");

        List<String> problems = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        Map<String, List<Path>> filesByModule = new TreeMap<>();
        List<String> notInBuild = new ArrayList<>();
        for (Module module : modules) {
            List<Path> fresh = module.captures().stream()
                    .filter(f -> isFresh(f, buildStart))
                    .collect(Collectors.toList());
            if (!fresh.isEmpty()) {
                filesByModule.put(module.name, fresh);
            }
            // Required: every module in scope all; in scope present, this one and every module that ran tests in this
            // build.
            boolean required = "all".equals(scope)
                    || module.name.equals(SELF)
                    || fresh.stream().anyMatch(Module::isReport);
            if (required) {
                problems.addAll(module.missing(fresh));
            } else if (fresh.isEmpty()) {
                notInBuild.add(module.name);
            }
            files.addAll(fresh);
        }

        SecretsScanner scanner = SecretsScanner.ofPlantedSecrets();
        SecretsScanner.Result result = scanner.scan(files);
        System.out.printf(
                "Secrets check (scope %s from %s, -pl %s, -rf %s; build started %s): %s; %d planted secrets looked for: %s%n",
                scope,
                System.getProperty("secrets.check.scope"),
                System.getProperty("secrets.check.selected.projects"),
                System.getProperty("secrets.check.resume.from"),
                buildStart == null ? "unknown" : buildStart,
                result,
                scanner.secretNames().size(),
                scanner.secretNames());
        filesByModule.forEach((module, moduleFiles) -> System.out.printf(
                "  %-32s %4d files %9d lines%n",
                module,
                moduleFiles.size(),
                moduleFiles.stream().mapToLong(f -> result.linesByFile().get(f)).sum()));
        if (!notInBuild.isEmpty()) {
            System.out.println(
                    "  not in this build (nothing written by it, not required in scope " + scope + "): " + notInBuild);
        }

        SoftAssertions.assertSoftly(softly -> {
            softly.assertThat(result.findings())
                    .as("lines holding a planted secret (file:line: secret)")
                    .extracting(Object::toString)
                    .isEmpty();
            softly.assertThat(problems)
                    .as("test logs and reports the check needs (missing, empty or from an earlier build)")
                    .isEmpty();
        });
        boolean othersRan = filesByModule.keySet().stream().anyMatch(m -> !m.equals(SELF));
        assumeTrue(
                "all".equals(scope) || othersRan,
                "built alone: only this module's own " + result.lines()
                        + " lines were scanned (no secret); the suite-wide check needs the other modules' tests in the same build"
                        + " (a full build, or -am)");
        assertThat(result.lines()).as("lines scanned").isGreaterThan(1000);
        assertThat(result.redactionMarkerLines())
                .as(
                        "lines where a secret was planted and hidden ([hidden], <redacted>, ******): proof that secrets reached the code")
                .isPositive();
    }

    /** {@code all} in a full build or when asked, {@code present} in a partial build ({@code -pl}, {@code -rf}) or when asked. */
    private static String scope() {
        String scope = System.getProperty("secrets.check.scope", "auto").trim();
        if (scope.equals("all") || scope.equals("present")) {
            return scope;
        }
        return given("secrets.check.selected.projects") || given("secrets.check.resume.from") ? "present" : "all";
    }

    /** Whether Maven gave the property a value ({@code -pl}, {@code -rf}); an expression Maven left unresolved is none. */
    private static boolean given(String property) {
        String value = System.getProperty(property, "").trim();
        return !value.isEmpty() && !value.equals("null") && !value.startsWith("${");
    }

    /** Maven's {@code maven.build.timestamp} (the build's start, to the second, UTC), less a second; null if unknown. */
    static Instant buildStart(String value) {
        if (value.isBlank() || value.startsWith("${")) {
            return null;
        }
        try {
            return Instant.parse(value).minusSeconds(1);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("secrets.check.build.start is not an instant: " + value, e);
        }
    }

    private static boolean isFresh(Path file, Instant buildStart) {
        if (buildStart == null) {
            return true;
        }
        try {
            return !Files.getLastModifiedTime(file).toInstant().isBefore(buildStart);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every folder under the root with a {@code pom.xml} and tests. */
    private static List<Module> modules(Path root) throws IOException {
        try (Stream<Path> poms = Files.walk(root, 3)) {
            return poms.filter(p -> p.getFileName().toString().equals("pom.xml"))
                    .map(Path::getParent)
                    .filter(d -> Files.isDirectory(d.resolve("src/test/java")))
                    .filter(d ->
                            !d.toString().contains("/target/") && !d.toString().contains("node_modules"))
                    .sorted()
                    .map(d -> new Module(root.relativize(d).toString(), d))
                    .collect(Collectors.toList());
        }
    }

    private static final class Module {
        final String name;
        final Path dir;
        final boolean integrationTests;
        final boolean unitTests;

        Module(String name, Path dir) {
            this.name = name;
            this.dir = dir;
            List<String> tests = testClasses(dir.resolve("src/test/java"));
            this.integrationTests = tests.stream()
                    .anyMatch(t -> (t.endsWith("IT") || t.startsWith("IT") || t.endsWith("ITCase"))
                            && !t.startsWith("Secrets"));
            this.unitTests =
                    tests.stream().anyMatch(t -> t.endsWith("Test") || t.startsWith("Test") || t.endsWith("Tests"));
        }

        private static List<String> testClasses(Path sources) {
            try (Stream<Path> files = Files.walk(sources)) {
                return files.map(f -> f.getFileName().toString())
                        .filter(f -> f.endsWith(".java"))
                        .map(f -> f.substring(0, f.length() - ".java".length()))
                        .collect(Collectors.toList());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Every regular file of the module's test logs and reports, whatever its age. */
        List<Path> captures() {
            List<Path> files = new ArrayList<>();
            for (String folder : CAPTURE_FOLDERS) {
                Path path = dir.resolve("target").resolve(folder);
                if (Files.isDirectory(path)) {
                    try (Stream<Path> listed = Files.walk(path)) {
                        listed.filter(Files::isRegularFile).sorted().forEach(files::add);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
            return files;
        }

        static boolean isReport(Path file) {
            String folder = file.getParent().getFileName().toString();
            return folder.equals("surefire-reports") || folder.equals("failsafe-reports");
        }

        /** What this module should have written in this build and did not. */
        List<String> missing(List<Path> fresh) {
            List<String> missing = new ArrayList<>();
            if (integrationTests) {
                Path log = dir.resolve("target/test-logs/integration-tests.log");
                if (!fresh.contains(log)) {
                    missing.add(name + ": no log of its integration tests from this build (" + describe(log) + ")");
                } else if (size(log) == 0) {
                    missing.add(name + ": the log of its integration tests is empty (" + log + ")");
                }
                if (fresh.stream()
                        .noneMatch(f -> f.getParent().getFileName().toString().equals("failsafe-reports"))) {
                    missing.add(name + ": no Failsafe report from this build");
                }
            }
            if (unitTests
                    && fresh.stream()
                            .noneMatch(
                                    f -> f.getParent().getFileName().toString().equals("surefire-reports"))) {
                missing.add(name + ": no Surefire report from this build");
            }
            return missing;
        }

        private static String describe(Path file) {
            if (!Files.exists(file)) {
                return file + " does not exist";
            }
            try {
                FileTime time = Files.getLastModifiedTime(file);
                return file + " was written " + time + ", before this build";
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static long size(Path file) {
            try {
                return Files.size(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
