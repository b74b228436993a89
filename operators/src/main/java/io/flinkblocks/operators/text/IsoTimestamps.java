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
package io.flinkblocks.operators.text;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.apache.flink.annotation.Internal;

/**
 * The one grammar of event times written as text, shared by every reader of records (the flat reader,
 * Jackson binding of {@code LocalDateTime}, the watermark assigners), so a
 * tick is accepted or a dead letter whatever reads it.
 *
 * <p>Reads ISO-8601 date-times straight from bytes, without building a String, into a
 * {@code LocalDateTime} or epoch milliseconds: {@code 2026-11-24T10:15:30} (seconds optional), with an optional fraction of 1 to 9 digits,
 * an optional {@code Z} or {@code +HH:MM}/{@code -HH:MM} offset, and a space accepted instead of the
 * {@code T} (as Python's {@code str(datetime)} writes it). A local date-time is read in the given zone
 * offset. Anything else is rejected, never guessed, with a {@link DateTimeException} saying what.
 */
@Internal
public final class IsoTimestamps {

    private IsoTimestamps() {}

    /**
     * The epoch millis of the date-time in {@code bytes[start, end)}.
     *
     * @throws DateTimeException if it is not an ISO-8601 date-time
     */
    public static long epochMillis(byte[] bytes, int start, int end, ZoneOffset localOffset) {
        int timeEnd = timeEnd(bytes, start, end);
        int fractionEnd = fractionEnd(bytes, start, timeEnd, end);
        LocalDateTime asWritten = asWritten(bytes, start, timeEnd, fractionEnd);
        return epochSecond(asWritten, bytes, fractionEnd, end, localOffset) * 1000L + asWritten.getNano() / 1_000_000;
    }

    /**
     * The date-time in {@code bytes[start, end)} as a local date-time in {@code localOffset}: a local
     * date-time as written, to the nanosecond; one with {@code Z} or an offset converted to
     * {@code localOffset}.
     *
     * @throws DateTimeException if it is not an ISO-8601 date-time
     */
    public static LocalDateTime localDateTime(byte[] bytes, int start, int end, ZoneOffset localOffset) {
        int timeEnd = timeEnd(bytes, start, end);
        int fractionEnd = fractionEnd(bytes, start, timeEnd, end);
        LocalDateTime asWritten = asWritten(bytes, start, timeEnd, fractionEnd);
        if (fractionEnd == end) {
            // a local date-time, the common case: as written, without a round trip through epoch seconds
            return asWritten;
        }
        return LocalDateTime.ofEpochSecond(
                epochSecond(asWritten, bytes, fractionEnd, end, localOffset), asWritten.getNano(), localOffset);
    }

    /**
     * The epoch millis of {@code text}: a date-time with {@code Z} or an offset as written, a local one
     * in {@code zone} (whose rules decide the offset, daylight saving time included).
     *
     * @throws DateTimeException if it is not an ISO-8601 date-time
     */
    public static long epochMillis(String text, ZoneId zone) {
        byte[] bytes = ascii(text);
        if (zone instanceof ZoneOffset) {
            return epochMillis(bytes, 0, bytes.length, (ZoneOffset) zone);
        }
        if (hasZone(bytes, 0, bytes.length)) {
            return epochMillis(bytes, 0, bytes.length, ZoneOffset.UTC);
        }
        return localDateTime(bytes, 0, bytes.length, ZoneOffset.UTC)
                .atZone(zone)
                .toInstant()
                .toEpochMilli();
    }

    /** {@link #localDateTime(byte[], int, int, ZoneOffset)} of text. */
    public static LocalDateTime localDateTime(String text, ZoneOffset localOffset) {
        byte[] bytes = ascii(text);
        return localDateTime(bytes, 0, bytes.length, localOffset);
    }

    /** Whether the well-shaped date-time in {@code bytes[start, end)} ends with {@code Z} or an offset. */
    public static boolean hasZone(byte[] bytes, int start, int end) {
        return fractionEnd(bytes, start, timeEnd(bytes, start, end), end) < end;
    }

    /** {@link #hasZone(byte[], int, int)} of text. */
    public static boolean hasZone(String text) {
        byte[] bytes = ascii(text);
        return hasZone(bytes, 0, bytes.length);
    }

    /**
     * The local date-time in {@code localOffset} of a number of epoch milliseconds, as the readers take a
     * numeric date-time.
     *
     * @throws DateTimeException if the instant is beyond the years {@code LocalDateTime} holds
     */
    public static LocalDateTime localDateTimeOfEpochMillis(long millis, ZoneOffset localOffset) {
        return LocalDateTime.ofInstant(Instant.ofEpochMilli(millis), localOffset);
    }

    /**
     * The bytes of text for the grammar, which is ASCII only: any other character becomes a byte the
     * grammar never accepts (a plain cast could turn one into a digit).
     */
    private static byte[] ascii(String text) {
        byte[] bytes = new byte[text.length()];
        for (int i = 0; i < bytes.length; i++) {
            char c = text.charAt(i);
            bytes[i] = c < 0x80 ? (byte) c : 0;
        }
        return bytes;
    }

