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

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import io.flinkblocks.testing.FlinkEnvironmentGroups;
import io.flinkblocks.testing.cluster.FlinkClusterExtension;
import io.flinkblocks.testing.cluster.FlinkStandaloneCluster;
import io.flinkblocks.testing.kinesis.LocalKinesisExtension;
import io.flinkblocks.testing.ticks.SavepointTicks;
import io.flinkblocks.testing.ticks.TickWindowGroups;
import io.flinkblocks.testing.windowruns.CommittedWindowSavepoint;
import io.flinkblocks.testing.windowruns.CommittedWindowSavepoint.ResultStore;

/**
 * Users' state survives this version: sliding-window's shaded JAR restores, with
 * {@code allowNonRestoredState=false}, the savepoint committed under
 * {@code src/test/resources/savepoints/sliding-window/}, taken on a real cluster (RocksDB, incremental
 * checkpoints) from a job whose two open windows (10 s sliding by 5 s, event time) held one tick per
 * ticker, ticker k at price 20 - k, 10:00:06 to 10:00:07; the Kinesis source's shard state is there too.
 * After the restore, a tick at 17.5 per ticker in the same windows and a tick an hour later give, per
 * ticker and window, min(20 - k, 17.5): the restored state and what came after. A change that breaks the
 * state (a uid, a serializer, the slices' layout) fails here.
 *
 * <p>{@code -Dflinkblocks.savepoints.regenerate=true} takes the savepoint anew and replaces the committed
 * one before restoring it (see RELIABILITY.md).
 */
class SlidingWindowCommittedSavepointClusterIT {

    @RegisterExtension
    static final LocalKinesisExtension KINESIS = new LocalKinesisExtension();

    @RegisterExtension
    static final FlinkClusterExtension FLINK = new FlinkClusterExtension();

    private static final Duration TIMEOUT = Duration.ofMinutes(3);
    private static final double ADDED_PRICE = 17.5;

    private static final CommittedWindowSavepoint COMMITTED = new CommittedWindowSavepoint(
                    WindowUnderTest.JOB,
                    KINESIS,
                    ResultStore.kinesis(KINESIS),
                    SlidingWindowCommittedSavepointClusterIT::groups,
                    TIMEOUT)
            // One tick per ticker that nothing closes, ticker k at price 20 - k.
            .takenFrom(SavepointTicks.thenNotATick(SavepointTicks.onePerTicker(6, k -> 20.0 - k)))
            .restoredWith(SavepointTicks.thenClosing(SavepointTicks.onePerTicker(8, k -> ADDED_PRICE)));

    @Test
    void theJarRestoresTheCommittedSavepointAndContinuesItsWindows(FlinkStandaloneCluster flink, @TempDir Path folder) {
        // Windows [10:00:00, 10:00:10) and [10:00:05, 10:00:15): the same minimum in both.
        List<String> expected = SavepointTicks.linesPerTicker(2, k -> "," + Math.min(20.0 - k, ADDED_PRICE));
        List<String> written = COMMITTED.restore(flink, folder, expected.size());

        assertThat(written)
                .as("minima of the restored windows: restored ticks and the new ones")
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    /** Event time, one shard and one subtask (a bound of 0 is exact), checkpoints every second. */
    private static Map<String, Map<String, String>> groups(String input, String output, String deadLetters) {
        return WindowUnderTest.JOB.groups(
                FlinkEnvironmentGroups.longRun(),
                KINESIS.sourceProperties(input),
                KINESIS.sinkProperties(output),
                TickWindowGroups.eventTimeInOrder(),
                KINESIS.sinkProperties(deadLetters));
    }
}
