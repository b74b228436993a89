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
package io.flinkblocks.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreflightTest {

    private static final String SECRET = "PlantedPreflightSecret-4Kd9";
    /** Properties {@link #job} reads without a problem. */
    private static final String CORRECT = "[{\"PropertyGroupId\": \"In\", \"PropertyMap\": {\"rate\": \"5\"}},"
            + " {\"PropertyGroupId\": \"Out\", \"PropertyMap\": {\"path\": \"/tmp/out\"}}]";

    private static Path file(Path dir, String json) throws Exception {
        Path file = dir.resolve("app.json");
        Files.write(file, json.getBytes(StandardCharsets.UTF_8));
        return file;
    }

    /** Reads keys with defaults of two groups, then a required key, then defines the pipeline. */
    private static void job(StreamExecutionEnvironment env, ApplicationProperties properties) {
        PropertyGroup in = properties.group("In");
        in.getInt("rate", 1, 1, 100);
        in.getDuration("every", java.time.Duration.ofSeconds(1));
        in.get("api.secret", "");
        properties.group("Out").required("path");
        DiscardedNumbers.define(env);
    }

    @Test
    void everyProblemIsReportedInOneRunWithoutSecrets(@TempDir Path dir) throws Exception {
        Path file = file(
                dir,
                "[{\"PropertyGroupId\": \"In\", \"PropertyMap\": {\"rate\": \"500\", \"every\": \"soon\","
                        + " \"ratte\": \"5\", \"api.secret\": \"" + SECRET + "\"}},"
                        + " {\"PropertyGroupId\": \"Out\", \"PropertyMap\": {\"path\": \"/tmp/out\"}},"
                        + " {\"PropertyGroupId\": \"FlinkEnvironment\", \"PropertyMap\": {\"parallelism\": \"zero\"}},"
                        + " {\"PropertyGroupId\": \"Outt\", \"PropertyMap\": {\"path\": \"/tmp/out\"}}]");

        Preflight preflight =
                Preflight.run(new String[] {"--validate", "--properties", file.toString()}, PreflightTest::job);

        assertThat(preflight.passed()).isFalse();
        assertThat(preflight.problems()).hasSize(5);
        assertThat(preflight.report("demo"))
                .startsWith("demo: 5 problems in the properties")
                .contains("group 'FlinkEnvironment', key 'parallelism': value 'zero' is not an integer")
                .contains("group 'In', key 'rate': value 500 is out of range [1, 100]")
                .contains("group 'In', key 'every': value 'soon' is not a duration")
                .contains("group 'In', key 'ratte': unknown key")
                .contains("did you mean 'rate'?")
                .contains("group 'Outt': no block of this job reads this group; did you mean 'Out'?")
                .doesNotContain(SECRET);
    }

    @Test
    void aMissingRequiredKeyEndsTheDefinitionAndIsReportedAfterTheOthers(@TempDir Path dir) throws Exception {
        Path file = file(
                dir,
                "[{\"PropertyGroupId\": \"In\", \"PropertyMap\": {\"rate\": \"500\"}},"
                        + " {\"PropertyGroupId\": \"Out\", \"PropertyMap\": {}}]");

        Preflight preflight = Preflight.run(new String[] {"--properties", file.toString()}, PreflightTest::job);

        assertThat(preflight.problems()).hasSize(2);
        assertThat(preflight.problems().get(0)).contains("key 'rate': value 500 is out of range");
        assertThat(preflight.problems().get(1))
                .contains("group 'Out', key 'path': missing required key")
                .contains("could not be defined past this problem");
    }

    @Test
    void aCorrectFilePassesAndTheLauncherDoesNotExecuteTheJob(@TempDir Path dir) throws Exception {
        Path file = file(dir, CORRECT);
        AtomicBoolean built = new AtomicBoolean();

        JobLauncher.run("demo", new String[] {"--validate", "--properties", file.toString()}, (env, properties) -> {
            built.set(true);
            job(env, properties);
        });

        assertThat(built).isTrue();
        assertThat(Preflight.run(new String[] {"--properties", file.toString()}, PreflightTest::job)
                        .passed())
                .isTrue();
    }

    @Test
    void anUnreadableFileIsTheOneProblem(@TempDir Path dir) {
        Preflight preflight = Preflight.run(
                new String[] {"--properties", dir.resolve("none.json").toString()}, PreflightTest::job);

        assertThat(preflight.problems()).singleElement().asString().contains("file does not exist");
    }

    @Test
    void requirePassedThrowsTheReportNamedAfterTheFileAndPassesAGoodOne(@TempDir Path dir) throws Exception {
        Path bad = file(dir, "[{\"PropertyGroupId\": \"In\", \"PropertyMap\": {\"rate\": \"500\"}}]");

        assertThatThrownBy(() -> Preflight.requirePassed(bad, PreflightTest::job))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith(bad + ": 2 problems in the properties")
                .hasMessageContaining("group 'In', key 'rate': value 500 is out of range")
                .hasMessageContaining("group 'Out'");

        Path good = file(dir, CORRECT);
        assertThat(Preflight.requirePassed(good, PreflightTest::job).passed()).isTrue();
    }
}