    /** The index after the fraction of a second that may follow the seconds, checked: 1 to 9 digits. */
    private static int fractionEnd(byte[] bytes, int start, int timeEnd, int end) {
        int i = timeEnd;
        if (timeEnd == start + 19 && i < end && bytes[i] == '.') {
            i++;
            int fractionStart = i;
            while (i < end && isDigit(bytes[i])) {
                i++;
            }
            if (i == fractionStart || i - fractionStart > 9) {
                throw new DateTimeException("bad fraction of second in date-time");
            }
        }
        return i;
    }

    /** The nanoseconds of the checked fraction in {@code bytes[timeEnd, fractionEnd)}, its '.' included; 0 without one. */
    private static int nanos(byte[] bytes, int timeEnd, int fractionEnd) {
        int nanos = 0;
        int scale = 100_000_000;
        for (int i = timeEnd + 1; i < fractionEnd; i++) {
            nanos += (bytes[i] - '0') * scale;
            scale /= 10;
        }
        return nanos;
    }

    /**
     * Checks the shape {@code yyyy-MM-ddTHH:mm[:ss]} and returns the index after it. Seconds are
     * optional, as in ISO-8601 and in what {@code LocalDateTime.toString()} writes for a whole minute.
     */
    private static int timeEnd(byte[] bytes, int start, int end) {
        if (end - start < 16
                || bytes[start + 4] != '-'
                || bytes[start + 7] != '-'
                || (bytes[start + 10] != 'T' && bytes[start + 10] != 't' && bytes[start + 10] != ' ')
                || bytes[start + 13] != ':') {
            throw new DateTimeException("not an ISO-8601 date-time");
        }
        return end - start >= 19 && bytes[start + 16] == ':' ? start + 19 : start + 16;
    }

    private static int digits(byte[] bytes, int at, int count) {
        int value = 0;
        int sign = 0; // negative once any byte is not a digit: one branch per number, not per byte
        for (int i = at; i < at + count; i++) {
            int digit = bytes[i] - '0';
            sign |= digit | (9 - digit);
            value = value * 10 + digit;
        }
        if (sign < 0) {
            throw new DateTimeException("expected digits in date-time");
        }
        return value;
    }

    /** The checked fields of the date-time, without its zone: what the text says, to the nanosecond. */
    private static LocalDateTime asWritten(byte[] bytes, int start, int timeEnd, int fractionEnd) {
        int year = digits(bytes, start, 4);
        int month = digits(bytes, start + 5, 2);
        int day = digits(bytes, start + 8, 2);
        int hour = digits(bytes, start + 11, 2);
        int minute = digits(bytes, start + 14, 2);
        int second = timeEnd == start + 19 ? digits(bytes, start + 17, 2) : 0;
        checkRanges(year, month, day, hour, minute, second);
        return LocalDateTime.of(year, month, day, hour, minute, second, nanos(bytes, timeEnd, fractionEnd));
    }

    /** The epoch second of the date-time: its fields at the offset that follows them, else at localOffset. */
    private static long epochSecond(
            LocalDateTime asWritten, byte[] bytes, int fractionEnd, int end, ZoneOffset localOffset) {
        return asWritten.toEpochSecond(ZoneOffset.UTC) - offsetSeconds(bytes, fractionEnd, end, localOffset);
    }

    /**
     * The offset in seconds written in {@code bytes[i, end)} after the date-time: {@code Z} or
     * {@code +HH:MM}/{@code -HH:MM}; that of {@code localOffset} when nothing follows.
     */
    private static long offsetSeconds(byte[] bytes, int i, int end, ZoneOffset localOffset) {
        if (i == end) {
            return localOffset.getTotalSeconds();
        }
        if ((bytes[i] == 'Z' || bytes[i] == 'z') && i + 1 == end) {
            return 0;
        }
        if ((bytes[i] == '+' || bytes[i] == '-') && end - i == 6 && bytes[i + 3] == ':') {
            int offsetHours = digits(bytes, i + 1, 2);
            int offsetMinutes = digits(bytes, i + 4, 2);
            if (offsetHours > 18 || offsetMinutes > 59) {
                throw new DateTimeException("zone offset out of range");
            }
            return (offsetHours * 3600L + offsetMinutes * 60L) * (bytes[i] == '-' ? -1 : 1);
        }
        throw new DateTimeException("unexpected characters after date-time");
    }

    private static void checkRanges(int year, int month, int day, int hour, int minute, int second) {
        if (month < 1
                || month > 12
                || day < 1
                || day > daysInMonth(year, month)
                || hour > 23
                || minute > 59
                || second > 59) {
            throw new DateTimeException("date-time field out of range");
        }
    }

    private static boolean isDigit(byte b) {
        return b >= '0' && b <= '9';
    }

    private static int daysInMonth(int year, int month) {
        switch (month) {
            case 2:
                return isLeap(year) ? 29 : 28;
            case 4:
            case 6:
            case 9:
            case 11:
                return 30;
            default:
                return 31;
        }
    }

    private static boolean isLeap(int year) {
        return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    }
}
