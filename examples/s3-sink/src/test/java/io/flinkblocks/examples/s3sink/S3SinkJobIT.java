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
package io.flinkblocks.examples.s3sink;

import static io.flinkblocks.examples.s3sink.CommittedCounts.committedLines;
import static io.flinkblocks.examples.s3sink.CommittedCounts.committedObjects;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.flinkblocks.runtime.ApplicationProperties;
import io.flinkblocks.runtime.JobLauncher;
import io.flinkblocks.testing.OperatorUidCheck;
import io.flinkblocks.testing.flink.JobRuns;
import io.flinkblocks.testing.jobs.LocalKinesisMiniCluster;
import io.flinkblocks.testing.jobs.RandomTicks;
import io.flinkblocks.testing.s3.LocalS3;
import io.flinkblocks.testing.s3.LocalS3Extension;
import io.flinkblocks.testing.ticks.TickJson;
import io.flinkblocks.testing.ticks.TickWindowGroups;

/**
 * The job end to end with its local properties file, on event time so the expected counts are exact:
 * ticks put into a local Kinesis stream are counted per ticker and minute, and the counts, computed
 * here independently, are committed to a local S3 as JSON lines in the hour's folder.
 */
class S3SinkJobIT {

    private static final String LOCAL_PROPERTIES = "local/flink-application-properties-local.json";
    private static final LocalDateTime T0 = LocalDateTime.of(2026, 11, 24, 10, 0, 0);
    private static final long SIZE_MS = 60_000;
    private static final DateTimeFormatter HOUR =
            DateTimeFormatter.ofPattern("yyyy-MM-dd--HH").withZone(ZoneOffset.UTC);

    @RegisterExtension
    static final LocalS3Extension S3 = new LocalS3Extension();

    @RegisterExtension
    static final LocalKinesisMiniCluster LOCAL = LocalKinesisMiniCluster.slots(2);

    @Test
    void commitsTheCountPerTickerOfEveryClosedMinuteAsJsonLinesInTheHourFolder(LocalS3 s3) throws Exception {
        String bucket = s3.bucket("s3-sink-job");
        String input = LOCAL.kinesis().createStream("ExampleInputStream", 1);
        // 150 s: the minutes 10:00, 10:01 and 10:02
        List<RandomTicks.Tick> ticks = RandomTicks.random(5, T0, Duration.ofMillis(250), 600);
        Map<String, Long> expected = new TreeMap<>();
        for (RandomTicks.Tick tick : ticks) {
            expected.merge(
                    tick.ticker() + "," + (tick.millis() - Math.floorMod(tick.millis(), SIZE_MS)), 1L, Long::sum);
        }
        List<String> records = RandomTicks.records(ticks, Map.of());
        records.add(TickJson.of(T0.plusMinutes(5), "AMZN", 1.0));
        LOCAL.kinesis().putStrings(input, records);
        List<String> expectedLines = expected.entrySet().stream()
                .map(e -> e.getKey() + "," + e.getValue())
                .collect(Collectors.toList());

        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        JobLauncher.define(env, localProperties(input, "s3://" + bucket + "/data"), S3SinkJob::build);
        OperatorUidCheck.assertEveryOperatorHasUid(env);
        String hourBefore = HOUR.format(Instant.now());
        JobRuns.runUntil(
                env,
                "s3-sink",
                "the expected output",
                () -> committedLines(s3, bucket).size() >= expectedLines.size());
        String hourAfter = HOUR.format(Instant.now());

        assertThat(expectedLines).hasSize(15);
        ObjectMapper mapper = new ObjectMapper();
        List<String> counts = new ArrayList<>();
        for (String line : committedLines(s3, bucket)) {
            JsonNode count = mapper.readTree(line);
            assertThat(count.get("window_end").asLong()
                            - count.get("window_start").asLong())
                    .isEqualTo(SIZE_MS);
            counts.add(count.get("ticker").asText() + ","
                    + count.get("window_start").asLong() + ","
                    + count.get("count").asLong());
        }
        assertThat(counts).containsExactlyInAnyOrderElementsOf(expectedLines);
        assertThat(committedObjects(s3, bucket)).isNotEmpty().allSatisfy(key -> {
            assertThat(key).endsWith(".jsonl");
            assertThat(key.split("/")[1]).isIn(hourBefore, hourAfter);
        });
    }

    @Test
    void devPropertiesNeedNoServiceAndGiveEveryOperatorAUid() {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();

        JobLauncher.define(env, ApplicationProperties.fromDevResource(S3SinkJob.class), S3SinkJob::build);

        OperatorUidCheck.assertEveryOperatorHasUid(env);
    }

    private static ApplicationProperties localProperties(String input, String path) {
        Map<String, Map<String, String>> groups =
                ApplicationProperties.fromFile(Paths.get(LOCAL_PROPERTIES)).toGroupMaps();
        groups.get("FlinkEnvironment")
                .putAll(Map.of(
                        "checkpoint.interval", "500ms", "checkpoint.min-pause", "100ms", "restart.strategy", "none"));
        LOCAL.kinesis().pointAt(groups.get(S3SinkJob.INPUT_GROUP), input);
        groups.get(S3SinkJob.WINDOW_GROUP).putAll(TickWindowGroups.eventTimeInOrder());
        groups.get(S3SinkJob.SINK_GROUP).put("path", path);
        return ApplicationProperties.of(groups);
    }
}
