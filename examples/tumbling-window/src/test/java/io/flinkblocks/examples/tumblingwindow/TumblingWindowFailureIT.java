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

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.flinkblocks.examples.tumblingwindow.ClusterJobFixtures.KinesisStreams;
import io.flinkblocks.examples.tumblingwindow.ClusterJobFixtures.Ticks;
import io.flinkblocks.runtime.ApplicationProperties;
import io.flinkblocks.runtime.JobLauncher;
import io.flinkblocks.testing.FlinkEnvironmentGroups;
import io.flinkblocks.testing.OperatorUidCheck;
import io.flinkblocks.testing.flink.FailOnce;
import io.flinkblocks.testing.flink.FailOnceSourceEnvironment;
import io.flinkblocks.testing.flink.LocalFlinkCluster;
import io.flinkblocks.testing.flink.LocalFlinkClusterExtension;
import io.flinkblocks.testing.flink.LocalJobRun;
import io.flinkblocks.testing.flink.StateBackendUnderTest;
import io.flinkblocks.testing.kinesis.LocalKinesisExtension;
import io.flinkblocks.testing.results.WrittenRecords;

/**
 * The tumbling-window job, local Kinesis to local Kinesis on event time, losing one of its two task
 * managers mid-stream, or with its source operator failing once after half the input. Each ticker gets a different number of ticks in each 10-second window, so every
 * {@code ticker,count} line names one window and ticker: all expected lines must be in the output
 * stream, and as the Kinesis sink is at least once, lines written again after the restart are counted
 * and printed, and must be exact copies of expected lines.
 *
 * <p>The lost task manager runs on the heap and on RocksDB with incremental checkpoints, as MSF runs
 * the job: the restarted subtasks restore the open windows from the last checkpoint, one of them on a
 * new task manager, the other in place. The failing source restarts the same way on the heap only;
 * {@code WindowJobFailureIT} (reliability-tests) fails an operator of a window job on both backends.
 */
class TumblingWindowFailureIT {

    @RegisterExtension
    static final LocalKinesisExtension KINESIS = new LocalKinesisExtension();

    private static final int WINDOWS = 12;
    /** Ticks far past the last window, spread over both shards, move event time past it on every subtask. */
    private static final int CLOSING_TICKS = 40;

    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    // One slot per task manager and parallelism 2: each task manager runs half of the job.
    @RegisterExtension
    static final LocalFlinkClusterExtension FLINK = new LocalFlinkClusterExtension(2, 1);

    @ParameterizedTest
    @EnumSource(StateBackendUnderTest.class)
    void losingATaskManagerMidStreamLosesNoWindowResult(StateBackendUnderTest backend) throws Exception {
        LocalFlinkCluster flink = FLINK.cluster();
        KinesisStreams streams = new KinesisStreams(KINESIS, "Failure", 2, 2);
        Ticks ticks = new Ticks(WINDOWS, CLOSING_TICKS);

        StreamExecutionEnvironment env = backend.applyTo(StreamExecutionEnvironment.getExecutionEnvironment());
        JobLauncher.define(env, properties(streams), TumblingWindowJob::build);
        OperatorUidCheck.assertEveryOperatorHasUid(env);

        LocalJobRun run = streams.startWithFirstResults(
                flink, env, "tumbling-window losing a task manager, " + backend, ticks, TIMEOUT);
        int beforeKill = streams.written().size();
        long killed = System.nanoTime();
        flink.replaceTaskManager(0);
        streams.putRest(ticks);
        run.await("every expected window result written", () -> streams.holdsEveryResult(ticks));
        // Two more checkpoints flush whatever a duplicate still on its way would be.
        int restarts = run.settle();
        String stateBackend = flink.stateBackendName(run.job());
        run.cancel();

        List<String> written = streams.written();
        long duplicates = report(
                "losing a task manager on " + backend,
                ticks,
                written,
                beforeKill,
                restarts,
                run.millisFrom(killed),
                run.millisToLastResult());

        assertThat(stateBackend).as("the job's state backend").isEqualTo(backend.stateBackendName());
        assertThat(restarts).as("restarts after the task manager was lost").isGreaterThanOrEqualTo(1);
        assertEveryResultPresent(ticks, written, duplicates);
        assertThat(streams.deadLettersWritten()).as("dead letters").isEmpty();
    }

