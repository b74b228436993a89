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
package io.flinkblocks.testing.jobs;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.apache.flink.annotation.PublicEvolving;

import io.flinkblocks.testing.ticks.TickJson;

/**
 * The input of the window jobs' end-to-end runs: ticks of random tickers and prices (in cents) at a fixed
 * step of event time, in order, the same for the same seed. A test computes the window results it
 * expects from {@link #random the ticks} (with {@link io.flinkblocks.testing.ticks.ExpectedWindowLines}),
 * then puts {@link #records their records}, with bad records among them, and a later tick that closes
 * their windows.
 *
 * <pre>{@code
 * List<RandomTicks.Tick> ticks = RandomTicks.random(7, T0, Duration.ofMillis(40), 600);
 * ticks.forEach(tick -> counts.merge(windowStart(tick.millis()), tick.ticker(), 1L));
 * List<String> records = RandomTicks.records(ticks, Map.of(100, "not json"));
 * records.add(TickJson.of(T0.plusSeconds(60), "AMZN", 1.0));
 * }</pre>
 */
@PublicEvolving
public final class RandomTicks {

    /** The tickers the ticks are drawn from, as the jobs' data generators draw them. */
    public static final List<String> TICKERS = List.of("AAPL", "AMZN", "MSFT", "INTC", "TBV");

    private RandomTicks() {}

    /** One tick: its event time, ticker and price. */
    public static final class Tick {
        private final LocalDateTime time;
        private final String ticker;
        private final double price;

        /** A tick at {@code time}, its ticker and then its price drawn from {@code random}. */
        Tick(LocalDateTime time, Random random) {
            this.time = time;
            this.ticker = TICKERS.get(random.nextInt(TICKERS.size()));
            this.price = random.nextInt(10_000) / 100.0;
        }

        public LocalDateTime time() {
            return time;
        }

        /** The event time in epoch milliseconds, reading {@link #time()} as UTC as the jobs do. */
        public long millis() {
            return time.toInstant(ZoneOffset.UTC).toEpochMilli();
        }

        public String ticker() {
            return ticker;
        }

        /** A whole number of cents, so that it is the same number after the record's two decimals. */
        public double price() {
            return price;
        }

        /** The tick as the record a producer puts. */
        public String json() {
            return TickJson.of(time, ticker, price);
        }
    }

    /**
     * {@code count} ticks, tick {@code i} at {@code start + i * step}, its ticker and then its price drawn
     * from a {@link Random} of {@code seed}.
     */
    public static List<Tick> random(long seed, LocalDateTime start, Duration step, int count) {
        Random random = new Random(seed);
        List<Tick> ticks = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ticks.add(new Tick(start.plusNanos(i * step.toNanos()), random));
        }
        return ticks;
    }

    /**
     * The records of {@code ticks}, in order, with each record of {@code badRecordsAfter} right after the
     * tick of its index; a new mutable list, for the test to add a closing tick to.
     */
    public static List<String> records(List<Tick> ticks, Map<Integer, String> badRecordsAfter) {
        Map<Integer, String> bad = new LinkedHashMap<>(badRecordsAfter);
        List<String> records = new ArrayList<>();
        for (int i = 0; i < ticks.size(); i++) {
            records.add(ticks.get(i).json());
            if (bad.containsKey(i)) {
                records.add(bad.remove(i));
            }
        }
        if (!bad.isEmpty()) {
            throw new IllegalArgumentException("No ticks " + bad.keySet() + " to put bad records after");
        }
        return records;
    }
}
