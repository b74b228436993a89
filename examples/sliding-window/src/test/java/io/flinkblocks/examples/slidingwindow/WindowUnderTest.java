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

import static io.flinkblocks.examples.slidingwindow.SlidingWindowJob.INPUT_GROUP;
import static io.flinkblocks.examples.slidingwindow.SlidingWindowJob.OUTPUT_GROUP;
import static io.flinkblocks.examples.slidingwindow.SlidingWindowJob.WINDOW_GROUP;

import java.nio.file.Paths;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

import io.flinkblocks.runtime.ApplicationProperties;
import io.flinkblocks.runtime.JobLauncher;
import io.flinkblocks.testing.kinesis.LocalKinesisExtension;
import io.flinkblocks.testing.ticks.BadInputFeed;
import io.flinkblocks.testing.ticks.ExpectedWindowLines;
import io.flinkblocks.testing.ticks.WindowTestTicks;
import io.flinkblocks.testing.ticks.WindowTickFeed;
import io.flinkblocks.testing.windowruns.BadInputRun;
import io.flinkblocks.testing.windowruns.LocalFileRun;
import io.flinkblocks.testing.windowruns.WindowJobUnderTest;

/**
 * The job, its runs and the window of the bad-input tests, on a local and on a real cluster: 2-second windows sliding
 * by 1 second on event time, its settings, the minima it must write for {@link WindowTestTicks} and the
 * dead letter of a late tick.
 */
final class WindowUnderTest {

    static final long SIZE_MS = 2000;
    static final long SLIDE_MS = 1000;
    static final int MAX_PAYLOAD_BYTES = 2048;
    static final String LOCAL_PROPERTIES = "local/flink-application-properties-local.json";

    static final WindowJobUnderTest JOB =
            new WindowJobUnderTest("sliding-window", "minima", INPUT_GROUP, OUTPUT_GROUP, WINDOW_GROUP);

    private WindowUnderTest() {}

    /** The window group: {@link WindowTestTicks#eventTimeWindowGroup}, sliding by {@value #SLIDE_MS} ms. */
    static Map<String, String> eventTimeGroup() {
        Map<String, String> group = WindowTestTicks.eventTimeWindowGroup(SIZE_MS, MAX_PAYLOAD_BYTES);
        group.put("window.slide", SLIDE_MS + "ms");
        return group;
    }

    /** The job end to end with its local properties file, on the test's MiniCluster. */
    static LocalFileRun localFileRun(LocalKinesisExtension kinesis) {
        return new LocalFileRun(JOB, kinesis, WindowUnderTest::localGroups, WindowUnderTest::define);
    }

    private static Map<String, Map<String, String>> localGroups() {
        return ApplicationProperties.fromFile(Paths.get(LOCAL_PROPERTIES)).toGroupMaps();
    }

    /** The {@code ticker,min} lines of each window (by its start) that holds one of the first {@code ticks} good ticks. */
    static ExpectedWindowLines<Double> expectedMinima(int ticks) {
        ExpectedWindowLines<Double> minima = new ExpectedWindowLines<>(Math::min);
        for (int i = 0; i < ticks; i++) {
            long lastStart = Math.floorDiv(WindowTestTicks.timeOf(i), SLIDE_MS) * SLIDE_MS;
            for (long start = lastStart; start > WindowTestTicks.timeOf(i) - SIZE_MS; start -= SLIDE_MS) {
                minima.merge(start, WindowTestTicks.tickerOf(i), WindowTestTicks.priceOf(i));
            }
        }
        return minima;
    }

    /** The payload of a late tick's dead letter: ticker, price, event time, the two windows it missed. */
    static byte[] lateTickLetter(String ticker, LocalDateTime time, double price) {
        long millis = time.toInstant(ZoneOffset.UTC).toEpochMilli();
        long last = Math.floorDiv(millis, SLIDE_MS) * SLIDE_MS;
        return BadInputFeed.lateTick(ticker, "price", price, millis, List.of(last - SLIDE_MS, last), SIZE_MS);
    }

    /** The bad-input run of the job in this window, fed {@code ticks}, due the {@code expected} result lines. */
    static BadInputRun badInputRun(LocalKinesisExtension kinesis, WindowTickFeed ticks, List<String> expected) {
        return new BadInputRun(JOB, eventTimeGroup(), kinesis, ticks, expected);
    }

    /** Defines the job on {@code env} as its {@code main} does, from {@code groups}. */
    static void define(StreamExecutionEnvironment env, Map<String, Map<String, String>> groups) {
        JobLauncher.define(env, ApplicationProperties.of(groups), SlidingWindowJob::build);
    }
}
