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
package io.flinkblocks.testing.ticks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class WindowTestTicksTest {

    @Test
    void everySeventhTickIsOutOfOrderWithinTwoSeconds() {
        assertThat(IntStream.range(0, 8).mapToLong(WindowTestTicks::timeOf).toArray())
                .containsExactly(0, 50, 100, 150, 200, 250, -1200, 350);
        assertThat(IntStream.range(1, 1000).filter(i -> WindowTestTicks.timeOf(i) < WindowTestTicks.timeOf(i - 1)))
                .hasSize(142)
                .allMatch(i -> WindowTestTicks.timeOf(i - 1) - WindowTestTicks.timeOf(i) < 2000);
    }

    @Test
    void writesTickIAsJson() {
        assertThat(new String(WindowTestTicks.tick(6), StandardCharsets.UTF_8))
                .isEqualTo("{\"event_time\": \"2026-11-24T09:59:58.800\", \"ticker\": \"AMZN\", \"price\": 56.50}");
    }

    @Test
    void lateTicksComeAtOrBeforeTheStartAndAreExpectedAsLateDeadLetters() {
        BadInputFeed feed = new BadInputFeed(BadRecordCorpus.of(100), 10, "Parse");

        List<String> late = WindowTestTicks.late(
                        feed,
                        "Window",
                        k -> 0.5 + k,
                        (ticker, time, price) -> (ticker + "@" + time + "=" + price).getBytes(StandardCharsets.UTF_8))
                .stream()
                .map(b -> new String(b, StandardCharsets.UTF_8))
                .collect(Collectors.toList());

        assertThat(late)
                .containsExactly(
                        "{\"event_time\": \"2026-11-24T10:00:00.100\", \"ticker\": \"AMZN\", \"price\": 0.50}",
                        "{\"event_time\": \"2026-11-24T09:00\", \"ticker\": \"TBV\", \"price\": 1.50}",
                        "{\"event_time\": \"2026-11-23T10:00\", \"ticker\": \"AMZN\", \"price\": 2.50}");
        assertThat(feed.expectedLetters())
                .containsExactly(
                        BadInputFeed.letter(
                                "LATE", "Window", "AMZN@2026-11-24T10:00:00.100=0.5".getBytes(StandardCharsets.UTF_8)),
                        BadInputFeed.letter(
                                "LATE", "Window", "TBV@2026-11-24T09:00=1.5".getBytes(StandardCharsets.UTF_8)),
                        BadInputFeed.letter(
                                "LATE", "Window", "AMZN@2026-11-23T10:00=2.5".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void closingTicksComeAnHourAfterTheStartTickersInTurn() {
        List<String> closing = WindowTestTicks.closing(6).stream()
                .map(b -> new String(b, StandardCharsets.UTF_8))
                .collect(Collectors.toList());
        assertThat(closing).hasSize(6).allMatch(json -> json.contains("2026-11-24T11:00"));
        assertThat(closing.get(5)).contains("\"AAPL\"");
    }

    @Test
    void theEventTimeWindowGroupBoundsTheWatermarkAboveTheEarliestTick() {
        Map<String, String> group = WindowTestTicks.eventTimeWindowGroup(1000, 2048);

        assertThat(group)
                .hasToString("{window.time=event, window.size=1000ms, watermark.timestamp.field=event_time,"
                        + " watermark.max-out-of-orderness=2s, json.max-payload-bytes=2048}");
        long earliest = 0;
        for (int i = 0; i < 1000; i++) {
            earliest = Math.max(earliest, i * 50L - WindowTestTicks.timeOf(i));
        }
        assertThat(earliest).as("how early a tick comes, in ms").isLessThan(2000);
        group.put("window.slide", "500ms");
        assertThat(group).containsEntry("window.slide", "500ms");
    }
}
