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
package io.flinkblocks.examples.gettingstartedtable;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.flinkblocks.runtime.ApplicationProperties;
import io.flinkblocks.runtime.JobLauncher;
import io.flinkblocks.testing.OperatorUidCheck;
import io.flinkblocks.testing.flink.JobRuns;
import io.flinkblocks.testing.jobs.LocalKinesisMiniCluster;
import io.flinkblocks.testing.jobs.RandomTicks;

/**
 * The job end to end with its local properties file: the guide's JSON ticks put into a local Kinesis
 * stream are read by the {@code kinesis} table connector, and the rows priced above 50 are committed
 * as JSON files partitioned by ticker, date and hour. Only the endpoint, the stream and the output
 * path are replaced, to point at this run's emulator, a fresh stream and a temporary folder.
 */
class GettingStartedTableKinesisIT {

    private static final String LOCAL_PROPERTIES = "local/flink-application-properties-local.json";
    private static final LocalDateTime T0 = LocalDateTime.of(2026, 11, 24, 9, 59, 0, 123_000_000);

    @RegisterExtension
    static final LocalKinesisMiniCluster LOCAL = LocalKinesisMiniCluster.slots(2);

    @TempDir
    Path out;

    @Test
    void commitsTheTicksAboveFiftyReadFromKinesisAsPartitionedJsonFiles() throws Exception {
        String input = LOCAL.kinesis().createStream("ExampleInputStream", 1);
        // 09:59 to 10:02: two hours, so two hour partitions
        List<RandomTicks.Tick> ticks = RandomTicks.random(3, T0, Duration.ofSeconds(1), 200);
        List<String> expected = new ArrayList<>();
        for (RandomTicks.Tick tick : ticks) {
            if (tick.price() > 50) {
                expected.add(tick.ticker() + "/dt=2026-11-24/hr="
                        + String.format("%02d", tick.time().getHour()) + " " + tick.price());
            }
        }
        LOCAL.kinesis().putStrings(input, RandomTicks.records(ticks, Map.of()));

        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        JobLauncher.define(env, localProperties(input), GettingStartedTableJob::build);
        OperatorUidCheck.assertEveryOperatorHasUid(env);
        JobRuns.runUntil(
                env,
                "getting-started-table-kinesis",
                "the expected output",
                () -> committedRows().size() >= expected.size());

        assertThat(expected).hasSizeBetween(50, 150);
        assertThat(committedRows()).containsExactlyInAnyOrderElementsOf(expected);
    }

    private ApplicationProperties localProperties(String input) {
        Map<String, Map<String, String>> groups =
                ApplicationProperties.fromFile(Paths.get(LOCAL_PROPERTIES)).toGroupMaps();
        groups.get("FlinkEnvironment").putAll(Map.of("checkpoint.interval", "500ms", "restart.strategy", "none"));
        groups.get(GettingStartedTableJob.INPUT_GROUP).put("stream", input);
        groups.get(GettingStartedTableJob.INPUT_GROUP)
                .put("aws.endpoint", LOCAL.kinesis().endpoint());
        groups.get(GettingStartedTableJob.OUTPUT_GROUP).put("path", out.toUri().toString());
        groups.get(GettingStartedTableJob.OUTPUT_GROUP).put("print", "false");
        // Row-format files roll after 30 minutes by default; a test cannot wait that long.
        groups.get(GettingStartedTableJob.OUTPUT_GROUP).put("sink.rolling-policy.rollover-interval", "1s");
        groups.get(GettingStartedTableJob.OUTPUT_GROUP).put("sink.rolling-policy.check-interval", "500ms");
        return ApplicationProperties.of(groups);
    }

    /** "ticker/dt=.../hr=... price" of every committed row; in-progress files are hidden (leading dot). */
    private List<String> committedRows() {
        ObjectMapper json = new ObjectMapper();
        List<String> rows = new ArrayList<>();
        try {
            for (Path file : CommittedFiles.under(out)) {
                String partition = out.relativize(file.getParent()).toString().replace('\\', '/');
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    JsonNode row = json.readTree(line);
                    rows.add(partition.substring("ticker=".length()) + " "
                            + row.get("price").asDouble());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
