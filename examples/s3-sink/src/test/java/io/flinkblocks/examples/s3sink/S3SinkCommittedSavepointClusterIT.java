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

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
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
import io.flinkblocks.testing.kinesis.LocalKinesisExtension;
import io.flinkblocks.testing.s3.LocalS3;
import io.flinkblocks.testing.s3.LocalS3Extension;
import io.flinkblocks.testing.ticks.TickJson;

/**
 * Users' state survives this version: s3-sink's shaded JAR restores, with
 * {@code allowNonRestoredState=false}, the savepoint committed under
 * {@code src/test/resources/savepoints/s3-sink/}, taken on a real cluster (RocksDB, incremental
 * checkpoints, the s3-fs-hadoop plugin on the local S3) from a job whose one-minute window from 10:01
 * (event time) held ticks not yet counted, ticker k: 3 + k; the Kinesis source's shard state and the
 * file sink's (no file open: no count was due yet) are there too. After the restore, 10 more ticks per
 * ticker in the same minute and a tick an hour later give committed counts of 13 + k: the restored
 * state plus what came after. A change that breaks the state fails here.
 *
 * <p>{@code -Dflinkblocks.savepoints.regenerate=true} takes the savepoint anew and replaces the committed
 * one before restoring it (see RELIABILITY.md).
 */
class S3SinkCommittedSavepointClusterIT {

    static final String SAVEPOINT = "s3-sink";

    @RegisterExtension
    static final LocalKinesisExtension KINESIS = new LocalKinesisExtension();

    @RegisterExtension
    static final LocalS3Extension S3 = new LocalS3Extension();

    // The local S3 starts first: its settings go into the cluster's configuration. The same settings as
    // S3SinkClusterIT's, so the module's classes share one cluster.
    @RegisterExtension
    static final FlinkClusterExtension FLINK = FlinkClusterExtension.shared(
            FlinkStandaloneCluster.builder().configure(LocalS3.get().flinkConfiguration()));

    private static final List<String> TICKERS = Arrays.asList("AAPL", "AMZN", "MSFT", "INTC", "TBV");
    private static final LocalDateTime T0 = LocalDateTime.of(2026, 11, 24, 10, 0, 0);
    private static final Duration TIMEOUT = Duration.ofMinutes(3);
    private static final int RESTORED_BASE = 3;
    private static final int ADDED = 10;

    @Test
    void theJarRestoresTheCommittedSavepointAndContinuesItsWindows(FlinkStandaloneCluster flink, @TempDir Path folder)
            throws IOException {
        if (CommittedSavepoints.regenerate()) {
            takeSavepoint(flink, folder);
        }
        String savepoint = CommittedSavepoints.copyOf(SAVEPOINT, folder);
        String input = KINESIS.createStream("CommittedSavepointInput", 1);
        String output = S3.s3().bucket("committed-savepoint-output");
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
            for (int i = 0; i < ADDED; i++) {
                ticks.add(TickJson.of(T0.plusSeconds(90).plusNanos((k * ADDED + i) * 1_000_000L), TICKERS.get(k), 1.0));
            }
            expected.add(TICKERS.get(k) + "@"
                    + T0.plusMinutes(1).toInstant(ZoneOffset.UTC).toEpochMilli() + "=" + (RESTORED_BASE + k + ADDED));
        }
        ticks.add(TickJson.of(T0.plusHours(1), TICKERS.get(0), 1.0));
        KINESIS.putStrings(input, ticks);
        FlinkStandaloneCluster.await(
                "the restored window's counts committed",
                TIMEOUT,
                () -> CommittedCounts.committedLines(S3.s3(), output).size() >= expected.size());
        long done = System.nanoTime();
        long checkpoints = flink.completedCheckpoints(job);
        FlinkStandaloneCluster.await(
                "two more checkpoints", TIMEOUT, () -> flink.completedCheckpoints(job) >= checkpoints + 2);
        flink.cancel(job);

        List<String> written = CommittedCounts.countsList(CommittedCounts.committedLines(S3.s3(), output));
        System.out.printf(
                Locale.ROOT,
                "s3-sink from the committed savepoint (%d bytes): RUNNING %d ms after submission, the"
                        + " restored window's %d counts %d ms later: %s%n",
                CommittedSavepoints.size(savepoint),
                (running - submitted) / 1_000_000,
                expected.size(),
                (done - running) / 1_000_000,
                written);
        assertThat(written)
                .as("counts of the restored window: restored ticks plus the new ones")
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
        String output = S3.s3().bucket("savepoint-output");
        String deadLetters = KINESIS.createStream("SavepointDeadLetters", 1);
        Path properties =
                ApplicationPropertiesFile.write(folder.resolve("take.json"), groups(input, output, deadLetters));
        JobID job = flink.submit(Paths.get(System.getProperty("shaded.jar")), "--properties", properties.toString());
        flink.awaitAllTasksRunning(job, TIMEOUT);
        List<String> ticks = new ArrayList<>();
        for (int k = 0; k < TICKERS.size(); k++) {
            for (int i = 0; i < RESTORED_BASE + k; i++) {
                ticks.add(TickJson.of(T0.plusSeconds(60).plusNanos((k * 10 + i) * 1_000_000L), TICKERS.get(k), 1.0));
            }
        }
        ticks.add("not a tick");
        KINESIS.putStrings(input, ticks);
        FlinkStandaloneCluster.await(
                "the dead letter behind the ticks",
                TIMEOUT,
                () -> KINESIS.readAllStrings(deadLetters).size() == 1);
        String savepoint = flink.stopWithSavepoint(job);
        assertThat(CommittedCounts.committedObjects(S3.s3(), output))
                .as("counts before the savepoint: the window is open")
                .isEmpty();
        Path committed = CommittedSavepoints.commit(savepoint, SAVEPOINT);
        System.out.printf(
                Locale.ROOT,
                "s3-sink savepoint %s committed as %s (%d bytes)%n",
                savepoint,
                committed,
                CommittedSavepoints.size(committed.toString()));
    }

    /** Event time, one shard and one subtask (a bound of 0 is exact), checkpoints every second, a part file per checkpoint. */
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
        groups.put(S3SinkJob.INPUT_GROUP, KINESIS.sourceProperties(input));
        groups.put(
                S3SinkJob.SINK_GROUP,
                Map.of(
                        "connector",
                        "filesystem",
                        "path",
                        "s3://" + output + "/data",
                        "part.suffix",
                        ".jsonl",
                        "rolling.on-checkpoint",
                        "true"));
        groups.put(
                S3SinkJob.WINDOW_GROUP,
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
