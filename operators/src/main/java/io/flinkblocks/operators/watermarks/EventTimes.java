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
package io.flinkblocks.operators.watermarks;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAccessor;

import org.apache.flink.annotation.PublicEvolving;

import io.flinkblocks.operators.text.IsoTimestamps;

/** Converts the values a timestamp field can hold to epoch milliseconds. */
@PublicEvolving
public final class EventTimes {

    private EventTimes() {}

    /**
     * Epoch millis of {@code value}: a number (epoch millis), a {@code java.time} value, or text in
     * {@code format}. Local date-times are read in {@code zone}.
     *
     * @throws IllegalArgumentException when the value is null or does not match the format
     */
    public static long toEpochMillis(Object value, TimestampFormat format, ZoneId zone) {
        if (value == null) {
            throw new IllegalArgumentException("timestamp is null");
        }
        if (value instanceof Number) {
            if (format == TimestampFormat.AUTO || format == TimestampFormat.EPOCH_MILLIS) {
                return ((Number) value).longValue();
            }
            throw new IllegalArgumentException("expected " + format + " text, found the number " + value);
        }
        if (value instanceof TemporalAccessor) {
            return fromTemporal((TemporalAccessor) value, zone);
        }
        if (value instanceof java.util.Date) {
            return ((java.util.Date) value).getTime();
        }
        return parse(value.toString(), format, zone);
    }

    private static long fromTemporal(TemporalAccessor value, ZoneId zone) {
        if (value instanceof Instant) {
            return ((Instant) value).toEpochMilli();
        }
        if (value instanceof LocalDateTime) {
            return ((LocalDateTime) value).atZone(zone).toInstant().toEpochMilli();
        }
        if (value instanceof OffsetDateTime) {
            return ((OffsetDateTime) value).toInstant().toEpochMilli();
        }
        if (value instanceof ZonedDateTime) {
            return ((ZonedDateTime) value).toInstant().toEpochMilli();
        }
        throw new IllegalArgumentException(
                "unsupported timestamp type " + value.getClass().getName());
    }

    /**
     * Text by the one grammar of {@link IsoTimestamps}, as every record reader reads it; the two ISO
     * formats also say whether a zone must be written or must not be.
     */
    private static long parse(String text, TimestampFormat format, ZoneId zone) {
        try {
            switch (format) {
                case EPOCH_MILLIS:
                    return Long.parseLong(text);
                case ISO_LOCAL_DATE_TIME:
                    if (IsoTimestamps.hasZone(text)) {
                        throw new DateTimeException("a zone is written, but the format is local");
                    }
                    return IsoTimestamps.epochMillis(text, zone);
                case ISO_OFFSET_DATE_TIME:
                    if (!IsoTimestamps.hasZone(text)) {
                        throw new DateTimeException("no zone is written, but the format needs one");
                    }
                    return IsoTimestamps.epochMillis(text, zone);
                case AUTO:
                default:
                    return isInteger(text) ? Long.parseLong(text) : IsoTimestamps.epochMillis(text, zone);
            }
        } catch (NumberFormatException | DateTimeException e) {
            throw new IllegalArgumentException(
                    "'" + text + "' is not a timestamp in format " + format + ": " + e.getMessage(), e);
        }
    }

    private static boolean isInteger(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= '0' && c <= '9') && !(i == 0 && c == '-' && text.length() > 1)) {
                return false;
            }
        }
        return true;
    }
}
