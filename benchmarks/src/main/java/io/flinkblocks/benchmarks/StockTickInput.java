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
import java.time.ZoneOffset;
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
        long startMillis = START.toInstant(ZoneOffset.UTC).toEpochMilli();
        byte[][] records = new byte[count][];
        StringBuilder line = new StringBuilder(96);
        for (int i = 0; i < count; i++) {
            String ticker = ticker(random.nextInt(keys), keys);
            long disorder = random.nextInt(200);
            long eventTime = startMillis + Math.max(0, i / perMilli - disorder);
            long cents = Math.round(random.nextDouble() * 10_000);
            // built by hand: String.format made generating a million records take seconds in every fork
            line.setLength(0);
            line.append("{\"event_time\": \"");
            appendDateTime(line, eventTime);
            line.append("\", \"ticker\": \"")
                    .append(ticker)
                    .append("\", \"price\": ")
                    .append(cents / 100)
                    .append('.');
            appendDigits(line, cents % 100, 2);
            line.append('}');
            records[i] = line.toString().getBytes(StandardCharsets.UTF_8);
        }
        return records;
    }

    /** {@code yyyy-MM-dd'T'HH:mm:ss.SSS} of an epoch millisecond, in UTC. */
    private static void appendDateTime(StringBuilder line, long epochMillis) {
        LocalDateTime time = LocalDateTime.ofEpochSecond(Math.floorDiv(epochMillis, 1000), 0, ZoneOffset.UTC);
        appendDigits(line, time.getYear(), 4);
        appendField(line, '-', time.getMonthValue(), 2);
        appendField(line, '-', time.getDayOfMonth(), 2);
        appendField(line, 'T', time.getHour(), 2);
        appendField(line, ':', time.getMinute(), 2);
        appendField(line, ':', time.getSecond(), 2);
        appendField(line, '.', Math.floorMod(epochMillis, 1000), 3);
    }

    /** A separator, then a value zero-padded to {@code width} digits. */
    private static void appendField(StringBuilder line, char separator, long value, int width) {
        line.append(separator);
        appendDigits(line, value, width);
    }

    private static void appendDigits(StringBuilder line, long value, int width) {
        String digits = Long.toString(value);
        for (int pad = width - digits.length(); pad > 0; pad--) {
            line.append('0');
        }
        line.append(digits);
    }

    static String ticker(int index, int keys) {
        if (keys <= GUIDE_TICKERS.length) {
            return GUIDE_TICKERS[index];
        }
        StringBuilder ticker = new StringBuilder(8).append('T');
        appendDigits(ticker, index, 6);
        return ticker.toString();
    }
}
