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
import java.util.Collections;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.IntToDoubleFunction;
import java.util.function.IntUnaryOperator;

import org.apache.flink.annotation.PublicEvolving;

/**
 * The ticks of the window jobs' committed-savepoint tests: ticks of windows that nothing closes before
 * the savepoint is taken, more ticks of the same windows after it is restored, and a tick an hour later
 * that closes them. The event times must stay as they are: the committed savepoints hold windows of them.
 *
 * <pre>{@code
 * kinesis.putStrings(input, SavepointTicks.thenNotATick(SavepointTicks.perTicker(10, k -> 3 + k)));
 * // ... stop with a savepoint, restore it ...
 * kinesis.putStrings(input, SavepointTicks.thenClosing(SavepointTicks.perTicker(15, k -> 10)));
 * }</pre>
 */
@PublicEvolving
public final class SavepointTicks {

    public static final List<String> TICKERS = List.of("AAPL", "AMZN", "MSFT", "INTC", "TBV");
    public static final LocalDateTime T0 = LocalDateTime.of(2026, 11, 24, 10, 0, 0);

    private SavepointTicks() {}

    /** One tick per ticker: ticker {@code k} at {@link #T0} + {@code seconds} s + k ms, at {@code price(k)}. */
    public static List<String> onePerTicker(int seconds, IntToDoubleFunction price) {
        List<String> ticks = new ArrayList<>();
        for (int k = 0; k < TICKERS.size(); k++) {
            ticks.add(TickJson.of(
                    T0.plusSeconds(seconds).plusNanos(k * 1_000_000L), TICKERS.get(k), price.applyAsDouble(k)));
        }
        return ticks;
    }

    /**
     * {@code count(k)} ticks of ticker {@code k} (at most 10) at price 1.0: tick {@code i} of ticker
     * {@code k} at {@link #T0} + {@code seconds} s + (10 k + i) ms.
     */
    public static List<String> perTicker(int seconds, IntUnaryOperator count) {
        List<String> ticks = new ArrayList<>();
        for (int k = 0; k < TICKERS.size(); k++) {
            for (int i = 0; i < count.applyAsInt(k); i++) {
                ticks.add(
                        TickJson.of(T0.plusSeconds(seconds).plusNanos((k * 10 + i) * 1_000_000L), TICKERS.get(k), 1.0));
            }
        }
        return ticks;
    }

    /**
     * {@code ticks}, then a record that is not a tick: once its dead letter is out, every tick before it
     * has reached the window, and the savepoint can be taken.
     */
    public static List<String> thenNotATick(List<String> ticks) {
        List<String> records = new ArrayList<>(ticks);
        records.add("not a tick");
        return records;
    }

    /**
     * A result line per ticker, {@code copies} times each (once per window that holds it): ticker
     * {@code k}, then {@code rest(k)} ({@code "," + count}).
     */
    public static List<String> linesPerTicker(int copies, IntFunction<String> rest) {
        List<String> lines = new ArrayList<>();
        for (int k = 0; k < TICKERS.size(); k++) {
            lines.addAll(Collections.nCopies(copies, TICKERS.get(k) + rest.apply(k)));
        }
        return lines;
    }

    /** {@code ticks}, then one an hour after {@link #T0}: event time passes every window of the others. */
    public static List<String> thenClosing(List<String> ticks) {
        List<String> records = new ArrayList<>(ticks);
        records.add(TickJson.of(T0.plusHours(1), TICKERS.get(0), 1.0));
        return records;
    }
}
