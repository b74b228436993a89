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

import java.nio.file.Paths;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.flinkblocks.runtime.ApplicationProperties;
import io.flinkblocks.runtime.JobLauncher;
import io.flinkblocks.testing.OperatorUidCheck;
import io.flinkblocks.testing.StandardOutput;
import io.flinkblocks.testing.flink.JobRuns;
import io.flinkblocks.testing.kinesis.LocalKinesisExtension;
import io.flinkblocks.testing.ticks.TickJson;

/**
 * The job end to end with its local properties file, on event time so the expected counts are exact:
 * ticks put into a local Kinesis stream come out of the output stream as one {@code ticker,count}
 * line per ticker and 10-second window, counted here independently from the ticks put; records that
 * are not stock ticks come out of the dead-letter stream.
 */
class TumblingWindowJobIT {

    private static final String LOCAL_PROPERTIES = "local/flink-application-properties-local.json";
    private static final List<String> TICKERS = Arrays.asList("AAPL", "AMZN", "MSFT", "INTC", "TBV");
    private static final LocalDateTime T0 = LocalDateTime.of(2026, 11, 24, 10, 0, 0);
    private static final long SIZE_MS = 10_000;

    @RegisterExtension
    static final MiniClusterExtension MINI_CLUSTER =
            new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
                    .setNumberTaskManagers(1)
                    .setNumberSlotsPerTaskManager(2)
                    .build());

    @RegisterExtension
    static final LocalKinesisExtension KINESIS = new LocalKinesisExtension();

    @Test
    void countsTicksPerTickerInEveryClosedWindowAndRoutesBadRecordsToDeadLetters() throws Exception {
        String input = KINESIS.createStream("ExampleInputStream", 1);
        String output = KINESIS.createStream("ExampleOutputStream", 1);
        String deadLetters = KINESIS.createStream("DeadLetters", 1);

        Random random = new Random(7);
        List<String> records = new ArrayList<>();
        Map<String, Long> countsByWindowAndTicker = new TreeMap<>();
        for (int i = 0; i < 600; i++) {
            LocalDateTime time = T0.plusNanos(i * 40_000_000L); // 24 s: windows 10:00:00, :10 and :20
            String ticker = TICKERS.get(random.nextInt(TICKERS.size()));
            records.add(TickJson.of(time, ticker, random.nextInt(10_000) / 100.0));
            countsByWindowAndTicker.merge(windowStart(time) + "/" + ticker, 1L, Long::sum);
            if (i == 100) {
                records.add("not json");
            }
            if (i == 300) {
                records.add("{\"ticker\": \"AMZN\", \"price\": 1.5}");
            }
        }
        // A later tick moves event time past the end of every window above; its own window stays open.
        records.add(TickJson.of(T0.plusSeconds(60), "AMZN", 1.0));
        List<String> expected = countsByWindowAndTicker.entrySet().stream()
                .map(e -> e.getKey().substring(e.getKey().indexOf('/') + 1) + "," + e.getValue())
                .collect(Collectors.toList());
        KINESIS.putStrings(input, records);

        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        JobLauncher.define(env, localProperties(input, output, deadLetters), TumblingWindowJob::build);
        OperatorUidCheck.assertEveryOperatorHasUid(env);
        JobRuns.runUntil(
                env,
                "tumbling-window",
                "the expected output",
                () -> KINESIS.readAllStrings(output).size() >= expected.size()
                        && KINESIS.readAllStrings(deadLetters).size() >= 2);

        assertThat(expected).hasSize(15);
        assertThat(KINESIS.readAllStrings(output)).containsExactlyInAnyOrderElementsOf(expected);
        ObjectMapper mapper = new ObjectMapper();
        List<JsonNode> letters = new ArrayList<>();
        for (String letter : KINESIS.readAllStrings(deadLetters)) {
            letters.add(mapper.readTree(letter));
        }
        assertThat(letters)
                .extracting(l ->
                        l.get("payload").asText() + " -> " + l.get("reason").asText())
                .containsExactlyInAnyOrder(
                        "not json -> MALFORMED_JSON", "{\"ticker\": \"AMZN\", \"price\": 1.5} -> MISSING_FIELD");
    }

    @Test
    void devPropertiesCountEveryGeneratedTickOnceAndStopByThemselves() throws Exception {
        ApplicationProperties dev = ApplicationProperties.fromClasspath(
                ApplicationProperties.DEV_PROPERTIES_RESOURCE, TumblingWindowJob.class.getClassLoader());
        Map<String, Map<String, String>> groups = dev.toGroupMaps();
        groups.get(TumblingWindowJob.INPUT_GROUP).put("records.per.second", "2000");
        groups.get(TumblingWindowJob.INPUT_GROUP).put("record.count", "300");
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        JobLauncher.define(env, ApplicationProperties.of(groups), TumblingWindowJob::build);
        OperatorUidCheck.assertEveryOperatorHasUid(env);

        String printed = StandardOutput.capture(() -> env.execute("tumbling-window-dev"));

        List<String> lines = Arrays.stream(printed.split("\n"))
                .filter(l -> l.startsWith("ticker,count> "))
                .collect(Collectors.toList());
        assertThat(lines).isNotEmpty().allMatch(l -> l.matches("ticker,count> (AAPL|AMZN|MSFT|INTC|TBV),\\d+"));
        assertThat(lines.stream()
                        .mapToLong(l -> Long.parseLong(l.substring(l.lastIndexOf(',') + 1)))
                        .sum())
                .as("every generated tick counted once")
                .isEqualTo(300);
    }

    private static long windowStart(LocalDateTime time) {
        long millis = time.toInstant(ZoneOffset.UTC).toEpochMilli();
        return millis - Math.floorMod(millis, SIZE_MS);
    }

    private static ApplicationProperties localProperties(String input, String output, String deadLetters) {
        Map<String, Map<String, String>> groups =
                ApplicationProperties.fromFile(Paths.get(LOCAL_PROPERTIES)).toGroupMaps();
        groups.get("FlinkEnvironment").put("restart.strategy", "none");
        groups.get(TumblingWindowJob.INPUT_GROUP).put("stream.name", input);
        groups.get(TumblingWindowJob.INPUT_GROUP).put("aws.endpoint", KINESIS.endpoint());
        groups.get(TumblingWindowJob.OUTPUT_GROUP).put("stream.name", output);
        groups.get(TumblingWindowJob.OUTPUT_GROUP).put("aws.endpoint", KINESIS.endpoint());
        groups.get(TumblingWindowJob.WINDOW_GROUP)
                .putAll(Map.of(
                        "window.time",
                        "event",
                        "watermark.timestamp.field",
                        "event_time",
                        "watermark.max-out-of-orderness",
                        "0"));
        groups.put("DeadLetters", new HashMap<>(KINESIS.sinkProperties(deadLetters)));
        return ApplicationProperties.of(groups);
    }
}
