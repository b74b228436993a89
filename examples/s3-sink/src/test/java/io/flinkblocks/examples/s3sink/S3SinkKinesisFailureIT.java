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

import static io.flinkblocks.examples.s3sink.CommittedCounts.committedLines;
import static io.flinkblocks.examples.s3sink.CommittedCounts.committedObjects;
import static io.flinkblocks.examples.s3sink.CommittedCounts.countsList;
import static io.flinkblocks.examples.s3sink.CommittedCounts.countsOf;
import static io.flinkblocks.examples.s3sink.S3SinkFailureFixtures.MINUTES;
import static io.flinkblocks.examples.s3sink.S3SinkFailureFixtures.RECORDS;
import static io.flinkblocks.examples.s3sink.S3SinkFailureFixtures.START;
import static io.flinkblocks.examples.s3sink.S3SinkFailureFixtures.TICKERS;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.flinkblocks.runtime.ApplicationProperties;
import io.flinkblocks.runtime.JobLauncher;
import io.flinkblocks.testing.FlinkEnvironmentGroups;
import io.flinkblocks.testing.OperatorUidCheck;
import io.flinkblocks.testing.flink.FailOnce;
import io.flinkblocks.testing.flink.FailOnceSourceEnvironment;
import io.flinkblocks.testing.flink.LocalFlinkClusterExtension;
import io.flinkblocks.testing.flink.LocalJobRun;
import io.flinkblocks.testing.kinesis.LocalKinesisExtension;
import io.flinkblocks.testing.s3.LocalS3;
import io.flinkblocks.testing.s3.LocalS3Extension;
import io.flinkblocks.testing.ticks.TickJson;
import io.flinkblocks.testing.ticks.TickWindowGroups;

/**
 * The s3-sink job reading local Kinesis (two shards) and losing one of its two task managers
 * mid-stream, or with its source operator failing once after half the input: the committed objects in S3 hold each expected per-minute count exactly once. 10 000
 * ticks, 100 a minute of event time and 20 per ticker, give 5 counts of 20 for each of 100 minutes;
 * ticks hours later, on both shards, move event time past the last minute on every source subtask, so
 * the set of counts is known exactly. Part files are committed on checkpoints only, and a restart
 * resumes from the last checkpoint: the source rewinds to its shard positions, the in-progress part
 * files to their state, so no count is lost and none appears twice.
 */
class S3SinkKinesisFailureIT {

    @RegisterExtension
    static final LocalKinesisExtension KINESIS = new LocalKinesisExtension();

    @RegisterExtension
    static final LocalS3Extension S3 = new LocalS3Extension();

    @RegisterExtension
    static final LocalFlinkClusterExtension FLINK = S3SinkFailureFixtures.clusterWritingTo(S3);

    private static final Duration TIMEOUT = Duration.ofSeconds(120);
    private static final int FAIL_AT = RECORDS * 6 / 10;
    private static final List<String> LINES = S3SinkFailureFixtures.ticks();
    /** Ticks three hours later, spread over both shards: every minute above closes on every subtask. */
    private static final List<String> CLOSING = IntStream.range(0, 40)
            .mapToObj(i -> TickJson.of(START.plusHours(3).plusNanos(1_000_000L * i), TICKERS[i % TICKERS.length], 1.0))
            .collect(Collectors.toList());
    /** "ticker@windowStart=count": 5 tickers x 100 minutes, each count 20. */
    private static final Set<String> EXPECTED = S3SinkFailureFixtures.fullMinutes(MINUTES);

    @Test
    void losingATaskManagerMidStreamWritesEveryCountExactlyOnce(LocalS3 s3) throws Exception {
        String bucket = s3.bucket("s3-sink-kinesis-failure");
        String input = KINESIS.createStream("S3FailureInput", 2);
        LocalJobRun run = startWithFirstCountsCommitted(
                StreamExecutionEnvironment.getExecutionEnvironment(),
                "s3-sink from Kinesis losing a task manager",
                input,
                s3,
                bucket);
        int beforeKill = committedLines(s3, bucket).size();
        long killed = System.nanoTime();
        FLINK.cluster().replaceTaskManager(0);
        putSecondHalfAndClosingTicks(input);
        List<String> counts = awaitEveryCount(s3, bucket, run, "losing a task manager", beforeKill, killed);
        int restarts = FLINK.cluster().restarts(run.job());
        run.cancel();

        assertThat(restarts).as("restarts after the task manager was lost").isGreaterThanOrEqualTo(1);
        assertEveryCountOnce(counts);
    }

