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
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import io.flinkblocks.testing.cluster.FlinkClusterExtension;
import io.flinkblocks.testing.cluster.FlinkStandaloneCluster;
import io.flinkblocks.testing.kinesis.LocalKinesisExtension;
import io.flinkblocks.testing.ticks.BadRecordCorpus;
import io.flinkblocks.testing.ticks.ExpectedWindowLines;
import io.flinkblocks.testing.ticks.WindowTickFeed;
import io.flinkblocks.testing.windowruns.BadInputOutcome;

/**
 * The shaded JAR on a real session cluster, as MSF runs it (uploaded and run through REST with a
 * {@code --properties} file, RocksDB with incremental checkpoints), on event time
 * ({@code window.time=event}), from a local Kinesis stream holding good ticks, every 7th out of order
 * within the watermark bound, a bad record of each kind after every {@value #BAD_EVERY} good ticks and
 * three ticks that come after their windows fired, with the lowest prices of all: the {@code ticker,min}
 * lines of the 2-second windows sliding by 1 second equal those computed from the good ticks, each once; the dead-letter stream holds one dead letter per bad record with its
 * reason, operator and original bytes, and one per late tick (reason {@code LATE}); 0 restarts.
 */
class SlidingWindowClusterIT {

    @RegisterExtension
    static final LocalKinesisExtension KINESIS = new LocalKinesisExtension();

    @RegisterExtension
    static final FlinkClusterExtension FLINK = new FlinkClusterExtension();

    private static final int TICKS = 200;
    /** One bad record after every this many good ticks, cycling through the corpus (19 kinds). */
    private static final int BAD_EVERY = 10;

    private static final Duration TIMEOUT = Duration.ofMinutes(3);

    @Test
    void minimaEqualThoseOfTheGoodTicksAndEveryBadRecordIsADeadLetter(
            FlinkStandaloneCluster flink, @TempDir Path folder) throws Exception {
        ExpectedWindowLines<Double> minima = WindowUnderTest.expectedMinima(TICKS);
        List<String> expected = minima.lines();
        WindowTickFeed ticks = new WindowTickFeed(TICKS, BAD_EVERY, WindowUnderTest.MAX_PAYLOAD_BYTES)
                // Ticks after their windows fired (100 ms after the start, an hour and a day before it), with the
                // lowest prices of all: a late tick counted would change a minimum.
                .late(SlidingWindowJob.WINDOW_NAME, k -> 0.25 * (k + 1), WindowUnderTest::lateTickLetter)
                // Ticks an hour later close every window of the good ticks.
                .closing(5);

        // Once the minima of every window up to the last one of the first late tick (starting at 0) are out, it has
        // fired.
        BadInputOutcome run = WindowUnderTest.badInputRun(KINESIS, ticks, expected)
                .onCluster(flink, folder, minima.linesUpTo(0), TIMEOUT);

        assertThat(run.written()).hasSize(expected.size()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(Set.copyOf(ticks.feed().badReasons()))
                .as("every kind of bad record")
                .hasSize(BadRecordCorpus.REASONS);
        run.assertOneDeadLetterPerBadRecordAndLateTick(TICKS / BAD_EVERY);
    }
}
