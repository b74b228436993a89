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

import java.nio.file.Path;
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
import java.util.stream.Collectors;

import org.apache.flink.api.common.JobID;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.flinkblocks.runtime.ApplicationProperties;
import io.flinkblocks.runtime.JobLauncher;
import io.flinkblocks.testing.OperatorUidCheck;
import io.flinkblocks.testing.flink.LocalFlinkCluster;
import io.flinkblocks.testing.flink.LocalFlinkClusterExtension;
import io.flinkblocks.testing.flink.StateBackendUnderTest;
import io.flinkblocks.testing.kinesis.LocalKinesisExtension;
import io.flinkblocks.testing.ticks.TickJson;

/**
 * The tumbling-window job, local Kinesis (1 shard) to local Kinesis on event time, stopped with a
 * savepoint mid-stream and restarted from it at twice the parallelism, as MSF does on an update or a
 * scaling: the results continue as if no stop had happened. Each ticker gets a different number of
 * ticks in each 10-second window, so every {@code ticker,count} line names one window and ticker; the
 * ticks of the window open at the stop are all read before it, so its counts come out right only
 * from the restored state. On the heap and on RocksDB with incremental checkpoints, as MSF runs the job.
 */
class TumblingWindowRescaleIT {

    @RegisterExtension
    static final LocalKinesisExtension KINESIS = new LocalKinesisExtension();

    private static final List<String> TICKERS = Arrays.asList("AAPL", "AMZN", "MSFT", "INTC", "TBV");
    private static final LocalDateTime T0 = LocalDateTime.of(2026, 11, 24, 10, 0, 0);
    private static final int WINDOWS = 12;
    private static final long SIZE_MS = 10_000;
    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    @RegisterExtension
    static final LocalFlinkClusterExtension FLINK = new LocalFlinkClusterExtension(1, 2);

    @ParameterizedTest
    @EnumSource(StateBackendUnderTest.class)
    void resultsContinueAcrossStopWithSavepointAndDoubleParallelism(
            StateBackendUnderTest backend, @TempDir Path savepoints) throws Exception {
        LocalFlinkCluster flink = FLINK.cluster();
        // One shard: at parallelism 1 a subtask reading two shards would see their ticks interleaved out of order.
        String input = KINESIS.createStream("RescaleInput", 1);
        String output = KINESIS.createStream("RescaleOutput", 2);
        String deadLetters = KINESIS.createStream("RescaleDeadLetters", 1);

        // Window w holds 50 + 5w + k ticks of ticker k: a different count for every window and ticker.
        Random random = new Random(11);
        List<List<String>> ticksByWindow = new ArrayList<>();
        List<String> expected = new ArrayList<>();
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
        List<String> firstHalf = ticksByWindow.subList(0, WINDOWS / 2).stream()
                .flatMap(List::stream)
                .collect(Collectors.toList());
        List<String> secondHalf = ticksByWindow.subList(WINDOWS / 2, WINDOWS).stream()
                .flatMap(List::stream)
                .collect(Collectors.toList());
        // Ticks far past the last window move event time past it.
        List<String> closing = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            closing.add(TickJson.of(T0.plusHours(1).plusNanos(i * 1_000_000L), TICKERS.get(i % TICKERS.size()), 1.0));
        }

        StreamExecutionEnvironment env = backend.applyTo(StreamExecutionEnvironment.getExecutionEnvironment());
        JobLauncher.define(env, properties(input, output, deadLetters, 1), TumblingWindowJob::build);
        OperatorUidCheck.assertEveryOperatorHasUid(env);
        JobID first = flink.submit(env, "tumbling-window at parallelism 1");
        flink.awaitAllTasksRunning(first, TIMEOUT);
        KINESIS.putStrings(input, firstHalf);
        LocalFlinkCluster.await(
                "first window results written",
                TIMEOUT,
                () -> !KINESIS.readAllStrings(output).isEmpty());
        long stopping = System.nanoTime();
        String firstBackend = flink.stateBackendName(first);
        String savepoint = flink.stopWithSavepoint(first, savepoints);
        int beforeStop = KINESIS.readAllStrings(output).size();

