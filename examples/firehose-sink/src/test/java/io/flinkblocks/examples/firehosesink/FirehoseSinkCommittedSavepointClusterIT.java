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

import static io.flinkblocks.testing.ticks.SavepointTicks.TICKERS;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import io.flinkblocks.testing.ApplicationPropertiesFile;
import io.flinkblocks.testing.FlinkEnvironmentGroups;
import io.flinkblocks.testing.cluster.ClusterJobRun;
import io.flinkblocks.testing.cluster.CommittedSavepoints;
import io.flinkblocks.testing.cluster.FlinkClusterExtension;
import io.flinkblocks.testing.cluster.FlinkStandaloneCluster;
import io.flinkblocks.testing.firehose.FirehoseStandInExtension;
import io.flinkblocks.testing.kinesis.LocalKinesisExtension;
import io.flinkblocks.testing.ticks.SavepointTicks;
import io.flinkblocks.testing.ticks.TickWindowGroups;

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

    private static final Duration TIMEOUT = Duration.ofMinutes(3);
    private static final double ADDED_PRICE = 17.5;

    @Test
    void theJarRestoresTheCommittedSavepointAndContinuesItsWindows(FlinkStandaloneCluster flink, @TempDir Path folder) {
        String savepoint = CommittedSavepoints.copyOf(SAVEPOINT, folder, () -> takeSavepoint(flink, folder));
        String input = KINESIS.createStream("CommittedSavepointInput", 1);
        String output = FIREHOSE.createDeliveryStream("CommittedSavepointOutput");
        String deadLetters = KINESIS.createStream("CommittedSavepointDeadLetters", 1);
        Path properties =
                ApplicationPropertiesFile.write(folder.resolve("restore.json"), groups(input, output, deadLetters));

        ClusterJobRun run = ClusterJobRun.restore(flink, savepoint, properties, TIMEOUT);
        assertThat(flink.restoredFrom(run.job()))
                .as("the savepoint the job restored")
                .isPresent();
        List<String> expected = new ArrayList<>();
        for (int k = 0; k < TICKERS.size(); k++) {
            // Windows [10:00:00, 10:00:10) and [10:00:05, 10:00:15): the same minimum in both.
            String line = TICKERS.get(k) + "," + Math.min(20.0 - k, ADDED_PRICE) + "\n";
            expected.add(line);
            expected.add(line);
        }
        KINESIS.putStrings(input, SavepointTicks.thenClosing(SavepointTicks.onePerTicker(8, k -> ADDED_PRICE)));
        run.await(
                "the restored windows' minima",
                () -> FIREHOSE.recordsAsStrings(output).size() >= expected.size());
        run.settle();
        run.cancel();

        List<String> written = FIREHOSE.recordsAsStrings(output);
        CommittedSavepoints.printRestore(
                SAVEPOINT, savepoint, run, "the restored windows' " + expected.size() + " minima", written);
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
    private static void takeSavepoint(FlinkStandaloneCluster flink, Path folder) {
        String input = KINESIS.createStream("SavepointInput", 1);
        String output = FIREHOSE.createDeliveryStream("SavepointOutput");
        String deadLetters = KINESIS.createStream("SavepointDeadLetters", 1);
        Path properties =
                ApplicationPropertiesFile.write(folder.resolve("take.json"), groups(input, output, deadLetters));
        ClusterJobRun run = ClusterJobRun.start(flink, properties, TIMEOUT);
        KINESIS.putStrings(input, SavepointTicks.thenNotATick(SavepointTicks.onePerTicker(6, k -> 20.0 - k)));
        run.await(
                "the dead letter behind the ticks",
                () -> KINESIS.readAllStrings(deadLetters).size() == 1);
        String savepoint = run.stopWithSavepoint();
        assertThat(FIREHOSE.recordsAsStrings(output))
                .as("results before the savepoint: the windows are open")
                .isEmpty();
        CommittedSavepoints.commit(savepoint, SAVEPOINT);
    }

    /** Event time, one shard and one subtask (a bound of 0 is exact), checkpoints every second. */
    private static Map<String, Map<String, String>> groups(String input, String output, String deadLetters) {
        Map<String, Map<String, String>> groups = new LinkedHashMap<>();
        groups.put(FlinkEnvironmentGroups.GROUP, FlinkEnvironmentGroups.longRun());
        groups.put(FirehoseSinkJob.INPUT_GROUP, KINESIS.sourceProperties(input));
        Map<String, String> delivery = new LinkedHashMap<>(FIREHOSE.sinkProperties(output));
        delivery.put("sink.flush-buffer.timeout", "500ms");
        groups.put(FirehoseSinkJob.OUTPUT_GROUP, delivery);
        groups.put(FirehoseSinkJob.WINDOW_GROUP, TickWindowGroups.eventTimeInOrder());
        groups.put("DeadLetters", KINESIS.sinkProperties(deadLetters));
        return groups;
    }
}
