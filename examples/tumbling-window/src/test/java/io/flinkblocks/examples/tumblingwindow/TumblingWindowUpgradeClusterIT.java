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
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.apache.flink.api.common.JobID;
import org.apache.flink.api.common.JobStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import io.flinkblocks.examples.tumblingwindow.ClusterJobFixtures.KinesisStreams;
import io.flinkblocks.testing.cluster.ClusterJobRun;
import io.flinkblocks.testing.cluster.CommittedSavepoints;
import io.flinkblocks.testing.cluster.FlinkClusterExtension;
import io.flinkblocks.testing.cluster.FlinkStandaloneCluster;
import io.flinkblocks.testing.kinesis.LocalKinesisExtension;

/**
 * An application update as MSF makes it, on a real cluster: tumbling-window's shaded JAR runs on event
 * time from one local Kinesis stream to another, is stopped with a savepoint while a window is open
 * (its ticks all read, its count only in the state), and the same JAR is run from the savepoint with
 * {@code allowNonRestoredState=false}: the results continue as if the job had never stopped, each
 * window result exactly once. Before that, a JAR whose window has other uids (a release that renamed
 * the window, {@link RenamedWindowTumblingWindowJob}) is refused from the same savepoint with Flink's
 * message: state is never silently dropped.
 */
class TumblingWindowUpgradeClusterIT {

    @RegisterExtension
    static final LocalKinesisExtension KINESIS = new LocalKinesisExtension();

    @RegisterExtension
    static final FlinkClusterExtension FLINK = new FlinkClusterExtension();

    private static final Duration TIMEOUT = Duration.ofMinutes(3);

    @Test
    void resultsContinueExactlyAcrossAnUpgradeAndChangedUidsAreRefused(
            FlinkStandaloneCluster flink, @TempDir Path folder) throws IOException {
        KinesisStreams streams = new KinesisStreams(KINESIS, "Upgrade");
        Path properties = streams.writeProperties(folder);
        ClusterJobFixtures.Ticks ticks = new ClusterJobFixtures.Ticks(12);

        ClusterJobRun first = ClusterJobRun.start(flink, properties, TIMEOUT);
        streams.putFirstHalf(ticks);
        // Windows 1 to 5 fire on the ticks of the next; window 6, the last of the first half, stays open.
        first.await("the first half's results written", () -> streams.written().size() >= 25);
        long stopping = System.nanoTime();
        String savepoint = first.stopWithSavepoint();
        long stopped = System.nanoTime();
        int beforeStop = streams.written().size();
        long savepointBytes = CommittedSavepoints.size(savepoint);

        // A release whose window has other uids: its state in the savepoint would have no operator to go to.
        String renamed = flink.uploadJar(ClusterJobFixtures.variantJar(
                ClusterJobRun.shadedJar(),
                RenamedWindowTumblingWindowJob.class,
                folder.resolve("tumbling-window-renamed-window.jar")));
        String refusal = refusal(flink, renamed, savepoint, properties);

        ClusterJobRun second = ClusterJobRun.restore(flink, savepoint, properties, TIMEOUT);
        long resumed = System.nanoTime();
        assertThat(flink.restoredFrom(second.job()))
                .as("the savepoint the upgraded job restored")
                .isPresent();
        streams.putRest(ticks);
        second.await("every expected window result written", () -> streams.holdsEveryResult(ticks));
        long restarts = second.settle();
        second.cancel();

        List<String> written = streams.written();
        System.out.printf(
                Locale.ROOT,
                "tumbling-window upgraded through a savepoint: %d ticks, %d expected results, %d written before"
                        + " the stop, %d in the end, %d duplicates %s, %d restarts; stop with savepoint %d ms (%d bytes), RUNNING"
                        + " from it %d ms after the stop, all results %d ms later; renamed window refused: %s%n",
                ticks.count(),
                ticks.expected.size(),
                beforeStop,
                written.size(),
                written.size() - ticks.expected.size(),
                duplicated(written),
                restarts,
                (stopped - stopping) / 1_000_000,
                savepointBytes,
                (resumed - stopped) / 1_000_000,
                second.millisFromRunningToLastResult(),
                refusal.substring(0, Math.min(400, refusal.length())));

        assertThat(refusal)
                .contains("Cannot map checkpoint/savepoint state for operator")
                .contains("allowNonRestoredState")
                .contains(Paths.get(URI.create(savepoint)).getFileName().toString());
        assertThat(beforeStop).as("results written before the stop").isBetween(25, ticks.expected.size() - 1);
        assertThat(restarts).as("restarts of the upgraded job").isZero();
        assertThat(written).as("every window result exactly once").containsExactlyInAnyOrderElementsOf(ticks.expected);
        assertThat(streams.deadLettersWritten()).as("dead letters").isEmpty();
    }

    /**
     * Runs the JAR from the savepoint and returns why it was refused: at submission (HTTP 400 with the
     * cause) or, where the JobManager restores after accepting the job, from the FAILED job's exceptions.
     */
    private static String refusal(FlinkStandaloneCluster flink, String jar, String savepoint, Path properties) {
        JobID job;
        try {
            job = flink.runFromSavepoint(jar, savepoint, false, "--properties", properties.toString());
        } catch (RuntimeException e) {
            return String.valueOf(e.getMessage());
        }
        FlinkStandaloneCluster.await(
                job + " refused", TIMEOUT, () -> flink.status(job).isGloballyTerminalState());
        assertThat(flink.status(job)).as("status of the job whose uids changed").isEqualTo(JobStatus.FAILED);
        return flink.restGet("jobs/" + job + "/exceptions");
    }
}
