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

import static io.flinkblocks.examples.tumblingwindow.ClusterJobFixtures.T0;
import static io.flinkblocks.examples.tumblingwindow.ClusterJobFixtures.TICKERS;
import static io.flinkblocks.examples.tumblingwindow.ClusterJobFixtures.groups;
import static io.flinkblocks.examples.tumblingwindow.ClusterJobFixtures.missing;
import static io.flinkblocks.examples.tumblingwindow.ClusterJobFixtures.shadedJar;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.flink.api.common.JobID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import io.flinkblocks.testing.ApplicationPropertiesFile;
import io.flinkblocks.testing.cluster.CommittedSavepoints;
import io.flinkblocks.testing.cluster.FlinkClusterExtension;
import io.flinkblocks.testing.cluster.FlinkStandaloneCluster;
import io.flinkblocks.testing.kinesis.LocalKinesisExtension;
import io.flinkblocks.testing.ticks.TickJson;

/**
 * Users' state survives this version: tumbling-window's shaded JAR restores, with
 * {@code allowNonRestoredState=false}, the savepoint committed under
 * {@code src/test/resources/savepoints/tumbling-window/}, taken on a real cluster (RocksDB, incremental
 * checkpoints) from a job whose window held ticks not yet counted (ticker k: 3 + k ticks in the window
 * from 10:00:10, event time); the Kinesis source's shard state is there too. After the restore, 10 more
 * ticks per ticker in the same window and a tick an hour later give counts of 13 + k: the restored
 * window state, plus what came after. A change that breaks the state (a uid, a serializer, the window's
 * state layout) fails here.
 *
 * <p>{@code -Dflinkblocks.savepoints.regenerate=true} takes the savepoint anew and replaces the committed
 * one before restoring it (see RELIABILITY.md).
 */
class TumblingWindowCommittedSavepointClusterIT {

    static final String SAVEPOINT = "tumbling-window";

    @RegisterExtension
    static final LocalKinesisExtension KINESIS = new LocalKinesisExtension();

    @RegisterExtension
    static final FlinkClusterExtension FLINK = new FlinkClusterExtension();

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
        String output = KINESIS.createStream("CommittedSavepointOutput", 1);
        String deadLetters = KINESIS.createStream("CommittedSavepointDeadLetters", 1);
        Path properties = ApplicationPropertiesFile.write(
                folder.resolve("restore.json"), groups(KINESIS, input, output, deadLetters));

        long submitted = System.nanoTime();
        JobID job = flink.runFromSavepoint(
                flink.uploadJar(shadedJar()), savepoint, false, "--properties", properties.toString());
        flink.awaitAllTasksRunning(job, TIMEOUT);
        long running = System.nanoTime();
        assertThat(flink.restoredFrom(job)).as("the savepoint the job restored").isPresent();

        List<String> ticks = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (int k = 0; k < TICKERS.size(); k++) {
            for (int i = 0; i < ADDED; i++) {
                ticks.add(TickJson.of(T0.plusSeconds(15).plusNanos((k * ADDED + i) * 1_000_000L), TICKERS.get(k), 1.0));
            }
            expected.add(TICKERS.get(k) + "," + (RESTORED_BASE + k + ADDED));
        }
        ticks.add(TickJson.of(T0.plusHours(1), TICKERS.get(0), 1.0));
        KINESIS.putStrings(input, ticks);
        FlinkStandaloneCluster.await(
                "the restored window's counts",
                TIMEOUT,
                () -> missing(expected, KINESIS.readAllStrings(output)).isEmpty());
        long done = System.nanoTime();
        long checkpoints = flink.completedCheckpoints(job);
        FlinkStandaloneCluster.await(
                "two more checkpoints", TIMEOUT, () -> flink.completedCheckpoints(job) >= checkpoints + 2);
        flink.cancel(job);

        List<String> written = KINESIS.readAllStrings(output);
        System.out.printf(
                Locale.ROOT,
                "tumbling-window from the committed savepoint (%d bytes): RUNNING %d ms after submission, the"
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
     * Runs the JAR on ticks of one window that nothing closes (ticker k: 3 + k ticks), then a record
     * that is not a tick: once its dead letter is out, every tick before it has reached the window. Then
     * stop with a savepoint, committed as the module's.
     */
    private static void takeSavepoint(FlinkStandaloneCluster flink, Path folder) throws IOException {
        String input = KINESIS.createStream("SavepointInput", 1);
        String output = KINESIS.createStream("SavepointOutput", 1);
        String deadLetters = KINESIS.createStream("SavepointDeadLetters", 1);
        Path properties = ApplicationPropertiesFile.write(
                folder.resolve("take.json"), groups(KINESIS, input, output, deadLetters));
        JobID job = flink.submit(shadedJar(), "--properties", properties.toString());
        flink.awaitAllTasksRunning(job, TIMEOUT);
        List<String> ticks = new ArrayList<>();
        for (int k = 0; k < TICKERS.size(); k++) {
            for (int i = 0; i < RESTORED_BASE + k; i++) {
                ticks.add(TickJson.of(T0.plusSeconds(10).plusNanos((k * 10 + i) * 1_000_000L), TICKERS.get(k), 1.0));
            }
        }
        ticks.add("not a tick");
        KINESIS.putStrings(input, ticks);
        FlinkStandaloneCluster.await(
                "the dead letter behind the ticks",
                TIMEOUT,
                () -> KINESIS.readAllStrings(deadLetters).size() == 1);
        String savepoint = flink.stopWithSavepoint(job);
        assertThat(KINESIS.readAllStrings(output))
                .as("results before the savepoint: the window is open")
                .isEmpty();
        Path committed = CommittedSavepoints.commit(savepoint, SAVEPOINT);
        System.out.printf(
                Locale.ROOT,
                "tumbling-window savepoint %s committed as %s (%d bytes)%n",
                savepoint,
                committed,
                CommittedSavepoints.size(committed.toString()));
    }
}