    /**
     * The job as it ships, its source operator throwing once as it emits tick 6 000 of 10 000
     * ({@link FailOnceSourceEnvironment}): the first half read and its first counts committed before the second half is put.
     * One restart from the last completed checkpoint; each expected count committed exactly once.
     */
    @Test
    void anOperatorFailingOnceAfterHalfTheInputWritesEveryCountExactlyOnce(LocalS3 s3) throws Exception {
        String bucket = s3.bucket("s3-sink-kinesis-operator-failure");
        String input = KINESIS.createStream("S3OperatorFailureInput", 2);
        FailOnce.arm(FAIL_AT);
        LocalJobRun run = startWithFirstCountsCommitted(
                new FailOnceSourceEnvironment(),
                "s3-sink from Kinesis with an operator failing once",
                input,
                s3,
                bucket);
        int beforeFailure = committedLines(s3, bucket).size();
        assertThat(FailOnce.failures())
                .as("failures before the second half is read")
                .isZero();
        putSecondHalfAndClosingTicks(input);
        run.await("the injected failure", () -> FailOnce.failures() == 1);
        long failed = System.nanoTime();
        List<String> counts =
                awaitEveryCount(s3, bucket, run, "an operator failing once at tick " + FAIL_AT, beforeFailure, failed);
        int restarts = FLINK.cluster().restarts(run.job());
        run.cancel();

        assertThat(FailOnce.failures()).as("injected failures").isEqualTo(1);
        assertThat(restarts).as("restarts").isEqualTo(1);
        assertEveryCountOnce(counts);
    }

    /**
     * Starts the job as it ships on {@code env} (each operator with a uid), reading {@code input}, puts the first
     * half of the ticks and returns once counts are committed to {@code bucket}.
     */
    private static LocalJobRun startWithFirstCountsCommitted(
            StreamExecutionEnvironment env, String name, String input, LocalS3 s3, String bucket) throws Exception {
        JobLauncher.define(env, properties(input, bucket), S3SinkJob::build);
        OperatorUidCheck.assertEveryOperatorHasUid(env);
        LocalJobRun run = LocalJobRun.start(FLINK.cluster(), env, name, TIMEOUT);
        KINESIS.putStrings(input, LINES.subList(0, RECORDS / 2));
        run.await(
                "committed counts of the first half",
                () -> !committedLines(s3, bucket).isEmpty());
        return run;
    }

    /** The second half of the ticks, then the ticks that close every minute. */
    private static void putSecondHalfAndClosingTicks(String input) {
        KINESIS.putStrings(input, LINES.subList(RECORDS / 2, RECORDS));
        KINESIS.putStrings(input, CLOSING);
    }

    /** Waits for every expected count, then two more checkpoints, prints the figures and returns the committed counts. */
    private static List<String> awaitEveryCount(
            LocalS3 s3, String bucket, LocalJobRun run, String scenario, int beforeFault, long faulted) {
        run.await(
                "every expected count committed",
                () -> countsOf(committedLines(s3, bucket)).containsAll(EXPECTED));
        // Two more checkpoints commit whatever a duplicate would have been written into.
        int restarts = run.settle();
        List<String> committed = committedLines(s3, bucket);
        System.out.printf(
                "s3-sink from Kinesis, %s: %d counts committed before the fault, %d in the end, %d objects,"
                        + " every expected count %d ms after the fault, %d restarts%n",
                scenario,
                beforeFault,
                committed.size(),
                committedObjects(s3, bucket).size(),
                run.millisFrom(faulted),
                restarts);
        return countsList(committed);
    }

    private static void assertEveryCountOnce(List<String> counts) {
        S3SinkFailureFixtures.assertEachCountOnceAndFull(counts);
        assertThat(EXPECTED).hasSize(500);
        assertThat(counts).containsExactlyInAnyOrderElementsOf(EXPECTED);
    }

    private static ApplicationProperties properties(String input, String bucket) {
        return ApplicationProperties.of(Map.of(
                FlinkEnvironmentGroups.GROUP,
                FlinkEnvironmentGroups.failureRun(2),
                "InputStream0",
                KINESIS.sourceProperties(input),
                "Window",
                TickWindowGroups.eventTimeInOrder(),
                "S3Sink",
                S3SinkFailureFixtures.sinkGroup(bucket)));
    }
}
