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

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.flink.api.common.JobID;
import org.apache.flink.api.common.typeinfo.PrimitiveArrayTypeInfo;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.flinkblocks.operators.identity.OperatorIdentity;
import io.flinkblocks.runtime.ApplicationProperties;
import io.flinkblocks.runtime.JobLauncher;
import io.flinkblocks.testing.OperatorUidCheck;
import io.flinkblocks.testing.flink.FailOnce;
import io.flinkblocks.testing.flink.LocalFlinkCluster;
import io.flinkblocks.testing.flink.LocalFlinkClusterExtension;
import io.flinkblocks.testing.flink.StateBackendUnderTest;
import io.flinkblocks.testing.kinesis.LocalKinesisExtension;
import io.flinkblocks.testing.ticks.TickJson;

/**
 * The tumbling-window job, local Kinesis to local Kinesis on event time, losing one of its two task
 * managers mid-stream, or with an operator that fails once after half the input. Each ticker gets a different number of ticks in each 10-second window, so every
 * {@code ticker,count} line names one window and ticker: all expected lines must be in the output
 * stream, and as the Kinesis sink is at least once, lines written again after the restart are counted
 * and printed, and must be exact copies of expected lines.
 *
 * <p>The lost task manager runs on the heap and on RocksDB with incremental checkpoints, as MSF runs
 * the job: the restarted subtasks restore the open windows from the last checkpoint, one of them on a
 * new task manager, the other in place. The failing operator restarts the same way on the heap only;
 * {@code WindowJobFailureIT} (reliability-tests) fails an operator of a window job on both backends.
 */
class TumblingWindowFailureIT {

    @RegisterExtension
    static final LocalKinesisExtension KINESIS = new LocalKinesisExtension();

    private static final List<String> TICKERS = Arrays.asList("AAPL", "AMZN", "MSFT", "INTC", "TBV");
    private static final LocalDateTime T0 = LocalDateTime.of(2026, 11, 24, 10, 0, 0);
    private static final int WINDOWS = 12;
    private static final long SIZE_MS = 10_000;
    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    // One slot per task manager and parallelism 2: each task manager runs half of the job.
    @RegisterExtension
    static final LocalFlinkClusterExtension FLINK = new LocalFlinkClusterExtension(2, 1);

    @ParameterizedTest
    @EnumSource(StateBackendUnderTest.class)
    void losingATaskManagerMidStreamLosesNoWindowResult(StateBackendUnderTest backend) throws Exception {
        LocalFlinkCluster flink = FLINK.cluster();
        String input = KINESIS.createStream("FailureInput", 2);
        String output = KINESIS.createStream("FailureOutput", 2);
        String deadLetters = KINESIS.createStream("FailureDeadLetters", 1);
        Ticks ticks = new Ticks();

        StreamExecutionEnvironment env = backend.applyTo(StreamExecutionEnvironment.getExecutionEnvironment());
        JobLauncher.define(env, properties(input, output, deadLetters), TumblingWindowJob::build);
        OperatorUidCheck.assertEveryOperatorHasUid(env);

        long started = System.nanoTime();
        JobID job = flink.submit(env, "tumbling-window losing a task manager, " + backend);
        flink.awaitAllTasksRunning(job, TIMEOUT);
        KINESIS.putStrings(input, ticks.firstHalf);
        LocalFlinkCluster.await(
                "first window results written",
                TIMEOUT,
                () -> !KINESIS.readAllStrings(output).isEmpty());
        int beforeKill = KINESIS.readAllStrings(output).size();
        long killed = System.nanoTime();
        flink.replaceTaskManager(0);
        KINESIS.putStrings(input, ticks.secondHalf);
        KINESIS.putStrings(input, ticks.closing);
        LocalFlinkCluster.await(
                "every expected window result written",
                TIMEOUT,
                () -> missing(ticks.expected, KINESIS.readAllStrings(output)).isEmpty());
        long recovered = System.nanoTime();
        // Two more checkpoints flush whatever a duplicate still on its way would be.
        flink.awaitCheckpointsAfter(job, flink.completedCheckpoints(job), 2, TIMEOUT);
        int restarts = flink.restarts(job);
        String stateBackend = flink.stateBackendName(job);
        flink.cancel(job);

        List<String> written = KINESIS.readAllStrings(output);
        long duplicates = report(
                "losing a task manager on " + backend,
                ticks,
                written,
                beforeKill,
                restarts,
                recovered - killed,
                recovered - started);

        assertThat(stateBackend).as("the job's state backend").isEqualTo(backend.stateBackendName());
        assertThat(restarts).as("restarts after the task manager was lost").isGreaterThanOrEqualTo(1);
        assertEveryResultPresent(ticks, written, duplicates);
        assertThat(KINESIS.readAllStrings(deadLetters)).as("dead letters").isEmpty();
    }

