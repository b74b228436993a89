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
package io.flinkblocks.benchmarks;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Pre-generated input of every benchmark: the guide's stock ticks as UTF-8 JSON bytes, as a Kinesis
 * or Kafka source hands them over. Event times advance 1 ms per record with up to 200 ms of disorder,
 * so event-time windows fire as the input is read.
 */
public final class StockTickInput {

    public static final String[] GUIDE_TICKERS = {"AAPL", "AMZN", "MSFT", "INTC", "TBV"};
    /** 2026-11-24T10:00:00 UTC, the first event time. */
    public static final LocalDateTime START = LocalDateTime.of(2026, 11, 24, 10, 0);
    private static final DateTimeFormatter EVENT_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS");

    private StockTickInput() {}

    /** {@code count} records over {@code keys} distinct tickers (the guide's five when keys is 5), one per millisecond. */
    public static byte[][] records(int count, int keys, long seed) {
        return records(count, keys, seed, 1);
    }

    /**
     * {@code count} records over {@code keys} tickers, {@code perMilli} records per millisecond of
     * event time, each up to 200 ms earlier than its place in the sequence.
     */
    public static byte[][] records(int count, int keys, long seed, int perMilli) {
        SplittableRandom random = new SplittableRandom(seed);
        byte[][] records = new byte[count][];
        for (int i = 0; i < count; i++) {
            String ticker = ticker(random.nextInt(keys), keys);
            long disorder = random.nextInt(200);
            LocalDateTime eventTime = START.plusNanos(Math.max(0, i / perMilli - disorder) * 1_000_000L);
            double price = Math.round(random.nextDouble() * 10_000) / 100.0;
            records[i] = String.format(Locale.ROOT, "{\"event_time\": \"%s\", \"ticker\": \"%s\", \"price\": %.2f}",
                    EVENT_TIME.format(eventTime), ticker, price).getBytes(StandardCharsets.UTF_8);
        }
        return records;
    }

    static String ticker(int index, int keys) {
        return keys <= GUIDE_TICKERS.length ? GUIDE_TICKERS[index] : String.format(Locale.ROOT, "T%06d", index);
    }
}
