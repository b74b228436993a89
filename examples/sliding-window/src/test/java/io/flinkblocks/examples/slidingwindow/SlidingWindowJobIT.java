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
package io.flinkblocks.examples.slidingwindow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.flinkblocks.runtime.ApplicationProperties;
import io.flinkblocks.runtime.JobLauncher;
import io.flinkblocks.testing.OperatorUidCheck;
import io.flinkblocks.testing.flink.MiniClusters;
import io.flinkblocks.testing.jobs.DevRuns;
import io.flinkblocks.testing.jobs.KinesisJobRuns;
import io.flinkblocks.testing.jobs.RandomTicks;
import io.flinkblocks.testing.kinesis.LocalKinesisExtension;
import io.flinkblocks.testing.results.WrittenDeadLetters;
import io.flinkblocks.testing.ticks.BadInputFeed;
import io.flinkblocks.testing.ticks.ExpectedWindowLines;
import io.flinkblocks.testing.ticks.TickJson;
import io.flinkblocks.testing.ticks.TickWindowGroups;
import io.flinkblocks.testing.ticks.WindowTickFeed;

/**
 * The job end to end with its local properties file, on event time so the expected minima are exact:
 * ticks put into a local Kinesis stream come out of the output stream as one {@code ticker,min} line
 * per ticker and 10-second window sliding by 5 seconds, computed here independently from the ticks
 * put; records that are not stock ticks come out of the dead-letter stream.
 */
class SlidingWindowJobIT {

    private static final String LOCAL_PROPERTIES = "local/flink-application-properties-local.json";
    private static final LocalDateTime T0 = LocalDateTime.of(2026, 11, 24, 10, 0, 0);
    private static final String NOT_JSON = "not json";
    private static final String NO_EVENT_TIME = "{\"ticker\": \"AMZN\", \"price\": 1.5}";
    private static final long SIZE_MS = 10_000;
    private static final long SLIDE_MS = 5_000;

    @RegisterExtension
    static final MiniClusterExtension MINI_CLUSTER = MiniClusters.slots(2);

    @RegisterExtension
    static final LocalKinesisExtension KINESIS = new LocalKinesisExtension();

    @Test
    void findsTheMinimumPricePerTickerInEveryClosedWindowAndRoutesBadRecordsToDeadLetters() throws Exception {
        String input = KINESIS.createStream("ExampleInputStream", 1);
        String output = KINESIS.createStream("ExampleOutputStream", 1);
        String deadLetters = KINESIS.createStream("DeadLetters", 1);

        // 24 s: windows from 09:59:55 to 10:00:20
        List<RandomTicks.Tick> ticks = RandomTicks.random(7, T0, Duration.ofMillis(40), 600);
        ExpectedWindowLines<Double> minima = new ExpectedWindowLines<>(Math::min);
        for (RandomTicks.Tick tick : ticks) {
            long lastStart = lastWindowStart(tick.millis());
            for (long start = lastStart; start > lastStart - SIZE_MS; start -= SLIDE_MS) {
                minima.merge(start, tick.ticker(), tick.price());
            }
        }
        List<String> records = RandomTicks.records(ticks, Map.of(100, NOT_JSON, 300, NO_EVENT_TIME));
        // A later tick moves event time past the end of every window above; its own window stays open.
        records.add(TickJson.of(T0.plusSeconds(60), "AMZN", 1.0));
        List<String> expected = minima.lines();
        KINESIS.putStrings(input, records);

        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        JobLauncher.define(env, localProperties(input, output, deadLetters), SlidingWindowJob::build);
        OperatorUidCheck.assertEveryOperatorHasUid(env);
        KinesisJobRuns.runUntilAllWritten(
                env, "sliding-window", KINESIS, Map.of(output, expected.size(), deadLetters, 2));

        assertThat(expected).hasSize(30);
        assertThat(KINESIS.readAllStrings(output)).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(WrittenDeadLetters.read(KINESIS.readAllStrings(deadLetters)).letters())
                .containsExactlyInAnyOrder(
                        BadInputFeed.letter("MALFORMED_JSON", WindowTickFeed.PARSE_OPERATOR, utf8(NOT_JSON)),
                        BadInputFeed.letter("MISSING_FIELD", WindowTickFeed.PARSE_OPERATOR, utf8(NO_EVENT_TIME)));
    }

    @Test
    void devPropertiesPrintTheMinimaOfGeneratedTicksAndStopByThemselves() throws Exception {
        ApplicationProperties dev = ApplicationProperties.fromClasspath(
                ApplicationProperties.DEV_PROPERTIES_RESOURCE, SlidingWindowJob.class.getClassLoader());
        Map<String, Map<String, String>> groups = dev.toGroupMaps();
        groups.get(SlidingWindowJob.INPUT_GROUP).putAll(DevRuns.generatorStoppingAfter(300));
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        JobLauncher.define(env, ApplicationProperties.of(groups), SlidingWindowJob::build);
        OperatorUidCheck.assertEveryOperatorHasUid(env);

        List<String> lines =
                DevRuns.printedLines(() -> env.execute("sliding-window-dev"), l -> l.startsWith("ticker,min> "));
        assertThat(lines).isNotEmpty().allMatch(l -> l.matches("ticker,min> (AAPL|AMZN|MSFT|INTC|TBV),\\d+\\.\\d+"));
    }

    /** The start of the last window a time belongs to; it also belongs to the windows that start a slide, two slides, ... earlier. */
    private static long lastWindowStart(long millis) {
        return millis - Math.floorMod(millis, SLIDE_MS);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static ApplicationProperties localProperties(String input, String output, String deadLetters) {
        Map<String, Map<String, String>> groups =
                ApplicationProperties.fromFile(Paths.get(LOCAL_PROPERTIES)).toGroupMaps();
        groups.get("FlinkEnvironment").put("restart.strategy", "none");
        KINESIS.pointAt(groups.get(SlidingWindowJob.INPUT_GROUP), input);
        KINESIS.pointAt(groups.get(SlidingWindowJob.OUTPUT_GROUP), output);
        groups.get(SlidingWindowJob.WINDOW_GROUP).putAll(TickWindowGroups.eventTimeInOrder());
        groups.put("DeadLetters", new HashMap<>(KINESIS.sinkProperties(deadLetters)));
        return ApplicationProperties.of(groups);
    }
}
