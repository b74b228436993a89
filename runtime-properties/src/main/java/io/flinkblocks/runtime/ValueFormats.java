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
package io.flinkblocks.runtime;

import java.time.Duration;
import java.util.Locale;

import org.apache.flink.util.TimeUtils;

/** The text forms of durations and byte sizes accepted in properties; each throws on anything else. */
final class ValueFormats {

    private ValueFormats() {}

    /**
     * {@code 10s}, {@code 500 ms}, {@code 1 min}, {@code 2h} (Flink's own format), ISO-8601 {@code PT1M};
     * a bare number is milliseconds. Negative durations are rejected.
     */
    static Duration duration(String value) {
        Duration duration = value.startsWith("P") || value.startsWith("p") || value.startsWith("-P")
                ? Duration.parse(value.toUpperCase(Locale.ROOT))
                : TimeUtils.parseDuration(value);
        if (duration.isNegative()) {
            throw new IllegalArgumentException("negative duration");
        }
        return duration;
    }

    /** A duration as a README shows it: {@code 2 h}, {@code 1 min}, {@code 10 s}, {@code 500 ms}. */
    static String formatDuration(Duration duration) {
        long millis = duration.toMillis();
        if (millis != 0 && millis % 3_600_000 == 0) {
            return millis / 3_600_000 + " h";
        }
        if (millis != 0 && millis % 60_000 == 0) {
            return millis / 60_000 + " min";
        }
        if (millis % 1000 == 0) {
            return millis / 1000 + " s";
        }
        return millis + " ms";
    }

    /** {@code 512}, {@code 64kb}, {@code 5mb}, {@code 1 MiB}, {@code 2 GB}: binary units, as in Flink. */
    static long byteSize(String value) {
        String text = value.trim().toLowerCase(Locale.ROOT);
        int unitStart = 0;
        while (unitStart < text.length()
                && (Character.isDigit(text.charAt(unitStart)) || text.charAt(unitStart) == '.')) {
            unitStart++;
        }
        double bytes = Double.parseDouble(text.substring(0, unitStart))
                * unitMultiplier(text.substring(unitStart).trim());
        if (bytes > Long.MAX_VALUE) {
            throw new IllegalArgumentException("byte size too large");
        }
        return (long) bytes;
    }

    private static long unitMultiplier(String unit) {
        switch (unit) {
            case "":
            case "b":
            case "bytes":
                return 1L;
            case "k":
            case "kb":
            case "kib":
                return 1L << 10;
            case "m":
            case "mb":
            case "mib":
                return 1L << 20;
            case "g":
            case "gb":
            case "gib":
                return 1L << 30;
            default:
                throw new IllegalArgumentException("unknown unit " + unit);
        }
    }
}
