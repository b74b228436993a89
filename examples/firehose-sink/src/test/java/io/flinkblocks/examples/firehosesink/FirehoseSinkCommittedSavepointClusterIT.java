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

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.flink.api.common.JobID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import io.flinkblocks.testing.ApplicationPropertiesFile;
import io.flinkblocks.testing.cluster.CommittedSavepoints;
import io.flinkblocks.testing.cluster.FlinkClusterExtension;
import io.flinkblocks.testing.cluster.FlinkStandaloneCluster;
import io.flinkblocks.testing.firehose.FirehoseStandInExtension;
import io.flinkblocks.testing.kinesis.LocalKinesisExtension;
import io.flinkblocks.testing.ticks.TickJson;

/**
 * Users' state survives this version: firehose-sink's shaded JAR restores, with
 * {@code allowNonRestoredState=false}, the savepoint committed under
 * {@code src/test/resources/savepoints/firehose-sink/}, taken on a real cluster (RocksDB, incremental
 * checkpoints) from a job whose two open windows (10 s sliding by 5 s, event time) held one tick per
 * ticker, ticker k at price 20 - k, 10:00:06 to 10:00:07; the Kinesis source's shard state is there too,
 * and the Firehose sink's (empty: it flushes on the savepoint).
 * After the restore, a tick at 17.5 per ticker in the same windows and a tick an hour later give, per
 * ticker and window, min(20 - k, 17.5): the restored state and what came after. A change that breaks the
 * state (a uid, a serializer, the slices' layout) fails here.
 *
 * <p>{@code -Dflinkblocks.savepoints.regenerate=true} takes the savepoint anew and replaces the committed
 * one before restoring it (see RELIABILITY.md).
 */
class FirehoseSinkCommittedSavepointClusterIT {

    static final String SAVEPOINT = "firehose-sink";

    @RegisterExtension
    static final LocalKinesisExtension KINESIS = new LocalKinesisExtension();

    @RegisterExtension
    static final FirehoseStandInExtension FIREHOSE = new FirehoseStandInExtension();

    @RegisterExtension
    static final FlinkClusterExtension FLINK = new FlinkClusterExtension();

    private static final List<String> TICKERS = Arrays.asList("AAPL", "AMZN", "MSFT", "INTC", "TBV");
    private static final LocalDateTime T0 = LocalDateTime.of(2026, 11, 24, 10, 0, 0);
    private static final Duration TIMEOUT = Duration.ofMinutes(3);
    private static final double ADDED_PRICE = 17.5;

    @Test
    void theJarRestoresTheCommittedSavepointAndContinuesItsWindows(FlinkStandaloneCluster flink, @TempDir Path folder)
            throws IOException {
        if (CommittedSavepoints.regenerate()) {
            takeSavepoint(flink, folder);
        }
        String savepoint = CommittedSavepoints.copyOf(SAVEPOINT, folder);
        String input = KINESIS.createStream("CommittedSavepointInput", 1);
        String output = FIREHOSE.createDeliveryStream("CommittedSavepointOutput");
        String deadLetters = KINESIS.createStream("CommittedSavepointDeadLetters", 1);
        Path properties =
                ApplicationPropertiesFile.write(folder.resolve("restore.json"), groups(input, output, deadLetters));

        long submitted = System.nanoTime();
        JobID job = flink.runFromSavepoint(
                flink.uploadJar(Paths.get(System.getProperty("shaded.jar"))),
                savepoint,
                false,
                "--properties",
                properties.toString());
        flink.awaitAllTasksRunning(job, TIMEOUT);
        long running = System.nanoTime();
        assertThat(flink.restoredFrom(job)).as("the savepoint the job restored").isPresent();

        List<String> ticks = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (int k = 0; k < TICKERS.size(); k++) {
            ticks.add(TickJson.of(T0.plusSeconds(8).plusNanos(k * 1_000_000L), TICKERS.get(k), ADDED_PRICE));
            // Windows [10:00:00, 10:00:10) and [10:00:05, 10:00:15): the same minimum in both.
            String line = TICKERS.get(k) + "," + Math.min(20.0 - k, ADDED_PRICE) + "\n";
            expected.add(line);
            expected.add(line);
        }
        ticks.add(TickJson.of(T0.plusHours(1), TICKERS.get(0), 1.0));
        KINESIS.putStrings(input, ticks);
        FlinkStandaloneCluster.await(
                "the restored windows' minima",
                TIMEOUT,
                () -> FIREHOSE.recordsAsStrings(output).size() >= expected.size());
        long done = System.nanoTime();
        long checkpoints = flink.completedCheckpoints(job);
        FlinkStandaloneCluster.await(
                "two more checkpoints", TIMEOUT, () -> flink.completedCheckpoints(job) >= checkpoints + 2);
        flink.cancel(job);

        List<String> written = FIREHOSE.recordsAsStrings(output);
        System.out.printf(
                Locale.ROOT,
                "firehose-sink from the committed savepoint (%d bytes): RUNNING %d ms after submission, the"
                        + " restored windows' %d minima %d ms later: %s%n",
                CommittedSavepoints.size(savepoint),
                (running - submitted) / 1_000_000,
                expected.size(),
                (done - running) / 1_000_000,
                written);
        assertThat(written)
                .as("minima of the restored windows: restored ticks and the new ones")
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(KINESIS.readAllStrings(deadLetters)).as("dead letters").isEmpty();
    }

