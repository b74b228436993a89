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
package io.flinkblocks.connectors.datagen;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.apache.flink.connector.datagen.source.GeneratorFunction;

/**
 * Generates the stock ticks of the MSF developer guide as JSON strings:
 * {@code {"event_time": "2026-11-24T10:15:30.123", "ticker": "AMZN", "price": 42.17}}.
 *
 * <p>The ticker and price of record {@code n} depend only on the seed and {@code n}, so a run can be
 * reproduced; the event time is the wall clock in UTC at generation, as a producer would stamp it.
 */
final class StockTickGenerator implements GeneratorFunction<Long, String> {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter EVENT_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS");

    private final List<String> tickers;
    private final long seed;
    private transient Clock clock;

    public StockTickGenerator(List<String> tickers, long seed) {
        if (tickers.isEmpty()) {
            throw new IllegalArgumentException("at least one ticker is needed");
        }
        this.tickers = List.copyOf(tickers);
        this.seed = seed;
    }

    @Override
    public void open(org.apache.flink.api.connector.source.SourceReaderContext readerContext) {
        clock = Clock.systemUTC();
    }

    @Override
    public String map(Long index) {
        if (clock == null) {
            clock = Clock.systemUTC();
        }
        SplittableRandom random = new SplittableRandom(seed * 31 + index);
        String ticker = tickers.get(random.nextInt(tickers.size()));
        double price = Math.round(random.nextDouble() * 10_000) / 100.0;
        return toJson(LocalDateTime.now(clock.withZone(ZoneOffset.UTC)), ticker, price);
    }

    /** The guide's JSON line for one tick. */
    public static String toJson(LocalDateTime eventTime, String ticker, double price) {
        return String.format(
                Locale.ROOT,
                "{\"event_time\": \"%s\", \"ticker\": \"%s\", \"price\": %.2f}",
                EVENT_TIME.format(eventTime),
                ticker,
                price);
    }
}
