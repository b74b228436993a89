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
package io.flinkblocks.windows.format;

import java.nio.charset.StandardCharsets;

import org.apache.flink.annotation.PublicEvolving;
import org.apache.flink.api.common.serialization.SerializationSchema;

import io.flinkblocks.windows.result.WindowResult;

/**
 * Window results as CSV lines like the guide's outputs: {@code AMZN,42} ({@code ticker,count},
 * {@code ticker,min}), or with the window bounds, {@code AMZN,1700000000000,1700000010000,42}. Keys with
 * a comma, quote or line break are quoted. Each line ends with {@code \n}.
 */
@PublicEvolving
public final class WindowResultCsv<K, R> implements SerializationSchema<WindowResult<K, R>> {

    private static final long serialVersionUID = 1L;

    private final boolean withWindow;

    private WindowResultCsv(boolean withWindow) {
        this.withWindow = withWindow;
    }

    /** {@code key,value}. */
    public static <K, R> WindowResultCsv<K, R> keyAndValue() {
        return new WindowResultCsv<>(false);
    }

    /** {@code key,windowStart,windowEnd,value}. */
    public static <K, R> WindowResultCsv<K, R> withWindow() {
        return new WindowResultCsv<>(true);
    }

    /** One line, without the line break. */
    public String format(WindowResult<K, R> result) {
        // string concatenation sizes the line once and writes numbers in place, without a builder to copy
        String key = escape(String.valueOf(result.getKey()));
        Object value = result.getValue();
        if (!withWindow) {
            return value instanceof Long
                    ? key + ',' + ((Long) value).longValue()
                    : key + ',' + escape(String.valueOf(value));
        }
        return key
                + ','
                + result.getWindowStart()
                + ','
                + result.getWindowEnd()
                + ','
                + (value instanceof Long ? Long.toString((Long) value) : escape(String.valueOf(value)));
    }

    @Override
    public byte[] serialize(WindowResult<K, R> result) {
        return (format(result) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    static String escape(String field) {
        boolean quote = false;
        for (int i = 0; i < field.length() && !quote; i++) {
            char c = field.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        return quote ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }
}