    /**
     * The job as it ships plus one operator between source and parser that throws once, at the tick
     * that is half of all the input (the first half read and its first results written before the
     * second half is put): one restart from the last completed checkpoint, every expected result in
     * the output, the duplicates of the at-least-once sink counted and printed.
     */
    @Test
    void anOperatorFailingOnceAfterHalfTheInputLosesNoWindowResult() throws Exception {
        LocalFlinkCluster flink = FLINK.cluster();
        String input = KINESIS.createStream("OperatorFailureInput", 2);
        String output = KINESIS.createStream("OperatorFailureOutput", 2);
        String deadLetters = KINESIS.createStream("OperatorFailureDeadLetters", 1);
        Ticks ticks = new Ticks();
        int failAt = (ticks.firstHalf.size() + ticks.secondHalf.size()) / 2;
        FailOnce.arm(failAt);

        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        JobLauncher.define(
                env,
                properties(input, output, deadLetters),
                (e, p) -> TumblingWindowJob.build(
                        e,
                        p,
                        records -> OperatorIdentity.apply(
                                records.map(
                                        new FailOnce<byte[]>(), PrimitiveArrayTypeInfo.BYTE_PRIMITIVE_ARRAY_TYPE_INFO),
                                "Fail once")));
        OperatorUidCheck.assertEveryOperatorHasUid(env);

        long started = System.nanoTime();
        JobID job = flink.submit(env, "tumbling-window with an operator failing once");
        flink.awaitAllTasksRunning(job, TIMEOUT);
        KINESIS.putStrings(input, ticks.firstHalf);
        LocalFlinkCluster.await(
                "first window results written",
                TIMEOUT,
                () -> !KINESIS.readAllStrings(output).isEmpty());
        int beforeFailure = KINESIS.readAllStrings(output).size();
        assertThat(FailOnce.failures())
                .as("failures before the second half is read")
                .isZero();
        KINESIS.putStrings(input, ticks.secondHalf);
        KINESIS.putStrings(input, ticks.closing);
        LocalFlinkCluster.await("the injected failure", TIMEOUT, () -> FailOnce.failures() == 1);
        long failed = System.nanoTime();
        LocalFlinkCluster.await(
                "every expected window result written",
                TIMEOUT,
                () -> missing(ticks.expected, KINESIS.readAllStrings(output)).isEmpty());
        long recovered = System.nanoTime();
        flink.awaitCheckpointsAfter(job, flink.completedCheckpoints(job), 2, TIMEOUT);
        int restarts = flink.restarts(job);
        flink.cancel(job);

        List<String> written = KINESIS.readAllStrings(output);
        long duplicates = report(
                "an operator failing once at tick " + failAt,
                ticks,
                written,
                beforeFailure,
                restarts,
                recovered - failed,
                recovered - started);

        assertThat(FailOnce.failures()).as("injected failures").isEqualTo(1);
        assertThat(restarts).as("restarts").isEqualTo(1);
        assertEveryResultPresent(ticks, written, duplicates);
        assertThat(KINESIS.readAllStrings(deadLetters)).as("dead letters").isEmpty();
    }

    /**
     * The input: window w holds 50 + 5w + k ticks of ticker k, a different count for every window and
     * ticker, so each {@code ticker,count} line names one result.
     */
    private static final class Ticks {
        final List<String> expected = new ArrayList<>();
        final List<String> firstHalf;
        final List<String> secondHalf;
        /** Ticks far past the last window, spread over both shards, move event time past it on every subtask. */
        final List<String> closing = new ArrayList<>();

