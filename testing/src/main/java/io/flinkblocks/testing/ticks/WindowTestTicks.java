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

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntToDoubleFunction;

import org.apache.flink.annotation.PublicEvolving;

/**
 * The ticks of the window jobs' bad-input tests, with their event times known: tick {@code i} is at
 * {@link #T0} + 50 ms * i, tickers in turn, every 7th 1.5 s early (out of order, but within a 2 s
 * watermark bound, so never late); plus three ticks that come after their windows fired and ticks an
 * hour later that close every window of the others. A test computes the window results it expects from
 * {@link #timeOf}, {@link #tickerOf} and {@link #priceOf}.
 */
@PublicEvolving
public final class WindowTestTicks {

    public static final LocalDateTime T0 = LocalDateTime.of(2026, 11, 24, 10, 0, 0);
    static final String[] TICKERS = {"AAPL", "AMZN", "MSFT", "INTC", "TBV"};
    private static final long STEP_MS = 50;
    /** After their windows fired: 100 ms after the start, an hour and a day before it. */
    private static final List<LocalDateTime> LATE_TIMES = List.of(at(100), T0.minusHours(1), T0.minusDays(1));

    private static final List<String> LATE_TICKERS = List.of("AMZN", "TBV", "AMZN");

    private WindowTestTicks() {}

    /** Milliseconds from {@link #T0} to tick {@code i}'s event time. */
    public static long timeOf(int i) {
        return i * STEP_MS - (i % 7 == 6 ? 1500 : 0);
    }

    public static String tickerOf(int i) {
        return TICKERS[i % TICKERS.length];
    }

    public static double priceOf(int i) {
        return 1 + (i * 37 % 1000) / 4.0;
    }

    /** Tick {@code i} as JSON bytes. */
    public static byte[] tick(int i) {
        return TickJson.bytes(at(timeOf(i)), tickerOf(i), priceOf(i));
    }

    /** {@link #T0} plus {@code millis}. */
    public static LocalDateTime at(long millis) {
        return T0.plusNanos(millis * 1_000_000L);
    }

    /**
     * The window group of a job that reads these ticks on event time: windows of {@code sizeMs} on
     * {@code event_time}, a watermark bound of 2 s (every 7th tick is 1.5 s early, never late), payloads
     * of up to {@code maxPayloadBytes}. A new mutable map, for a sliding window to add its slide to.
     */
    public static Map<String, String> eventTimeWindowGroup(long sizeMs, int maxPayloadBytes) {
        Map<String, String> group = new LinkedHashMap<>();
        group.put("window.time", "event");
        group.put("window.size", sizeMs + "ms");
        group.put("watermark.timestamp.field", "event_time");
        group.put("watermark.max-out-of-orderness", "2s");
        group.put("json.max-payload-bytes", Integer.toString(maxPayloadBytes));
        return group;
    }

    /** The payload of a late tick's dead letter, as the window under test writes it. */
    @FunctionalInterface
    public interface LatePayload {
        byte[] of(String ticker, LocalDateTime eventTime, double price);
    }

    /**
     * The three late ticks as JSON, tick {@code k} at {@code price.applyAsDouble(k)}, each expected in
     * {@code feed} as a {@code LATE} dead letter of {@code windowOperator} with the payload it gives.
     */
    public static List<byte[]> late(
            BadInputFeed feed, String windowOperator, IntToDoubleFunction price, LatePayload payload) {
        List<byte[]> late = new ArrayList<>();
        for (int k = 0; k < LATE_TIMES.size(); k++) {
            LocalDateTime time = LATE_TIMES.get(k);
            String ticker = LATE_TICKERS.get(k);
            late.add(TickJson.bytes(time, ticker, price.applyAsDouble(k)));
            feed.expect("LATE", windowOperator, payload.of(ticker, time, price.applyAsDouble(k)));
        }
        return late;
    }

    /**
     * {@code count} ticks an hour after {@link #T0}, a millisecond apart, tickers in turn, price 1.0: they
     * move event time past every window of the other ticks (give each parse subtask at least one).
     */
    public static List<byte[]> closing(int count) {
        List<byte[]> closing = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            closing.add(TickJson.bytes(T0.plusHours(1).plusNanos(i * 1_000_000L), tickerOf(i), 1.0));
        }
        return closing;
    }
}
