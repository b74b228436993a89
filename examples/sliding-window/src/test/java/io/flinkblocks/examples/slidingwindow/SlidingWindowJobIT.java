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
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.flinkblocks.runtime.ApplicationProperties;
import io.flinkblocks.testing.OperatorUidCheck;
import io.flinkblocks.testing.jobs.DevRuns;
import io.flinkblocks.testing.jobs.LocalKinesisMiniCluster;
import io.flinkblocks.testing.jobs.RandomTicks;
import io.flinkblocks.testing.ticks.ExpectedWindowLines;

/**
 * The job end to end with its local properties file, on event time so the expected minima are exact:
 * ticks put into a local Kinesis stream come out of the output stream as one {@code ticker,min} line
 * per ticker and 10-second window sliding by 5 seconds, computed here independently from the ticks
 * put; records that are not stock ticks come out of the dead-letter stream.
 */
class SlidingWindowJobIT {

    private static final LocalDateTime T0 = LocalDateTime.of(2026, 11, 24, 10, 0, 0);
    private static final long SIZE_MS = 10_000;
    private static final long SLIDE_MS = 5_000;

    @RegisterExtension
    static final LocalKinesisMiniCluster LOCAL = LocalKinesisMiniCluster.slots(2);

    @Test
    void findsTheMinimumPricePerTickerInEveryClosedWindowAndRoutesBadRecordsToDeadLetters() throws Exception {
        // 24 s: windows from 09:59:55 to 10:00:20
        List<RandomTicks.Tick> ticks = RandomTicks.random(7, T0, Duration.ofMillis(40), 600);
        ExpectedWindowLines<Double> minima = new ExpectedWindowLines<>(Math::min);
        for (RandomTicks.Tick tick : ticks) {
            long lastStart = lastWindowStart(tick.millis());
            for (long start = lastStart; start > lastStart - SIZE_MS; start -= SLIDE_MS) {
                minima.merge(start, tick.ticker(), tick.price());
            }
        }
        List<String> expected = minima.lines();
        // Records that are not stock ticks must come out as dead letters: the run checks them.
        List<String> written = WindowUnderTest.localFileRun(LOCAL.kinesis()).run(ticks, expected.size());

        assertThat(expected).hasSize(30);
        assertThat(written).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void devPropertiesPrintTheMinimaOfGeneratedTicksAndStopByThemselves() throws Exception {
        Map<String, Map<String, String>> groups =
                ApplicationProperties.fromDevResource(SlidingWindowJob.class).toGroupMaps();
        groups.get(SlidingWindowJob.INPUT_GROUP).putAll(DevRuns.generatorStoppingAfter(300));
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        WindowUnderTest.define(env, groups);
        OperatorUidCheck.assertEveryOperatorHasUid(env);

        List<String> lines =
                DevRuns.printedLines(() -> env.execute("sliding-window-dev"), l -> l.startsWith("ticker,min> "));
        assertThat(lines).isNotEmpty().allMatch(l -> l.matches("ticker,min> (AAPL|AMZN|MSFT|INTC|TBV),\\d+\\.\\d+"));
    }

    /** The start of the last window a time belongs to; it also belongs to the windows that start a slide, two slides, ... earlier. */
    private static long lastWindowStart(long millis) {
        return millis - Math.floorMod(millis, SLIDE_MS);
    }
}
