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

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.flink.annotation.PublicEvolving;

/**
 * A stock tick as the jobs read it, {@code {"event_time": "2026-11-24T10:00:00.500", "ticker": "AMZN",
 * "price": 1.00}}, written the way a producer writes it: spaces after the separators, the event time as
 * {@link LocalDateTime#toString()}, the price with two decimals. It is the format of the connectors'
 * {@code StockTickGenerator.toJson}; the test kit does not depend on the connectors, so this is the
 * one copy of it for tests.
 */
@PublicEvolving
public final class TickJson {

    /** The event time of the guide's sample tick, for tests in which the time does not matter. */
    public static final LocalDateTime SAMPLE_TIME = LocalDateTime.of(2026, 11, 24, 10, 15, 30, 123_000_000);

    private TickJson() {}

    /** The tick as JSON text. */
    public static String of(LocalDateTime eventTime, String ticker, double price) {
        return String.format(
                Locale.ROOT, "{\"event_time\": \"%s\", \"ticker\": \"%s\", \"price\": %.2f}", eventTime, ticker, price);
    }

    /** The tick as the UTF-8 bytes of a stream record. */
    public static byte[] bytes(LocalDateTime eventTime, String ticker, double price) {
        return of(eventTime, ticker, price).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * {@code count} ticks of {@code ticker} at {@link #SAMPLE_TIME}, priced 0, 1, 2 and so on: records that
     * are all different, for a test that checks each comes out once.
     */
    public static List<String> samples(String ticker, int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> of(SAMPLE_TIME, ticker, i))
                .collect(Collectors.toList());
    }
}
