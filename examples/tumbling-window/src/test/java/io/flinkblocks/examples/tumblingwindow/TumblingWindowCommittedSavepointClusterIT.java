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

import static io.flinkblocks.examples.tumblingwindow.ClusterJobFixtures.groups;
import static io.flinkblocks.examples.tumblingwindow.ClusterJobFixtures.missing;
import static io.flinkblocks.testing.ticks.SavepointTicks.TICKERS;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import io.flinkblocks.testing.ApplicationPropertiesFile;
import io.flinkblocks.testing.cluster.ClusterJobRun;
import io.flinkblocks.testing.cluster.CommittedSavepoints;
import io.flinkblocks.testing.cluster.FlinkClusterExtension;
import io.flinkblocks.testing.cluster.FlinkStandaloneCluster;
import io.flinkblocks.testing.kinesis.LocalKinesisExtension;
import io.flinkblocks.testing.ticks.SavepointTicks;

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
    void theJarRestoresTheCommittedSavepointAndContinuesItsWindows(FlinkStandaloneCluster flink, @TempDir Path folder) {
        String savepoint = CommittedSavepoints.copyOf(SAVEPOINT, folder, () -> takeSavepoint(flink, folder));
        String input = KINESIS.createStream("CommittedSavepointInput", 1);
        String output = KINESIS.createStream("CommittedSavepointOutput", 1);
        String deadLetters = KINESIS.createStream("CommittedSavepointDeadLetters", 1);
        Path properties = ApplicationPropertiesFile.write(
                folder.resolve("restore.json"), groups(KINESIS, input, output, deadLetters));

        ClusterJobRun run = ClusterJobRun.restore(flink, savepoint, properties, TIMEOUT);
        assertThat(flink.restoredFrom(run.job()))
                .as("the savepoint the job restored")
                .isPresent();
        List<String> expected = new ArrayList<>();
        for (int k = 0; k < TICKERS.size(); k++) {
            expected.add(TICKERS.get(k) + "," + (RESTORED_BASE + k + ADDED));
        }
        KINESIS.putStrings(input, SavepointTicks.thenClosing(SavepointTicks.perTicker(15, k -> ADDED)));
        run.await(
                "the restored window's counts",
                () -> missing(expected, KINESIS.readAllStrings(output)).isEmpty());
        run.settle();
        run.cancel();

        List<String> written = KINESIS.readAllStrings(output);
        CommittedSavepoints.printRestore(
                SAVEPOINT, savepoint, run, "the restored window's " + expected.size() + " counts", written);
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
    private static void takeSavepoint(FlinkStandaloneCluster flink, Path folder) {
        String input = KINESIS.createStream("SavepointInput", 1);
        String output = KINESIS.createStream("SavepointOutput", 1);
        String deadLetters = KINESIS.createStream("SavepointDeadLetters", 1);
        Path properties = ApplicationPropertiesFile.write(
                folder.resolve("take.json"), groups(KINESIS, input, output, deadLetters));
        ClusterJobRun run = ClusterJobRun.start(flink, properties, TIMEOUT);
        KINESIS.putStrings(input, SavepointTicks.thenNotATick(SavepointTicks.perTicker(10, k -> RESTORED_BASE + k)));
        run.await(
                "the dead letter behind the ticks",
                () -> KINESIS.readAllStrings(deadLetters).size() == 1);
        String savepoint = run.stopWithSavepoint();
        assertThat(KINESIS.readAllStrings(output))
                .as("results before the savepoint: the window is open")
                .isEmpty();
        CommittedSavepoints.commit(savepoint, SAVEPOINT);
    }
}
