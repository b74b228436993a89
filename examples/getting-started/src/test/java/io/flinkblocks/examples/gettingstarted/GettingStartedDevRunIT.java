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
package io.flinkblocks.examples.gettingstarted;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import io.flinkblocks.runtime.ApplicationProperties;
import io.flinkblocks.runtime.InvalidPropertiesException;
import io.flinkblocks.runtime.JobLauncher;
import io.flinkblocks.testing.ApplicationPropertiesFile;
import io.flinkblocks.testing.OperatorUidCheck;
import io.flinkblocks.testing.flink.MiniClusters;
import io.flinkblocks.testing.jobs.DevRuns;

/** The job on its embedded default: generated ticks printed, and bad properties rejected before it starts. */
class GettingStartedDevRunIT {

    @RegisterExtension
    static final MiniClusterExtension CLUSTER = MiniClusters.slots(2);

    private static ApplicationProperties testProperties() {
        return ApplicationProperties.fromClasspath(
                "getting-started-test.json", GettingStartedDevRunIT.class.getClassLoader());
    }

    @Test
    void everyOperatorHasAUid() {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        JobLauncher.define(env, testProperties(), GettingStartedJob::build);

        OperatorUidCheck.assertEveryOperatorHasUid(env);
    }

    @Test
    void passesEveryGeneratedTickThroughAndStopsByItself() throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        JobLauncher.define(env, testProperties(), GettingStartedJob::build);

        List<String> ticks = DevRuns.printedLines(() -> env.execute("getting-started-test"), l -> l.startsWith("tick"));

        assertThat(ticks)
                .hasSize(60)
                .allMatch(
                        line -> line.matches(
                                "tick:\\d+> \\{\"event_time\": \"\\d{4}-\\d\\d-\\d\\dT[\\d:.]+\", \"ticker\": \"[A-Z]+\", \"price\": [\\d.]+\\}"),
                        "a guide stock tick printed by a subtask");
    }

    @Test
    void mainRejectsABadFileBeforeTheJobStarts(@TempDir Path dir) throws Exception {
        Path bad = ApplicationPropertiesFile.write(
                dir.resolve("bad.json"), Map.of("InputStream0", Map.of("connector", "kinesys")));

        assertThatThrownBy(() -> GettingStartedJob.main(new String[] {"--properties", bad.toString()}))
                .isInstanceOf(InvalidPropertiesException.class)
                .hasMessageContaining("group 'InputStream0', key 'connector': value 'kinesys' is not one of");
    }
}
