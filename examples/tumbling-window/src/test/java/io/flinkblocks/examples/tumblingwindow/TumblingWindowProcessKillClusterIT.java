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

import static io.flinkblocks.examples.tumblingwindow.ClusterJobFixtures.duplicated;
import static io.flinkblocks.examples.tumblingwindow.ClusterJobFixtures.missing;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.flink.api.common.JobStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import io.flinkblocks.examples.tumblingwindow.ClusterJobFixtures.KinesisStreams;
import io.flinkblocks.testing.cluster.ClusterJobRun;
import io.flinkblocks.testing.cluster.FlinkClusterExtension;
import io.flinkblocks.testing.cluster.FlinkStandaloneCluster;
import io.flinkblocks.testing.cluster.TaskManagerKill;
import io.flinkblocks.testing.kinesis.LocalKinesisExtension;

/**
 * tumbling-window's shaded JAR on a real cluster (RocksDB, incremental checkpoints), event time from one
 * local Kinesis stream to another, whose TaskManager process is killed with {@code kill -9} mid-stream,
 * while a window is open: the job restarts by itself from its last completed checkpoint once a
 * TaskManager replaces the dead one, and every window result is in the output. The Kinesis sink is at
 * least once: results written between the last completed checkpoint and the kill are written again
 * after the restart; they are counted, printed, and must be exact copies of expected results, no more
 * than the results written before the kill.
 */
class TumblingWindowProcessKillClusterIT {

    @RegisterExtension
    static final LocalKinesisExtension KINESIS = new LocalKinesisExtension();

    @RegisterExtension
    static final FlinkClusterExtension FLINK = new FlinkClusterExtension();

    private static final Duration TIMEOUT = Duration.ofMinutes(3);

    @Test
    void killingTheTaskManagerProcessMidStreamLosesNoWindowResult(FlinkStandaloneCluster flink, @TempDir Path folder) {
        KinesisStreams streams = new KinesisStreams(KINESIS, "ProcessKill");
        ClusterJobFixtures.Ticks ticks = new ClusterJobFixtures.Ticks(12);

        ClusterJobRun run = ClusterJobRun.start(flink, streams.writeProperties(folder), TIMEOUT);
        streams.putFirstHalf(ticks);
        run.await("first window results written", () -> !streams.written().isEmpty());
        // A checkpoint that holds the first results' offsets, so the restart does not start from the beginning.
        run.awaitCheckpoints("a checkpoint after the first results", 1);
        int beforeKill = streams.written().size();

        TaskManagerKill kill = run.killTaskManager(0);
        streams.putRest(ticks);
        kill.replace();
        run.await("every expected window result written", () -> streams.holdsEveryResult(ticks));
        // Two more checkpoints flush whatever a duplicate still on its way would be.
        long restarts = run.settle();
        JobStatus status = flink.status(run.job());
        run.cancel();

        List<String> written = streams.written();
        Map<String, Long> duplicated = duplicated(written);
        long duplicates = written.size() - ticks.expected.size();
        System.out.printf(
                Locale.ROOT,
                "tumbling-window, TaskManager process killed: %d ticks, %d expected results, %d written before"
                        + " the kill, %d in the end, %d duplicates %s, %d restarts; restart seen %d ms after the kill, RUNNING again"
                        + " %d ms after it, all results %d ms after it, %d ms in all%n",
                ticks.count(),
                ticks.expected.size(),
                beforeKill,
                written.size(),
                duplicates,
                duplicated,
                restarts,
                kill.millisToRestart(),
                kill.millisToRunning(),
                kill.millisToLastResult(),
                run.millisToLastResult());

        assertThat(ticks.expected).hasSize(60).doesNotHaveDuplicates();
        assertThat(beforeKill).as("results written before the kill").isBetween(1, ticks.expected.size() - 1);
        assertThat(restarts).as("restarts after the kill").isGreaterThanOrEqualTo(1);
        assertThat(status).as("status after the restart").isEqualTo(JobStatus.RUNNING);
        assertThat(missing(ticks.expected, written))
                .as("missing window results")
                .isEmpty();
        assertThat(written)
                .as("every line written, duplicates included, is an expected result")
                .isSubsetOf(ticks.expected);
        // Only results written before the kill can be written again, once per restart at most.
        assertThat(duplicates).as("duplicates").isLessThanOrEqualTo(beforeKill * restarts);
        assertThat(duplicated.values()).as("extra copies of one result").allMatch(n -> n <= restarts);
        assertThat(streams.deadLettersWritten()).as("dead letters").isEmpty();
    }
}