    /**
     * The job as it ships, its source operator throwing once as it emits the tick that is half of all
     * the input ({@link FailOnceSourceEnvironment}) (the first half read and its first results written before the
     * second half is put): one restart from the last completed checkpoint, every expected result in
     * the output, the duplicates of the at-least-once sink counted and printed.
     */
    @Test
    void anOperatorFailingOnceAfterHalfTheInputLosesNoWindowResult() throws Exception {
        LocalFlinkCluster flink = FLINK.cluster();
        KinesisStreams streams = new KinesisStreams(KINESIS, "OperatorFailure", 2, 2);
        Ticks ticks = new Ticks(WINDOWS, CLOSING_TICKS);
        int failAt = ticks.count() / 2;
        FailOnce.arm(failAt);

        StreamExecutionEnvironment env = new FailOnceSourceEnvironment();
        JobLauncher.define(env, properties(streams), TumblingWindowJob::build);
        OperatorUidCheck.assertEveryOperatorHasUid(env);

        LocalJobRun run = streams.startWithFirstResults(
                flink, env, "tumbling-window with an operator failing once", ticks, TIMEOUT);
        int beforeFailure = streams.written().size();
        assertThat(FailOnce.failures())
                .as("failures before the second half is read")
                .isZero();
        streams.putRest(ticks);
        run.await("the injected failure", () -> FailOnce.failures() == 1);
        long failed = System.nanoTime();
        run.await("every expected window result written", () -> streams.holdsEveryResult(ticks));
        int restarts = run.settle();
        run.cancel();

        List<String> written = streams.written();
        long duplicates = report(
                "an operator failing once at tick " + failAt,
                ticks,
                written,
                beforeFailure,
                restarts,
                run.millisFrom(failed),
                run.millisToLastResult());

        assertThat(FailOnce.failures()).as("injected failures").isEqualTo(1);
        assertThat(restarts).as("restarts").isEqualTo(1);
        assertEveryResultPresent(ticks, written, duplicates);
        assertThat(streams.deadLettersWritten()).as("dead letters").isEmpty();
    }

    /** Prints what was written and returns the number of duplicates (lines written more than once). */
    private static long report(
            String scenario,
            Ticks ticks,
            List<String> written,
            int beforeFault,
            int restarts,
            long recoveryMillis,
            long totalMillis) {
        Map<String, Long> duplicated = duplicated(written);
        long duplicates = WrittenRecords.of(written).duplicates();
        System.out.printf(
                Locale.ROOT,
                "tumbling-window %s: %d ticks, %d expected results, %d written before the fault, "
                        + "%d written in the end, %d duplicates %s, %d restarts, all results %d ms after the fault, %d ms in all%n",
                scenario,
                ticks.count(),
                ticks.expected.size(),
                beforeFault,
                written.size(),
                duplicates,
                duplicated,
                restarts,
                recoveryMillis,
                totalMillis);
        return duplicates;
    }

    private static void assertEveryResultPresent(Ticks ticks, List<String> written, long duplicates) {
        assertThat(ticks.expected).hasSize(60).doesNotHaveDuplicates();
        assertThat(missing(ticks.expected, written))
                .as("missing window results")
                .isEmpty();
        assertThat(new TreeSet<>(written))
                .as("every line written, duplicates included, is an expected result")
                .isSubsetOf(ticks.expected);
        assertThat(written).hasSize(ticks.expected.size() + (int) duplicates);
    }

    private static ApplicationProperties properties(KinesisStreams streams) {
        return ApplicationProperties.of(streams.groups(FlinkEnvironmentGroups.failureRun(2)));
    }
}
