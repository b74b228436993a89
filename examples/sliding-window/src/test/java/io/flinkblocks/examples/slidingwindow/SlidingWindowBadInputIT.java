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

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.flink.api.common.JobID;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.flinkblocks.runtime.ApplicationProperties;
import io.flinkblocks.runtime.JobLauncher;
import io.flinkblocks.testing.FlinkEnvironmentGroups;
import io.flinkblocks.testing.OperatorUidCheck;
import io.flinkblocks.testing.flink.LocalFlinkCluster;
import io.flinkblocks.testing.flink.LocalFlinkClusterExtension;
import io.flinkblocks.testing.kinesis.LocalKinesisExtension;
import io.flinkblocks.testing.results.BadInputRunReport;
import io.flinkblocks.testing.results.WrittenDeadLetters;
import io.flinkblocks.testing.ticks.WindowTickFeed;

/**
 * The sliding-window job as shipped, from local Kinesis on event time, fed good ticks mixed with a
 * corpus of bad records (malformed JSON, wrong types, missing fields, empty, non-UTF-8, oversize,
 * invalid values), out-of-order ticks within the watermark bound, and ticks that arrive after their
 * windows fired: the minimum prices per ticker over 2-second windows sliding by 1 second equal those
 * over the good ticks alone, and the dead-letter stream holds exactly one dead letter per bad record,
 * with its reason and its original bytes (Base64 for the records that are not UTF-8), and one per late
 * tick (reason {@code LATE}, naming the two windows it missed); the job never restarts.
 *
 * <p>On the heap only. Parsing does not depend on the state backend; the window's state and late
 * records do, and on RocksDB with incremental checkpoints they are tested by {@code BadInputIT}
 * (reliability-tests: the same blocks, a tumbling and a two-phase sliding window) and, for this job,
 * by {@code SlidingWindowClusterIT} on a real cluster.
 */
class SlidingWindowBadInputIT {

    @RegisterExtension
    static final LocalKinesisExtension KINESIS = new LocalKinesisExtension();

    private static final int TICKS = 2000;
    /** One bad record after every this many good ticks, cycling through the corpus. */
    private static final int BAD_EVERY = 20;

    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    @RegisterExtension
    static final LocalFlinkClusterExtension FLINK = new LocalFlinkClusterExtension(1, 2);

    @Test
    void minimaEqualThoseOfTheGoodTicksAndEveryBadRecordIsADeadLetter() throws Exception {
        LocalFlinkCluster flink = FLINK.cluster();
        String input = KINESIS.createStream("BadInput", 2);
        String output = KINESIS.createStream("BadInputMinima", 1);
        String deadLetters = KINESIS.createStream("BadInputDeadLetters", 1);

        WindowTickFeed ticks = new WindowTickFeed(TICKS, BAD_EVERY, WindowUnderTest.MAX_PAYLOAD_BYTES)
                // Ticks after their windows fired (100 ms after the start, an hour and a day before it), with the
                // lowest prices of all: a late tick counted would change a minimum.
                .late(SlidingWindowJob.WINDOW_NAME, k -> 0.25 * (k + 1), WindowUnderTest::lateTickLetter)
                // Ticks an hour later, on both shards, close every window of the good ticks on both subtasks.
                .closing(40);
        List<String> expected = WindowUnderTest.expectedMinima(TICKS).lines();

        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        JobLauncher.define(env, properties(input, output, deadLetters), SlidingWindowJob::build);
        OperatorUidCheck.assertEveryOperatorHasUid(env);

        long started = System.nanoTime();
        JobID job = flink.submit(env, "sliding-window with bad input");
        flink.awaitAllTasksRunning(job, TIMEOUT);
        KINESIS.kinesis().putRecords(input, ticks.firstHalf());
        // Fifty minima out: event time is past the windows the late ticks belong to.
        LocalFlinkCluster.await("first minima", TIMEOUT, () -> KINESIS.holdsAtLeast(output, 50));
        KINESIS.kinesis().putRecords(input, ticks.afterFirstHalf());
        LocalFlinkCluster.await(
                "every minimum and dead letter",
                TIMEOUT,
                () -> KINESIS.holdsAtLeast(output, expected.size())
                        && KINESIS.holdsAtLeast(
                                deadLetters, ticks.feed().expectedLetters().size()));
        long done = System.nanoTime();
        // Two more checkpoints: anything beyond the expected output would have been written by then.
        flink.awaitCheckpointsAfter(job, flink.completedCheckpoints(job), 2, TIMEOUT);
        int restarts = flink.restarts(job);
        flink.cancel(job);

        WrittenDeadLetters letters = WrittenDeadLetters.read(KINESIS.readAllStrings(deadLetters));
        List<String> written = KINESIS.readAllStrings(output);
        List<String> badReasons = ticks.feed().badReasons();
        new BadInputRunReport("sliding-window bad input", ticks, letters)
                .print("minima", written.size(), expected.size(), restarts, (done - started) / 1_000_000);

        assertThat(restarts).as("restarts").isZero();
        assertThat(written).hasSize(expected.size()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(badReasons).hasSize(TICKS / BAD_EVERY);
        assertThat(ticks.feed().expectedLetters()).hasSize(badReasons.size() + ticks.lateTicks());
        assertThat(letters.letters())
                .as("dead letters: reason, operator and payload of each")
                .hasSize(ticks.feed().expectedLetters().size())
                .containsExactlyInAnyOrderElementsOf(ticks.feed().expectedLetters());
    }

    private static ApplicationProperties properties(String input, String output, String deadLetters) {
        Map<String, Map<String, String>> groups = new HashMap<>();
        groups.put(FlinkEnvironmentGroups.GROUP, FlinkEnvironmentGroups.failureRun(2));
        groups.put(SlidingWindowJob.INPUT_GROUP, KINESIS.sourceProperties(input));
        groups.put(SlidingWindowJob.OUTPUT_GROUP, KINESIS.sinkProperties(output));
        groups.put(SlidingWindowJob.WINDOW_GROUP, WindowUnderTest.eventTimeGroup());
        groups.put("DeadLetters", KINESIS.sinkProperties(deadLetters));
        return ApplicationProperties.of(groups);
    }
}