        StreamExecutionEnvironment rescaled = backend.applyTo(StreamExecutionEnvironment.getExecutionEnvironment());
        JobLauncher.define(rescaled, properties(input, output, deadLetters, 2), TumblingWindowJob::build);
        OperatorUidCheck.assertEveryOperatorHasUid(rescaled);
        JobID second = flink.submitFromSavepoint(rescaled, "tumbling-window at parallelism 2", savepoint, false);
        flink.awaitAllTasksRunning(second, TIMEOUT);
        long resumed = System.nanoTime();
        KINESIS.putStrings(input, secondHalf);
        KINESIS.putStrings(input, closing);
        try {
            LocalFlinkCluster.await(
                    "every expected window result written",
                    TIMEOUT,
                    () -> missing(expected, KINESIS.readAllStrings(output)).isEmpty());
        } catch (AssertionError e) {
            List<String> unexpected = new ArrayList<>(KINESIS.readAllStrings(output));
            unexpected.removeAll(expected);
            System.out.printf(
                    "rescaled job: %d results written, %d before the stop, missing %s, unexpected %s%n",
                    KINESIS.readAllStrings(output).size(),
                    beforeStop,
                    missing(expected, KINESIS.readAllStrings(output)),
                    unexpected);
            throw e;
        }
        long done = System.nanoTime();
        // Two more checkpoints flush whatever a duplicate still on its way would be.
        flink.awaitCheckpointsAfter(second, flink.completedCheckpoints(second), 2, TIMEOUT);
        int restarts = flink.restarts(second);
        String secondBackend = flink.stateBackendName(second);
        flink.cancel(second);

        List<String> written = KINESIS.readAllStrings(output);
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
                "tumbling-window rescaled 1 -> 2 through a savepoint on %s: %d ticks, %d expected results, %d written"
                        + " before the stop, %d in the end, %d duplicates %s, %d restarts, stop and restore %d ms, all results %d ms after%n",
                backend,
                firstHalf.size() + secondHalf.size(),
                expected.size(),
                beforeStop,
                written.size(),
                duplicates,
                duplicated,
                restarts,
                (resumed - stopping) / 1_000_000,
                (done - resumed) / 1_000_000);

        assertThat(firstBackend).as("state backend of the job at parallelism 1").isEqualTo(backend.stateBackendName());
        assertThat(secondBackend).as("state backend of the restored job").isEqualTo(backend.stateBackendName());
        assertThat(expected).hasSize(60).doesNotHaveDuplicates();
        assertThat(beforeStop).as("results written before the stop").isBetween(1, expected.size() - 1);
        assertThat(restarts).as("restarts of the rescaled job").isZero();
        assertThat(written).as("every window result exactly once").containsExactlyInAnyOrderElementsOf(expected);
        assertThat(KINESIS.readAllStrings(deadLetters)).as("dead letters").isEmpty();
    }

    private static List<String> missing(List<String> expected, List<String> written) {
        List<String> missing = new ArrayList<>(expected);
        missing.removeAll(written);
        return missing;
    }

    private static ApplicationProperties properties(String input, String output, String deadLetters, int parallelism) {
        Map<String, Map<String, String>> groups = new HashMap<>();
        groups.put(
                "FlinkEnvironment",
                Map.of(
                        "checkpoint.interval",
                        "300ms",
                        "checkpoint.min-pause",
                        "100ms",
                        "parallelism",
                        Integer.toString(parallelism),
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
                        "0",
                        // At parallelism 2 one source subtask has no shard: idle, it must not hold event time back.
                        "watermark.idleness",
                        "1s"));
        groups.put("DeadLetters", KINESIS.sinkProperties(deadLetters));
        return ApplicationProperties.of(groups);
    }
}
