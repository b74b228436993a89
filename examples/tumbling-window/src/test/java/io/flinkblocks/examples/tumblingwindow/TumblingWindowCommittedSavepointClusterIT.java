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
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import io.flinkblocks.testing.cluster.FlinkClusterExtension;
import io.flinkblocks.testing.cluster.FlinkStandaloneCluster;
import io.flinkblocks.testing.kinesis.LocalKinesisExtension;
import io.flinkblocks.testing.ticks.SavepointTicks;
import io.flinkblocks.testing.windowruns.CommittedWindowSavepoint;
import io.flinkblocks.testing.windowruns.CommittedWindowSavepoint.ResultStore;

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

    @RegisterExtension
    static final LocalKinesisExtension KINESIS = new LocalKinesisExtension();

    @RegisterExtension
    static final FlinkClusterExtension FLINK = new FlinkClusterExtension();

    private static final Duration TIMEOUT = Duration.ofMinutes(3);
    private static final int RESTORED_BASE = 3;
    private static final int ADDED = 10;

    private static final CommittedWindowSavepoint COMMITTED = new CommittedWindowSavepoint(
                    WindowUnderTest.JOB,
                    KINESIS,
                    ResultStore.kinesis(KINESIS),
                    (input, output, deadLetters) -> groups(KINESIS, input, output, deadLetters),
                    TIMEOUT)
            // Ticks of one window that nothing closes, ticker k: 3 + k ticks.
            .takenFrom(SavepointTicks.thenNotATick(SavepointTicks.perTicker(10, k -> RESTORED_BASE + k)))
            .restoredWith(SavepointTicks.thenClosing(SavepointTicks.perTicker(15, k -> ADDED)));

    @Test
    void theJarRestoresTheCommittedSavepointAndContinuesItsWindows(FlinkStandaloneCluster flink, @TempDir Path folder) {
        List<String> expected = SavepointTicks.linesPerTicker(1, k -> "," + (RESTORED_BASE + k + ADDED));
        List<String> written = COMMITTED.restore(flink, folder, expected.size());

        assertThat(written)
                .as("counts of the restored window: restored ticks plus the new ones")
                .containsExactlyInAnyOrderElementsOf(expected);
    }
}
