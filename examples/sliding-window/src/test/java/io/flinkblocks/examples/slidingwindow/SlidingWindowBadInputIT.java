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
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.flinkblocks.testing.flink.LocalFlinkClusterExtension;
import io.flinkblocks.testing.kinesis.LocalKinesisExtension;
import io.flinkblocks.testing.ticks.WindowTickFeed;
import io.flinkblocks.testing.windowruns.BadInputOutcome;

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
        List<String> expected = WindowUnderTest.expectedMinima(TICKS).lines();
        WindowTickFeed ticks = new WindowTickFeed(TICKS, BAD_EVERY, WindowUnderTest.MAX_PAYLOAD_BYTES)
                // Ticks after their windows fired (100 ms after the start, an hour and a day before it), with the
                // lowest prices of all: a late tick counted would change a minimum.
                .late(SlidingWindowJob.WINDOW_NAME, k -> 0.25 * (k + 1), WindowUnderTest::lateTickLetter)
                // Ticks an hour later, on both shards, close every window of the good ticks on both subtasks.
                .closing(40);

        // Two input shards; fifty minima out: event time is past the windows the late ticks belong to.
        BadInputOutcome run = WindowUnderTest.badInputRun(KINESIS, ticks, expected)
                .onLocalCluster(FLINK.cluster(), 2, 50, WindowUnderTest::define, TIMEOUT);

        assertThat(run.written()).hasSize(expected.size()).containsExactlyInAnyOrderElementsOf(expected);
        run.assertOneDeadLetterPerBadRecordAndLateTick(TICKS / BAD_EVERY);
    }
}
