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

import static io.flinkblocks.testing.ticks.SavepointTicks.T0;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import io.flinkblocks.testing.FlinkEnvironmentGroups;
import io.flinkblocks.testing.cluster.FlinkClusterExtension;
import io.flinkblocks.testing.cluster.FlinkStandaloneCluster;
import io.flinkblocks.testing.kinesis.LocalKinesisExtension;
import io.flinkblocks.testing.s3.LocalS3;
import io.flinkblocks.testing.s3.LocalS3Extension;
import io.flinkblocks.testing.ticks.SavepointTicks;
import io.flinkblocks.testing.ticks.TickWindowGroups;
import io.flinkblocks.testing.windowruns.CommittedWindowSavepoint;
import io.flinkblocks.testing.windowruns.CommittedWindowSavepoint.ResultStore;
import io.flinkblocks.testing.windowruns.WindowJobUnderTest;

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

    @RegisterExtension
    static final LocalKinesisExtension KINESIS = new LocalKinesisExtension();

    @RegisterExtension
    static final LocalS3Extension S3 = new LocalS3Extension();

    // The local S3 starts first: its settings go into the cluster's configuration. The same settings as
    // S3SinkClusterIT's, so the module's classes share one cluster.
    @RegisterExtension
    static final FlinkClusterExtension FLINK = FlinkClusterExtension.shared(
            FlinkStandaloneCluster.builder().configure(LocalS3.get().flinkConfiguration()));

    private static final Duration TIMEOUT = Duration.ofMinutes(3);
    private static final int RESTORED_BASE = 3;
    private static final int ADDED = 10;

    private static final WindowJobUnderTest JOB = new WindowJobUnderTest(
            "s3-sink", "counts", S3SinkJob.INPUT_GROUP, S3SinkJob.SINK_GROUP, S3SinkJob.WINDOW_GROUP);

    private static final CommittedWindowSavepoint COMMITTED = new CommittedWindowSavepoint(
                    JOB,
                    KINESIS,
                    // Counts committed to a bucket; nothing written is no part file committed at all.
                    ResultStore.of(
                            bucket -> S3.s3().bucket(bucket),
                            bucket -> CommittedCounts.countsList(CommittedCounts.committedLines(S3.s3(), bucket)),
                            bucket -> CommittedCounts.committedObjects(S3.s3(), bucket)
                                    .isEmpty()),
                    S3SinkCommittedSavepointClusterIT::groups,
                    TIMEOUT)
            // Ticks of one window that nothing closes, ticker k: 3 + k ticks.
            .takenFrom(SavepointTicks.thenNotATick(SavepointTicks.perTicker(60, k -> RESTORED_BASE + k)))
            .restoredWith(SavepointTicks.thenClosing(SavepointTicks.perTicker(90, k -> ADDED)));

    @Test
    void theJarRestoresTheCommittedSavepointAndContinuesItsWindows(FlinkStandaloneCluster flink, @TempDir Path folder) {
        long minute = T0.plusMinutes(1).toInstant(ZoneOffset.UTC).toEpochMilli();
        List<String> expected = SavepointTicks.linesPerTicker(1, k -> "@" + minute + "=" + (RESTORED_BASE + k + ADDED));
        List<String> written = COMMITTED.restore(flink, folder, expected.size());

        assertThat(written)
                .as("counts of the restored window: restored ticks plus the new ones")
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    /** Event time, one shard and one subtask (a bound of 0 is exact), checkpoints every second, a part file per checkpoint. */
    private static Map<String, Map<String, String>> groups(String input, String output, String deadLetters) {
        return JOB.groups(
                FlinkEnvironmentGroups.longRun(),
                KINESIS.sourceProperties(input),
                S3SinkFailureFixtures.sinkGroup(output),
                TickWindowGroups.eventTimeInOrder(),
                KINESIS.sinkProperties(deadLetters));
    }
}
