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
package io.flinkblocks.testing.windowruns;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.flink.annotation.PublicEvolving;
import org.apache.flink.api.common.JobID;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

import io.flinkblocks.testing.ApplicationPropertiesFile;
import io.flinkblocks.testing.FlinkEnvironmentGroups;
import io.flinkblocks.testing.OperatorUidCheck;
import io.flinkblocks.testing.cluster.ClusterJobRun;
import io.flinkblocks.testing.cluster.FlinkStandaloneCluster;
import io.flinkblocks.testing.flink.LocalFlinkCluster;
import io.flinkblocks.testing.kinesis.LocalKinesisExtension;
import io.flinkblocks.testing.results.BadInputRunReport;
import io.flinkblocks.testing.results.WrittenDeadLetters;
import io.flinkblocks.testing.ticks.WindowTickFeed;

/**
 * A window job's run on bad input, from local Kinesis streams to local Kinesis streams: the first half
 * of {@code ticks} in, then, once the first results are out (event time is past the windows of the late
 * ticks), the late ticks, the second half and the closing ticks; the run ends when every expected
 * result and dead letter is out and two more checkpoints have completed (anything beyond the expected
 * output would have been written by then). It prints a {@link BadInputRunReport}, fails if the job
 * restarted (bad input is never a reason to), and gives what was written, for the test's assertions.
 *
 * <pre>{@code
 * BadInputOutcome run = new BadInputRun(JOB, WindowUnderTest.eventTimeGroup(), KINESIS, ticks, expected)
 *         .onCluster(flink, folder, firstResults, TIMEOUT);
 * run.assertOneDeadLetterPerBadRecordAndLateTick(badRecords);
 * assertThat(run.written()).containsExactlyInAnyOrderElementsOf(expected);
 * }</pre>
 */
@PublicEvolving
public final class BadInputRun {

    private final WindowJobUnderTest job;
    private final Map<String, String> window;
    private final LocalKinesisExtension kinesis;
    private final WindowTickFeed ticks;
    private final List<String> expected;

    /** {@code job} with the window group {@code window}, fed {@code ticks}, due the {@code expected} result lines. */
    public BadInputRun(
            WindowJobUnderTest job,
            Map<String, String> window,
            LocalKinesisExtension kinesis,
            WindowTickFeed ticks,
            List<String> expected) {
        this.job = job;
        this.window = window;
        this.kinesis = kinesis;
        this.ticks = ticks;
        this.expected = expected;
    }

    /** Defines the job on an environment from its property groups, as the job's {@code main} would. */
    @FunctionalInterface
    public interface JobFromGroups {
        void define(StreamExecutionEnvironment env, Map<String, Map<String, String>> groups) throws Exception;
    }

    /**
     * Runs the job, as {@code definition} defines it (every operator with a uid: {@link OperatorUidCheck}),
     * on a local cluster at parallelism 2 ({@link FlinkEnvironmentGroups#failureRun}), reading
     * {@code inputShards} shards; the late ticks go in once {@code firstResults} results are out.
     */
    public BadInputOutcome onLocalCluster(
            LocalFlinkCluster flink, int inputShards, long firstResults, JobFromGroups definition, Duration timeout)
            throws Exception {
        String input = kinesis.createStream("BadInput", inputShards);
        String output = kinesis.createStream("BadInputResults", 1);
        String deadLetters = kinesis.createStream("BadInputDeadLetters", 1);
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        definition.define(
                env,
                job.groups(
                        FlinkEnvironmentGroups.failureRun(2),
                        kinesis.sourceProperties(input),
                        kinesis.sinkProperties(output),
                        window,
                        kinesis.sinkProperties(deadLetters)));
        OperatorUidCheck.assertEveryOperatorHasUid(env);

        long started = System.nanoTime();
        JobID run = flink.submit(env, job.name() + " with bad input");
        flink.awaitAllTasksRunning(run, timeout);
        kinesis.kinesis().putRecords(input, ticks.firstHalf());
        LocalFlinkCluster.await(
                "the first " + job.results(), timeout, () -> kinesis.holdsAtLeast(output, firstResults));
        kinesis.kinesis().putRecords(input, ticks.afterFirstHalf());
        LocalFlinkCluster.await("every result and dead letter", timeout, () -> allWritten(output, deadLetters));
        long millis = (System.nanoTime() - started) / 1_000_000;
        flink.awaitCheckpointsAfter(run, flink.completedCheckpoints(run), 2, timeout);
        int restarts = flink.restarts(run);
        flink.cancel(run);
        return outcome(job.name() + " bad input", output, deadLetters, restarts, millis);
    }

    /**
     * Runs the shaded JAR on a real cluster ({@link ClusterJobRun}, {@link FlinkEnvironmentGroups#clusterRun},
     * the quick Kinesis sinks) from a properties file in {@code folder}, reading one shard; the late ticks
     * go in once {@code firstResults} results are out.
     */
    public BadInputOutcome onCluster(FlinkStandaloneCluster flink, Path folder, long firstResults, Duration timeout) {
        String input = kinesis.createStream("ClusterTicks", 1);
        String output = kinesis.createStream("ClusterResults", 1);
        String deadLetters = kinesis.createStream("ClusterDeadLetters", 1);
        Path properties = ApplicationPropertiesFile.write(
                folder.resolve("application_properties.json"),
                job.groups(
                        FlinkEnvironmentGroups.clusterRun(),
                        kinesis.sourceProperties(input),
                        kinesis.quickSinkProperties(output),
                        window,
                        kinesis.quickSinkProperties(deadLetters)));

        ClusterJobRun run = ClusterJobRun.start(flink, properties, timeout);
        kinesis.kinesis().putRecords(input, ticks.firstHalf());
        run.await("the first " + job.results(), () -> kinesis.holdsAtLeast(output, firstResults));
        kinesis.kinesis().putRecords(input, ticks.afterFirstHalf());
        run.await("every result and dead letter", () -> allWritten(output, deadLetters));
        long restarts = run.settle();
        run.cancel();
        return outcome(job.name() + " on a cluster", output, deadLetters, restarts, run.millisToLastResult());
    }

    private boolean allWritten(String output, String deadLetters) {
        return kinesis.holdsAtLeast(output, expected.size())
                && kinesis.holdsAtLeast(
                        deadLetters, ticks.feed().expectedLetters().size());
    }

    private BadInputOutcome outcome(String run, String output, String deadLetters, long restarts, long millis) {
        WrittenDeadLetters letters = WrittenDeadLetters.read(kinesis.readAllStrings(deadLetters));
        List<String> written = kinesis.readAllStrings(output);
        new BadInputRunReport(run, ticks, letters)
                .print(job.results(), written.size(), expected.size(), restarts, millis);
        if (restarts != 0) {
            throw new AssertionError(run + ": the job restarted " + restarts + " times; bad input must not restart it");
        }
        return new BadInputOutcome(ticks, written, letters);
    }
}
