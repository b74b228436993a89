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
package io.flinkblocks.examples.tumblingwindow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.flinkblocks.runtime.ApplicationProperties;
import io.flinkblocks.runtime.InvalidPropertiesException;
import io.flinkblocks.runtime.JobLauncher;
import io.flinkblocks.runtime.Preflight;
import io.flinkblocks.testing.ApplicationPropertiesFile;
import io.flinkblocks.testing.secrets.PlantedSecrets;

/**
 * {@code --validate} over a properties file with five mistakes in five groups reports all five in one
 * run, ends with an exception (a non-zero exit of {@code main}), and prints no secret.
 */
class PreflightPlantedMistakesTest {

    @Test
    void fivePlantedMistakesAreReportedInOneRun(@TempDir Path dir) {
        Map<String, Map<String, String>> groups =
                ApplicationProperties.fromDevResource(TumblingWindowJob.class).toGroupMaps();
        groups.get("FlinkEnvironment").put("parallelism", "0"); // 1. out of range
        groups.get("Window").remove("window.size");
        groups.get("Window").put("window.sizee", "1 min"); // 2. misspelled key
        groups.get("Window").put("window.two-phase", "maybe"); // 3. not a boolean
        Map<String, String> output = new LinkedHashMap<>();
        output.put("connector", "kinesis");
        output.put("stream.name", "ExampleOutputStream");
        output.put("aws.region", "us-east-1");
        output.put("aws.credentials.provider", "BASIC");
        output.put("aws.credentials.provider.basic.accesskeyid", "planted-access-key");
        output.put("aws.credentials.provider.basic.secretkey", PlantedSecrets.AWS_SECRET_ACCESS_KEY);
        output.put("sink.batch.max-size", "1000"); // 4. above the Kinesis limit of 500
        groups.put("OutputStream0", output);
        groups.put("DeadLeters", new LinkedHashMap<>(Map.of("connector", "print"))); // 5. misspelled group
        Path file = ApplicationPropertiesFile.write(dir.resolve("planted.json"), groups);
        String[] args = {"--validate", "--properties", file.toString()};

        Preflight preflight = Preflight.run(args, TumblingWindowJob::build);

        assertThat(preflight.problems()).hasSize(5);
        assertThat(String.join("\n", preflight.problems()))
                .contains("group 'FlinkEnvironment', key 'parallelism': value 0 is out of range")
                .contains("group 'Window', key 'window.sizee': unknown key")
                .contains("did you mean 'window.size'?")
                .contains("group 'Window', key 'window.two-phase': value 'maybe' is not a boolean")
                .contains("group 'OutputStream0', key 'sink.batch.max-size': value 1000 is out of range [1, 500]")
                .contains("group 'DeadLeters': no block of this job reads this group; did you mean 'DeadLetters'?");

        PrintStream stderr = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
            assertThatThrownBy(() -> JobLauncher.run("tumbling-window", args, TumblingWindowJob::build))
                    .isInstanceOf(InvalidPropertiesException.class)
                    .hasMessageContaining("failed the preflight with 5 problem(s)");
        } finally {
            System.setErr(stderr);
        }
        String report = printed.toString(StandardCharsets.UTF_8);
        assertThat(report)
                .contains("tumbling-window: 5 problems in the properties")
                .contains("window.sizee")
                .doesNotContain(PlantedSecrets.AWS_SECRET_ACCESS_KEY);
    }
}
