package io.flinkblocks.benchmarks.window;

import java.nio.charset.StandardCharsets;

/**
 * The cheapest way to get the ticker out of a record's bytes, for the keyBy-and-discard floor: a scan
 * for {@code "ticker": "}, no JSON parsing. Only valid on the benchmark's own well-formed input.
 */
final class TickerKey {

    private static final byte[] MARKER = "\"ticker\": \"".getBytes(StandardCharsets.UTF_8);

    private TickerKey() {}

    static String of(byte[] record) {
        int start = indexOf(record, MARKER) + MARKER.length;
        int end = start;
        while (record[end] != '"') {
            end++;
        }
        return new String(record, start, end - start, StandardCharsets.ISO_8859_1);
    }

    private static int indexOf(byte[] data, byte[] pattern) {
        outer:
        for (int i = 0; i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalArgumentException("no ticker in record");
    }
}
