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
import static io.flinkblocks.examples.tumblingwindow.ClusterJobFixtures.groups;
import static io.flinkblocks.examples.tumblingwindow.ClusterJobFixtures.missing;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.flinkblocks.examples.tumblingwindow.ClusterJobFixtures.KinesisStreams;
import io.flinkblocks.examples.tumblingwindow.ClusterJobFixtures.Ticks;
import io.flinkblocks.runtime.ApplicationProperties;
import io.flinkblocks.runtime.JobLauncher;
import io.flinkblocks.testing.FlinkEnvironmentGroups;
import io.flinkblocks.testing.OperatorUidCheck;
import io.flinkblocks.testing.flink.LocalFlinkCluster;
import io.flinkblocks.testing.flink.LocalFlinkClusterExtension;
import io.flinkblocks.testing.flink.LocalJobRun;
import io.flinkblocks.testing.flink.StateBackendUnderTest;
import io.flinkblocks.testing.kinesis.LocalKinesisExtension;
import io.flinkblocks.testing.results.WrittenRecords;

/**
 * The tumbling-window job, local Kinesis (1 shard) to local Kinesis on event time, stopped with a
 * savepoint mid-stream and restarted from it at twice the parallelism, as MSF does on an update or a
 * scaling: the results continue as if no stop had happened. Each ticker gets a different number of
 * ticks in each 10-second window, so every {@code ticker,count} line names one window and ticker; the
 * ticks of the window open at the stop are all read before it, so its counts come out right only
 * from the restored state. On the heap and on RocksDB with incremental checkpoints, as MSF runs the job.
 */
class TumblingWindowRescaleIT {

    @RegisterExtension
    static final LocalKinesisExtension KINESIS = new LocalKinesisExtension();

    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    @RegisterExtension
    static final LocalFlinkClusterExtension FLINK = new LocalFlinkClusterExtension(1, 2);

    @ParameterizedTest
    @EnumSource(StateBackendUnderTest.class)
    void resultsContinueAcrossStopWithSavepointAndDoubleParallelism(
            StateBackendUnderTest backend, @TempDir Path savepoints) throws Exception {
        LocalFlinkCluster flink = FLINK.cluster();
        // One shard: at parallelism 1 a subtask reading two shards would see their ticks interleaved out of order.
        KinesisStreams streams = new KinesisStreams(KINESIS, "Rescale", 1, 2);

        // 12 windows, window w with 50 + 5w + k ticks of ticker k: a different count for every window and
        // ticker; then 40 ticks far past the last window, which move event time past it.
        Ticks ticks = new Ticks(12, 40);
        List<String> expected = ticks.expected;

        LocalJobRun first = streams.startWithFirstResults(
                flink, job(backend, streams, 1), "tumbling-window at parallelism 1", ticks, TIMEOUT);
        long stopping = System.nanoTime();
        String firstBackend = flink.stateBackendName(first.job());
        String savepoint = first.stopWithSavepoint(savepoints);
        int beforeStop = streams.written().size();

        LocalJobRun second = LocalJobRun.restore(
                flink, job(backend, streams, 2), "tumbling-window at parallelism 2", savepoint, TIMEOUT);
        long resumed = System.nanoTime();
        streams.putRest(ticks);
        try {
            second.await("every expected window result written", () -> streams.holdsEveryResult(ticks));
        } catch (AssertionError e) {
            List<String> unexpected = new ArrayList<>(streams.written());
            unexpected.removeAll(expected);
            System.out.printf(
                    "rescaled job: %d results written, %d before the stop, missing %s, unexpected %s%n",
                    streams.written().size(), beforeStop, missing(expected, streams.written()), unexpected);
            throw e;
        }
        // Two more checkpoints flush whatever a duplicate still on its way would be.
        int restarts = second.settle();
        String secondBackend = flink.stateBackendName(second.job());
        second.cancel();

        List<String> written = streams.written();
        Map<String, Long> duplicated = duplicated(written);
        long duplicates = WrittenRecords.of(written).duplicates();
        System.out.printf(
                Locale.ROOT,
                "tumbling-window rescaled 1 -> 2 through a savepoint on %s: %d ticks, %d expected results, %d written"
                        + " before the stop, %d in the end, %d duplicates %s, %d restarts, stop and restore %d ms, all results %d ms after%n",
                backend,
                ticks.count(),
                expected.size(),
                beforeStop,
                written.size(),
                duplicates,
                duplicated,
                restarts,
                (resumed - stopping) / 1_000_000,
                second.millisFrom(resumed));

        assertThat(firstBackend).as("state backend of the job at parallelism 1").isEqualTo(backend.stateBackendName());
        assertThat(secondBackend).as("state backend of the restored job").isEqualTo(backend.stateBackendName());
        assertThat(expected).hasSize(60).doesNotHaveDuplicates();
        assertThat(beforeStop).as("results written before the stop").isBetween(1, expected.size() - 1);
        assertThat(restarts).as("restarts of the rescaled job").isZero();
        assertThat(written).as("every window result exactly once").containsExactlyInAnyOrderElementsOf(expected);
        assertThat(streams.deadLettersWritten()).as("dead letters").isEmpty();
    }

    /** The job as it ships, on {@code backend} at {@code parallelism}, pointed at {@code streams}; each operator has a uid. */
    private static StreamExecutionEnvironment job(
            StateBackendUnderTest backend, KinesisStreams streams, int parallelism) {
        Map<String, Map<String, String>> groups = streams.groups(FlinkEnvironmentGroups.failureRun(parallelism));
        // At parallelism 2 one source subtask has no shard: idle, it must not hold event time back.
        groups.get(TumblingWindowJob.WINDOW_GROUP).put("watermark.idleness", "1s");
        StreamExecutionEnvironment env = backend.applyTo(StreamExecutionEnvironment.getExecutionEnvironment());
        JobLauncher.define(env, ApplicationProperties.of(groups), TumblingWindowJob::build);
        OperatorUidCheck.assertEveryOperatorHasUid(env);
        return env;
    }
}