    /**
     * Runs the JAR on one tick per ticker that nothing closes, then a record that is not a tick: once its
     * dead letter is out, every tick before it has reached the window. Then stop with a savepoint,
     * committed as the module's.
     */
    private static void takeSavepoint(FlinkStandaloneCluster flink, Path folder) throws IOException {
        String input = KINESIS.createStream("SavepointInput", 1);
        String output = FIREHOSE.createDeliveryStream("SavepointOutput");
        String deadLetters = KINESIS.createStream("SavepointDeadLetters", 1);
        Path properties =
                ApplicationPropertiesFile.write(folder.resolve("take.json"), groups(input, output, deadLetters));
        JobID job = flink.submit(Paths.get(System.getProperty("shaded.jar")), "--properties", properties.toString());
        flink.awaitAllTasksRunning(job, TIMEOUT);
        List<String> ticks = new ArrayList<>();
        for (int k = 0; k < TICKERS.size(); k++) {
            ticks.add(TickJson.of(T0.plusSeconds(6).plusNanos(k * 1_000_000L), TICKERS.get(k), 20.0 - k));
        }
        ticks.add("not a tick");
        KINESIS.putStrings(input, ticks);
        FlinkStandaloneCluster.await(
                "the dead letter behind the ticks",
                TIMEOUT,
                () -> KINESIS.readAllStrings(deadLetters).size() == 1);
        String savepoint = flink.stopWithSavepoint(job);
        assertThat(FIREHOSE.recordsAsStrings(output))
                .as("results before the savepoint: the windows are open")
                .isEmpty();
        Path committed = CommittedSavepoints.commit(savepoint, SAVEPOINT);
        System.out.printf(
                Locale.ROOT,
                "firehose-sink savepoint %s committed as %s (%d bytes)%n",
                savepoint,
                committed,
                CommittedSavepoints.size(committed.toString()));
    }

    /** Event time, one shard and one subtask (a bound of 0 is exact), checkpoints every second. */
    private static Map<String, Map<String, String>> groups(String input, String output, String deadLetters) {
        Map<String, Map<String, String>> groups = new LinkedHashMap<>();
        groups.put(
                "FlinkEnvironment",
                Map.of(
                        "checkpoint.interval",
                        "1s",
                        "checkpoint.min-pause",
                        "500ms",
                        "parallelism",
                        "1",
                        "restart.strategy",
                        "FIXED_DELAY",
                        "restart.attempts",
                        "1000",
                        "restart.delay",
                        "1s"));
        groups.put(FirehoseSinkJob.INPUT_GROUP, KINESIS.sourceProperties(input));
        Map<String, String> delivery = new LinkedHashMap<>(FIREHOSE.sinkProperties(output));
        delivery.put("sink.flush-buffer.timeout", "500ms");
        groups.put(FirehoseSinkJob.OUTPUT_GROUP, delivery);
        groups.put(
                FirehoseSinkJob.WINDOW_GROUP,
                Map.of(
                        "window.time",
                        "event",
                        "watermark.timestamp.field",
                        "event_time",
                        "watermark.max-out-of-orderness",
                        "0"));
        groups.put("DeadLetters", KINESIS.sinkProperties(deadLetters));
        return groups;
    }
}
