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
 * The job end to end with its local properties file, on event time so the expected counts are exact:
 * ticks put into a local Kinesis stream come out of the output stream as one {@code ticker,count}
 * line per ticker and 10-second window, counted here independently from the ticks put; records that
 * are not stock ticks come out of the dead-letter stream.
 */
class TumblingWindowJobIT {

    private static final LocalDateTime T0 = LocalDateTime.of(2026, 11, 24, 10, 0, 0);
    private static final long SIZE_MS = 10_000;

    @RegisterExtension
    static final LocalKinesisMiniCluster LOCAL = LocalKinesisMiniCluster.slots(2);

    @Test
    void countsTicksPerTickerInEveryClosedWindowAndRoutesBadRecordsToDeadLetters() throws Exception {
        // 24 s: windows 10:00:00, :10 and :20
        List<RandomTicks.Tick> ticks = RandomTicks.random(7, T0, Duration.ofMillis(40), 600);
        ExpectedWindowLines<Long> counts = new ExpectedWindowLines<>(Long::sum);
        for (RandomTicks.Tick tick : ticks) {
            counts.merge(windowStart(tick.millis()), tick.ticker(), 1L);
        }
        List<String> expected = counts.lines();
        // Records that are not stock ticks must come out as dead letters: the run checks them.
        List<String> written = WindowUnderTest.localFileRun(LOCAL.kinesis()).run(ticks, expected.size());

        assertThat(expected).hasSize(15);
        assertThat(written).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void devPropertiesCountEveryGeneratedTickOnceAndStopByThemselves() throws Exception {
        Map<String, Map<String, String>> groups =
                ApplicationProperties.fromDevResource(TumblingWindowJob.class).toGroupMaps();
        groups.get(TumblingWindowJob.INPUT_GROUP).putAll(DevRuns.generatorStoppingAfter(300));
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        WindowUnderTest.define(env, groups);
        OperatorUidCheck.assertEveryOperatorHasUid(env);

        List<String> lines =
                DevRuns.printedLines(() -> env.execute("tumbling-window-dev"), l -> l.startsWith("ticker,count> "));
        assertThat(lines).isNotEmpty().allMatch(l -> l.matches("ticker,count> (AAPL|AMZN|MSFT|INTC|TBV),\\d+"));
        assertThat(lines.stream()
                        .mapToLong(l -> Long.parseLong(l.substring(l.lastIndexOf(',') + 1)))
                        .sum())
                .as("every generated tick counted once")
                .isEqualTo(300);
    }

    private static long windowStart(long millis) {
        return millis - Math.floorMod(millis, SIZE_MS);
    }
}
