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
package io.flinkblocks.examples.firehosesink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Paths;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.ExceptionUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.flinkblocks.connectors.aws.AwsConnectorClasspath;
import io.flinkblocks.runtime.ApplicationProperties;
import io.flinkblocks.runtime.JobLauncher;
import io.flinkblocks.testing.OperatorUidCheck;
import io.flinkblocks.testing.firehose.FirehoseStandInExtension;
import io.flinkblocks.testing.flink.JobRuns;
import io.flinkblocks.testing.jobs.DevRuns;
import io.flinkblocks.testing.jobs.LocalKinesisMiniCluster;
import io.flinkblocks.testing.jobs.RandomTicks;
import io.flinkblocks.testing.ticks.ExpectedWindowLines;
import io.flinkblocks.testing.ticks.TickJson;
import io.flinkblocks.testing.ticks.TickWindowGroups;

/**
 * The job end to end with its local properties file, on event time so the expected minima are exact:
 * ticks put into a local Kinesis stream reach the Firehose stand-in as one {@code ticker,min} line per
 * ticker and sliding window, computed here independently. With both the Kinesis and the Firehose
 * connector in one JVM (FLINK-35559), a Firehose failure must fail the job promptly, not hang it.
 */
class FirehoseSinkJobIT {

    private static final String LOCAL_PROPERTIES = "local/flink-application-properties-local.json";
    private static final LocalDateTime T0 = LocalDateTime.of(2026, 11, 24, 10, 0, 0);
    private static final long SIZE_MS = 10_000;
    private static final long SLIDE_MS = 5_000;

    @RegisterExtension
    static final LocalKinesisMiniCluster LOCAL = LocalKinesisMiniCluster.slots(2);

    @RegisterExtension
    static final FirehoseStandInExtension FIREHOSE = new FirehoseStandInExtension();

    @Test
    void deliversTheMinimumPricePerTickerOfEveryClosedWindowOneALine() throws Exception {
        String input = LOCAL.kinesis().createStream("ExampleInputStream", 1);
        String delivery = FIREHOSE.createDeliveryStream("ExampleDeliveryStream");
        List<String> expected = putTicksAndComputeMinima(input);

        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        JobLauncher.define(env, localProperties(input, delivery), FirehoseSinkJob::build);
        OperatorUidCheck.assertEveryOperatorHasUid(env);
        JobRuns.runUntil(
                env,
                "firehose-sink",
                "the expected output",
                () -> FIREHOSE.recordsAsStrings(delivery).size() >= expected.size());

        assertThat(expected).hasSize(30);
        assertThat(FIREHOSE.recordsAsStrings(delivery))
                .containsExactlyInAnyOrderElementsOf(
                        expected.stream().map(line -> line + "\n").collect(Collectors.toList()));
    }

    @Test
    void aFirehoseAccessDeniedFailsTheJobInsteadOfHangingIt() throws Exception {
        assertThat(AwsConnectorClasspath.exceptionClassifierSdk())
                .as("the plain-SDK copy is first on the class path")
                .isEqualTo("software.amazon.awssdk");
        String input = LOCAL.kinesis().createStream("ExampleInputStream", 1);
        String delivery = FIREHOSE.createDeliveryStream("ExampleDeliveryStream");
        putTicksAndComputeMinima(input);
        FIREHOSE.standIn().failNextRequests(1, 400, "AccessDeniedException", "not authorized to put records");

        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        JobLauncher.define(env, localProperties(input, delivery), FirehoseSinkJob::build);
        JobClient job = env.executeAsync("firehose-sink-denied");

        assertThatThrownBy(() -> job.getJobExecutionResult().get(60, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .satisfies(e -> {
                    assertThat(ExceptionUtils.findThrowable(e, ClassCastException.class))
                            .isEmpty();
                    assertThat(ExceptionUtils.stringifyException(e)).contains("AccessDeniedException");
                });
        assertThat(FIREHOSE.recordsAsStrings(delivery)).isEmpty();
    }

    @Test
    void devPropertiesPrintTheMinimaOfGeneratedTicksAndStopByThemselves() throws Exception {
        ApplicationProperties dev = ApplicationProperties.fromDevResource(FirehoseSinkJob.class);
        Map<String, Map<String, String>> groups = dev.toGroupMaps();
        groups.get(FirehoseSinkJob.INPUT_GROUP).putAll(DevRuns.generatorStoppingAfter(300));
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        JobLauncher.define(env, ApplicationProperties.of(groups), FirehoseSinkJob::build);
        OperatorUidCheck.assertEveryOperatorHasUid(env);

        List<String> lines =
                DevRuns.printedLines(() -> env.execute("firehose-sink-dev"), l -> l.startsWith("ticker,min> "));
        assertThat(lines).isNotEmpty().allMatch(l -> l.matches("ticker,min> (AAPL|AMZN|MSFT|INTC|TBV),\\d+\\.\\d+"));
    }

    /** Puts 600 ticks over 24 s of event time, two bad records and a tick that closes their windows. */
    private static List<String> putTicksAndComputeMinima(String input) {
        List<RandomTicks.Tick> ticks = RandomTicks.random(11, T0, Duration.ofMillis(40), 600);
        ExpectedWindowLines<Double> minima = new ExpectedWindowLines<>(Math::min);
        for (RandomTicks.Tick tick : ticks) {
            long lastStart = tick.millis() - Math.floorMod(tick.millis(), SLIDE_MS);
            for (long start = lastStart; start > lastStart - SIZE_MS; start -= SLIDE_MS) {
                minima.merge(start, tick.ticker(), tick.price());
            }
        }
        List<String> records = RandomTicks.records(ticks, Map.of(200, "{\"ticker\": \"AMZN\", \"price\": \"cheap\"}"));
        records.add(TickJson.of(T0.plusSeconds(60), "AMZN", 1.0));
        LOCAL.kinesis().putStrings(input, records);
        return minima.lines();
    }

    private static ApplicationProperties localProperties(String input, String delivery) {
        Map<String, Map<String, String>> groups =
                ApplicationProperties.fromFile(Paths.get(LOCAL_PROPERTIES)).toGroupMaps();
        groups.get("FlinkEnvironment").put("restart.strategy", "none");
        LOCAL.kinesis().pointAt(groups.get(FirehoseSinkJob.INPUT_GROUP), input);
        groups.put(FirehoseSinkJob.OUTPUT_GROUP, new HashMap<>(FIREHOSE.sinkProperties(delivery)));
        groups.get(FirehoseSinkJob.OUTPUT_GROUP).put("sink.flush-buffer.timeout", "500ms");
        groups.get(FirehoseSinkJob.WINDOW_GROUP).putAll(TickWindowGroups.eventTimeInOrder());
        return ApplicationProperties.of(groups);
    }
}
