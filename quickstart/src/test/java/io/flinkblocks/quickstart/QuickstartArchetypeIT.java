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
package io.flinkblocks.quickstart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a user does on day one, run for real: {@code mvn archetype:generate} with the quickstart, then
 * {@code mvn verify} of the generated project, which compiles the job, runs its tests against the test
 * kit's local Kinesis and packages the JAR for MSF.
 *
 * <p>The generated project sees flink-blocks only as published artifacts: this build's JARs and POMs
 * are copied, as {@code mvn install} would write them, into a fresh local repository of its own. Every
 * other artifact comes from Maven Central, read through this build's local repository as a read-only
 * cache ({@code maven.repo.local.tail}), so the test needs no download that this build did not need.
 */
class QuickstartArchetypeIT {

    private static final Logger LOG = LoggerFactory.getLogger(QuickstartArchetypeIT.class);

    private static final String GROUP = "io.flinkblocks";
    private static final long KINESIS_JOB_MAX_JAR_BYTES = 35L * 1024 * 1024;

    private static Path root;
    private static String version;
    private static Path work;
    private static Path repository;

    @BeforeAll
    static void publishThisBuildIntoAFreshRepository() throws IOException {
        root = Paths.get(System.getProperty("repository.root")).toRealPath();
        version = System.getProperty("flinkblocks.version");
        work = root.resolve("quickstart/target/archetype-it");
        deleteRecursively(work);
        repository = Files.createDirectories(work.resolve("repository"));
        publish("flink-blocks-bom", root.resolve("bom/pom.xml"), null);
        publish("flink-blocks-parent", root.resolve("pom.xml"), null);
        publish("flink-blocks-job-parent", root.resolve("job-parent/pom.xml"), null);
        for (String module :
                List.of("runtime-properties", "connectors", "operators", "windows", "testing", "quickstart")) {
            String artifact = "flink-blocks-" + module;
            publish(
                    artifact,
                    root.resolve(module).resolve("pom.xml"),
                    root.resolve(module).resolve("target").resolve(artifact + "-" + version + ".jar"));
        }
    }

    @Test
    void generatesAProjectThatTestsItselfAndPackagesAJobJar() throws Exception {
        run(
                work,
                "generate",
                "org.apache.maven.plugins:maven-archetype-plugin:" + System.getProperty("archetype.version")
                        + ":generate",
                "-DinteractiveMode=false",
                "-DarchetypeGroupId=" + GROUP,
                "-DarchetypeArtifactId=flink-blocks-quickstart",
                "-DarchetypeVersion=" + version,
                "-DgroupId=com.example",
                "-DartifactId=price-alerts",
                "-Dversion=1.0.0-SNAPSHOT",
                "-Dpackage=com.example.pricealerts");
        Path project = work.resolve("price-alerts");
        assertThat(project.resolve("pom.xml")).exists();

        run(project, "verify", "verify");

        Path jar = project.resolve("target/price-alerts-1.0.0-SNAPSHOT.jar");
        assertThat(jar).exists();
        assertThat(Files.size(jar)).isLessThan(KINESIS_JOB_MAX_JAR_BYTES);
        int unitTests = testsRun(project.resolve("target/surefire-reports"));
        int integrationTests = testsRun(project.resolve("target/failsafe-reports"));
        LOG.info(
                "Generated project: {} unit tests, {} integration tests, {} ({} bytes)",
                unitTests,
                integrationTests,
                jar.getFileName(),
                Files.size(jar));
        keepTestLogsOf(project);
        assertThat(unitTests).as("unit tests of the generated project").isPositive();
        assertThat(integrationTests)
                .as("integration tests of the generated project")
                .isPositive();
    }

    /** The generated project's test logs beside this module's, where the build's secrets check reads them. */
    private static void keepTestLogsOf(Path project) throws IOException {
        Path logs = project.resolve("target/test-logs");
        if (!Files.isDirectory(logs)) {
            return;
        }
        Path target = Files.createDirectories(root.resolve("quickstart/target/test-logs"));
        try (Stream<Path> files = Files.list(logs)) {
            for (Path log : (Iterable<Path>) files::iterator) {
                Files.copy(
                        log,
                        target.resolve("generated-project-" + log.getFileName()),
                        StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /** Writes a POM (and a JAR) where {@code mvn install} would put them. */
    private static void publish(String artifact, Path pom, Path jar) throws IOException {
        Path folder = Files.createDirectories(
                repository.resolve(GROUP.replace('.', '/')).resolve(artifact).resolve(version));
        Files.copy(pom, folder.resolve(artifact + "-" + version + ".pom"), StandardCopyOption.REPLACE_EXISTING);
        if (jar != null) {
            assertThat(jar).as("built before this test").exists();
            Files.copy(jar, folder.resolve(artifact + "-" + version + ".jar"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void run(Path directory, String name, String... goals) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Paths.get(System.getProperty("maven.home"), "bin", "mvn").toString(),
                "-B",
                "-ntp",
                "-Dmaven.repo.local=" + repository,
                "-Dmaven.repo.local.tail=" + System.getProperty("maven.repo.local")));
        command.addAll(List.of(goals));
        Path log = work.resolve(name + ".log");
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(directory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().remove("MAVEN_OPTS");
        LOG.info("mvn {} in {} (log {})", String.join(" ", goals), directory, log);
        long start = System.nanoTime();
        Process process = builder.start();
        boolean ended = process.waitFor(20, TimeUnit.MINUTES);
        if (!ended) {
            process.destroyForcibly();
        }
        LOG.info(
                "mvn {} ended {} after {} s",
                String.join(" ", goals),
                ended ? "with " + process.exitValue() : "by timeout",
                TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start));
        assertThat(ended && process.exitValue() == 0)
                .as(
                        "mvn %s in %s ended %s; end of %s:%n%s",
                        String.join(" ", goals),
                        directory,
                        ended ? "with " + process.exitValue() : "by timeout",
                        log,
                        tail(log))
                .isTrue();
    }

    private static int testsRun(Path reports) throws IOException {
        if (!Files.isDirectory(reports)) {
            return 0;
        }
        int tests = 0;
        try (Stream<Path> files = Files.list(reports)) {
            for (Path report : (Iterable<Path>)
                    files.filter(f -> f.getFileName().toString().matches("TEST-.*\\.xml"))::iterator) {
                String text = new String(Files.readAllBytes(report), StandardCharsets.UTF_8);
                java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("<testsuite [^>]*tests=\"(\\d+)\"")
                        .matcher(text);
                if (matcher.find()) {
                    tests += Integer.parseInt(matcher.group(1));
                }
            }
        }
        return tests;
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 80), lines.size()));
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(path);
            }
        }
    }
}
