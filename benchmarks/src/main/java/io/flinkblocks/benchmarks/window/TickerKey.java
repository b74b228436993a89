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
