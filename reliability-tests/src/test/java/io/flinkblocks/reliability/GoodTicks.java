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
package io.flinkblocks.reliability;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Valid stock ticks with known event times, and the window results they must give, computed here
 * without Flink: the reference the jobs' output is compared with.
 *
 * <p>Tick i has ticker {@code i % 5}, price {@code 10.25 + (i * 37) % 90} and event time
 * {@code BASE + i * 50 ms}, except every 7th tick, which is 1.5 s older: out of order, but within the
 * jobs' 2 s bound, so never late.
 */
final class GoodTicks {

    static final String[] TICKERS = {"AAPL", "AMZN", "MSFT", "INTC", "TBV"};
    static final long BASE =
            LocalDateTime.of(2026, 11, 24, 10, 0).toInstant(ZoneOffset.UTC).toEpochMilli();
    static final long STEP_MS = 50;
    static final long OUT_OF_ORDER_MS = 1_500;
    private static final DateTimeFormatter ISO =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS").withZone(ZoneOffset.UTC);

    private GoodTicks() {}

    static String ticker(int i) {
        return TICKERS[i % TICKERS.length];
    }

    static double price(int i) {
        return 10.25 + (i * 37) % 90;
    }

    static long eventTime(int i) {
        return BASE + i * STEP_MS - (i % 7 == 3 ? OUT_OF_ORDER_MS : 0);
    }

    static byte[] json(String ticker, long eventTime, double price) {
        return ("{\"event_time\": \"" + ISO.format(Instant.ofEpochMilli(eventTime)) + "\", \"ticker\": \"" + ticker
                        + "\", \"price\": " + price + "}")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** Tick {@code i} as JSON. */
    static byte[] json(int i) {
        return json(ticker(i), eventTime(i), price(i));
    }

    /** Ticks {@code from} (inclusive) to {@code to} (exclusive) as JSON. */
    static List<byte[]> json(int from, int to) {
        List<byte[]> ticks = new ArrayList<>();
        for (int i = from; i < to; i++) {
            ticks.add(json(i));
        }
        return ticks;
    }

    /**
     * Ticks of ticker FLUSH a minute after tick {@code ticks}: they move the watermark past every window
     * of the first {@code ticks} ticks, never past their own. Four of them, so that every parse subtask
     * of a parallelism up to four gets one.
     */
    static List<byte[]> flush(int ticks) {
        byte[] flush = json("FLUSH", BASE + ticks * STEP_MS + 60_000, 1.0);
        return List.of(flush, flush, flush, flush);
    }

    /** {@code ticker,windowStart,windowEnd,count} for each tumbling window of the first {@code n} ticks. */
    static List<String> tumblingCounts(int n, long sizeMs) {
        Map<String, Long> counts = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            long start = Math.floorDiv(eventTime(i), sizeMs) * sizeMs;
            counts.merge(ticker(i) + "," + start + "," + (start + sizeMs), 1L, Long::sum);
        }
        List<String> lines = new ArrayList<>();
        counts.forEach((window, count) -> lines.add(window + "," + count));
        return lines;
    }

    /** {@code ticker,windowStart,windowEnd,min} for each sliding window of the first {@code n} ticks. */
    static List<String> slidingMinima(int n, long sizeMs, long slideMs) {
        Map<String, Double> minima = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            long t = eventTime(i);
            long lastStart = Math.floorDiv(t, slideMs) * slideMs;
            for (long start = lastStart; start > t - sizeMs; start -= slideMs) {
                minima.merge(ticker(i) + "," + start + "," + (start + sizeMs), price(i), Math::min);
            }
        }
        List<String> lines = new ArrayList<>();
        minima.forEach((window, min) -> lines.add(window + "," + min));
        return lines;
    }
}