        Ticks() {
            Random random = new Random(11);
            List<List<String>> ticksByWindow = new ArrayList<>();
            for (int w = 0; w < WINDOWS; w++) {
                List<String> tickers = new ArrayList<>();
                for (int k = 0; k < TICKERS.size(); k++) {
                    tickers.addAll(Collections.nCopies(50 + 5 * w + k, TICKERS.get(k)));
                    expected.add(TICKERS.get(k) + "," + (50 + 5 * w + k));
                }
                Collections.shuffle(tickers, random);
                List<String> ticks = new ArrayList<>();
                for (int i = 0; i < tickers.size(); i++) {
                    LocalDateTime time = T0.plusNanos((w * SIZE_MS + i * SIZE_MS / tickers.size()) * 1_000_000L);
                    ticks.add(TickJson.of(time, tickers.get(i), 1 + random.nextInt(10_000) / 100.0));
                }
                ticksByWindow.add(ticks);
            }
            firstHalf = ticksByWindow.subList(0, WINDOWS / 2).stream()
                    .flatMap(List::stream)
                    .collect(Collectors.toList());
            secondHalf = ticksByWindow.subList(WINDOWS / 2, WINDOWS).stream()
                    .flatMap(List::stream)
                    .collect(Collectors.toList());
            for (int i = 0; i < 40; i++) {
                closing.add(
                        TickJson.of(T0.plusHours(1).plusNanos(i * 1_000_000L), TICKERS.get(i % TICKERS.size()), 1.0));
            }
        }
    }

    /** Prints what was written and returns the number of duplicates (lines written more than once). */
    private static long report(
            String scenario,
            Ticks ticks,
            List<String> written,
            int beforeFault,
            int restarts,
            long recoveryNanos,
            long totalNanos) {
        Map<String, Long> copies =
                written.stream().collect(Collectors.groupingBy(l -> l, TreeMap::new, Collectors.counting()));
        Map<String, Long> duplicated = new TreeMap<>();
        copies.forEach((line, n) -> {
            if (n > 1) {
                duplicated.put(line, n - 1);
            }
        });
        long duplicates = written.size() - copies.size();
        System.out.printf(
                Locale.ROOT,
                "tumbling-window %s: %d ticks, %d expected results, %d written before the fault, "
                        + "%d written in the end, %d duplicates %s, %d restarts, all results %d ms after the fault, %d ms in all%n",
                scenario,
                ticks.firstHalf.size() + ticks.secondHalf.size(),
                ticks.expected.size(),
                beforeFault,
                written.size(),
                duplicates,
                duplicated,
                restarts,
                recoveryNanos / 1_000_000,
                totalNanos / 1_000_000);
        return duplicates;
    }

    private static void assertEveryResultPresent(Ticks ticks, List<String> written, long duplicates) {
        assertThat(ticks.expected).hasSize(60).doesNotHaveDuplicates();
        assertThat(missing(ticks.expected, written))
                .as("missing window results")
                .isEmpty();
        assertThat(new TreeSet<>(written))
                .as("every line written, duplicates included, is an expected result")
                .isSubsetOf(ticks.expected);
        assertThat(written).hasSize(ticks.expected.size() + (int) duplicates);
    }

    private static List<String> missing(List<String> expected, List<String> written) {
        List<String> missing = new ArrayList<>(expected);
        missing.removeAll(written);
        return missing;
    }

    private static ApplicationProperties properties(String input, String output, String deadLetters) {
        Map<String, Map<String, String>> groups = new HashMap<>();
        groups.put(
                "FlinkEnvironment",
                Map.of(
                        "checkpoint.interval",
                        "300ms",
                        "checkpoint.min-pause",
                        "100ms",
                        "parallelism",
                        "2",
                        "restart.strategy",
                        "FIXED_DELAY",
                        "restart.attempts",
                        "3",
                        "restart.delay",
                        "200ms"));
        groups.put(TumblingWindowJob.INPUT_GROUP, KINESIS.sourceProperties(input));
        groups.put(TumblingWindowJob.OUTPUT_GROUP, KINESIS.sinkProperties(output));
        groups.put(
                TumblingWindowJob.WINDOW_GROUP,
                Map.of(
                        "window.time",
                        "event",
                        "window.size",
                        "10s",
                        "watermark.timestamp.field",
                        "event_time",
                        "watermark.max-out-of-orderness",
                        "0"));
        groups.put("DeadLetters", KINESIS.sinkProperties(deadLetters));
        return ApplicationProperties.of(groups);
    }
}
