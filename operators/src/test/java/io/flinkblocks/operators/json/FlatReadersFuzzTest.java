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
package io.flinkblocks.operators.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import io.flinkblocks.operators.deadletter.DeadLetterReason;
import io.flinkblocks.operators.json.flat.RecordReader;
import io.flinkblocks.operators.model.StockTick;
import io.flinkblocks.operators.text.IsoTimestamps;
import io.flinkblocks.operators.text.Utf8;

/**
 * Both flat readers, as the parse operator runs them, against a reference decision made with Jackson's
 * own streaming parser, over a million seeded inputs: valid ticks with one to three mutations (byte
 * flips, truncations, insertions of JSON tokens and bad UTF-8, duplicated fields, numbers out of range,
 * deep nesting, UTF-16) and random bytes. Every input must get the reference's decision (accepted with the same
 * tick, or a dead letter with a reason), and no input may throw.
 */
class FlatReadersFuzzTest {

    private static final int INPUTS = 1_000_000;

    /** Names are not canonical: the mutated names would only fill its symbol table. */
    private static final JsonFactory JSON = JsonFactory.builder()
            .disable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES)
            .build();

    /** Valid ticks to mutate, made once: making one costs more than reading it three times. */
    private static final int TICKS = 4096;

    /** The most containers around a value inside an unbound value, as the readers allow it. */
    private static final int MAX_SKIPPED_DEPTH = 64;

    private static final String[] TOKENS = {
        "{",
        "}",
        "[",
        "]",
        "\"",
        ":",
        ",",
        " ",
        "\\",
        "\\u",
        "\\u00e9",
        "\\uD800",
        "\\q",
        "null",
        "true",
        "false",
        "tru",
        "nul",
        "-",
        "0",
        "01",
        "1.",
        ".5",
        "1e",
        "1e999",
        "-1e999",
        "NaN",
        "Infinity",
        "1.5",
        "99999999999999999999",
        "-9223372036854775808",
        "9223372036854775807",
        "9223372036854775808",
        "\"event_time\":",
        "\"ticker\":",
        "\"price\":",
        "\"ticker\":\"X\",",
        "\"price\":1,",
        "\"price\":null,",
        "\"event_time\":\"2026-11-24T10:15:30Z\",",
        "\"event_time\":1700000000000,",
        "\"x\":[1,{\"y\":\"z\"}],",
        "\t",
        "\n",
        "\r",
        "\u0001",
        "/",
        "//",
        "/*",
        "'",
        "\u00e9",
        "\uD83D\uDE00",
    };

    private static final byte[][] BAD_UTF8 = {
        {(byte) 0xC3},
        {(byte) 0xC0, (byte) 0x80},
        {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
        {(byte) 0xF5, (byte) 0x80, (byte) 0x80, (byte) 0x80},
        {(byte) 0xFF},
        {(byte) 0x80},
        {(byte) 0xE2, (byte) 0x82},
        {(byte) 0xF0, (byte) 0x8F, (byte) 0xBF, (byte) 0xBF},
        {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
    };

    private static final String[] EVENT_TIMES = {
        "\"2026-11-24T10:15:30.123\"",
        "\"2026-11-24T10:15:30\"",
        "\"2026-11-24T10:15\"",
        "\"2026-11-24 10:15:30\"",
        "\"2026-11-24T10:15:30.123456789Z\"",
        "\"2026-11-24T10:15:30+01:00\"",
        "\"2024-02-29T23:59:59-05:30\"",
        "1764000000000",
        "-1",
        "0",
        "\"2026-02-30T00:00:00\"",
        "\"2026-11-24\"",
    };

    @Test
    void agreeWithJacksonsParserOnAMillionMutatedAndRandomInputs() {
        List<Checked> readers =
                List.of(new Checked("hand-written", StockTick.jsonFields().build()));
        SplittableRandom random = new SplittableRandom(17);
        byte[][] ticks = new byte[TICKS][];
        for (int t = 0; t < TICKS; t++) {
            ticks[t] = validTick(random);
        }
        for (int n = 0; n < INPUTS; n++) {
            byte[] input = n % 10 == 9 ? randomBytes(random) : mutate(ticks[random.nextInt(TICKS)], random);
            StockTick expected = reference(input);
            for (Checked reader : readers) {
                reader.check(n, input, expected);
            }
        }
        for (Checked reader : readers) {
            // Not a test of nothing: both decisions occur, and the reasons of malformed, wrongly typed,
            // incomplete, invalid, empty and not UTF-8 input.
            assertThat(reader.accepted).as(reader.name).isBetween(INPUTS / 20, INPUTS / 2);
            assertThat(reader.reasons)
                    .as(reader.name)
                    .containsKeys(
                            DeadLetterReason.MALFORMED_JSON,
                            DeadLetterReason.WRONG_TYPE,
                            DeadLetterReason.MISSING_FIELD,
                            DeadLetterReason.NOT_UTF8,
                            DeadLetterReason.INVALID,
                            DeadLetterReason.EMPTY);
        }
    }

    /** A reader as the parse operator runs it, and what it decided. */
    private static final class Checked {
        final String name;
        final JsonRecordParser<StockTick> parser;
        int accepted;
        final Map<DeadLetterReason, Integer> reasons = new EnumMap<>(DeadLetterReason.class);

        Checked(String name, RecordReader<StockTick> reader) {
            this.name = name;
            this.parser = new JsonRecordParser<>(
                    StockTick.class, reader, JsonParse.DEFAULT_MAX_PAYLOAD_BYTES, StockTick.validator());
        }

        void check(int n, byte[] input, StockTick expected) {
            StockTick actual;
            try {
                actual = parser.parse(input);
            } catch (RuntimeException | Error e) {
                throw new AssertionError(
                        name + ", input " + n + " threw instead of becoming a dead letter: " + show(input), e);
            }
            if (expected == null && actual != null) {
                fail("%s, input %d: Jackson rejects, the reader accepts %s: %s", name, n, actual, show(input));
            }
            if (expected != null && actual == null) {
                fail(
                        "%s, input %d: Jackson accepts %s, the reader rejects (%s: %s): %s",
                        name, n, expected, parser.reason(), parser.error(), show(input));
            }
            if (actual != null) {
                accepted++;
                if (!actual.getTicker().equals(expected.getTicker())
                        || !actual.getEventTime().equals(expected.getEventTime())
                        || actual.getPrice() != expected.getPrice()) {
                    fail("%s, input %d: read %s, Jackson %s: %s", name, n, actual, expected, show(input));
                }
            } else {
                if (parser.reason() == null
                        || parser.error() == null
                        || parser.error().isBlank()) {
                    fail("%s, input %d: a dead letter without a reason: %s", name, n, show(input));
                }
                reasons.merge(parser.reason(), 1, Integer::sum);
            }
        }
    }

    // ---- the reference: Jackson's streaming parser decides what is JSON, a few lines say what a tick is

    /** The tick Jackson's parser reads, under the block's rules, or null for a dead letter. */
    static StockTick reference(byte[] input) {
        if (input.length == 0 || !Utf8.isValid(input) || Utf8.isBlank(input)) {
            return null;
        }
        // From text, checked as UTF-8 above: from bytes, Jackson would take some for UTF-16 or UTF-32. A
        // leading byte order mark is skipped, as Jackson skips it in bytes.
        String text = new String(input, StandardCharsets.UTF_8);
        try (JsonParser parser = JSON.createParser(text.startsWith("\uFEFF") ? text.substring(1) : text)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            Set<String> seen = new HashSet<>();
            StockTick tick = new StockTick();
            boolean[] present = new boolean[3];
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                int field = List.of("event_time", "ticker", "price").indexOf(name);
                if (field < 0) {
                    if (!skip(parser, value)) {
                        return null;
                    }
                    continue;
                }
                if (!seen.add(name)) {
                    return null;
                }
                if (value == JsonToken.VALUE_NULL) {
                    continue;
                }
                present[field] = true;
                if (field == 0 && value == JsonToken.VALUE_STRING) {
                    tick.setEventTime(IsoTimestamps.localDateTime(parser.getText(), ZoneOffset.UTC));
                } else if (field == 0
                        && value == JsonToken.VALUE_NUMBER_INT
                        && parser.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
                    tick.setEventTime(IsoTimestamps.localDateTimeOfEpochMillis(parser.getLongValue(), ZoneOffset.UTC));
                } else if (field == 1 && value == JsonToken.VALUE_STRING) {
                    tick.setTicker(parser.getText());
                } else if (field == 2 && value.isNumeric()) {
                    tick.setPrice(parser.getDoubleValue());
                } else {
                    return null;
                }
            }
            if (parser.currentToken() != JsonToken.END_OBJECT || parser.nextToken() != null) {
                return null;
            }
            boolean complete = present[0] && present[1] && present[2];
            return complete && StockTick.validator().problem(tick) == null ? tick : null;
        } catch (IOException | DateTimeException e) {
            return null;
        }
    }

    /** Skips an unbound value, decoding its strings; false when it nests deeper than the readers allow. */
    private static boolean skip(JsonParser parser, JsonToken value) throws IOException {
        int open = 0;
        JsonToken token = value;
        while (true) {
            if (token == null) {
                return false;
            }
            if (!token.isStructEnd() && open > MAX_SKIPPED_DEPTH) {
                return false;
            }
            if (token.isStructStart()) {
                open++;
            } else if (token.isStructEnd()) {
                open--;
            } else if (token == JsonToken.VALUE_STRING) {
                parser.getText();
            }
            if (open == 0) {
                return true;
            }
            token = parser.nextToken();
        }
    }

    // ---- inputs

    private static byte[] validTick(SplittableRandom random) {
        List<String> fields = new ArrayList<>(List.of(
                "\"event_time\":" + EVENT_TIMES[random.nextInt(EVENT_TIMES.length)],
                "\"ticker\":\"" + (random.nextInt(8) == 0 ? "A\\u00e9\\\"\u4e2d" : "AMZN") + "\"",
                "\"price\":" + (random.nextInt(4) == 0 ? "1.5e2" : String.valueOf(random.nextInt(100_000) / 100.0))));
        if (random.nextInt(3) == 0) {
            fields.add(random.nextInt(fields.size() + 1), "\"extra\":" + nested(random.nextInt(MAX_SKIPPED_DEPTH + 4)));
        }
        if (random.nextInt(4) == 0) {
            fields.add(fields.get(random.nextInt(fields.size()))); // a duplicated field
        }
        for (int i = fields.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            fields.set(j, fields.set(i, fields.get(j)));
        }
        String space = random.nextInt(3) == 0 ? " " : "";
        String tick = "{" + space + String.join("," + space, fields) + "}";
        if (random.nextInt(64) == 0) { // JSON, but not in UTF-8
            return tick.getBytes(random.nextBoolean() ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE);
        }
        return tick.getBytes(StandardCharsets.UTF_8);
    }

    /** A value nested {@code depth} containers deep, usually shallow, around the readers' limit at times. */
    private static String nested(int depth) {
        if (depth < MAX_SKIPPED_DEPTH - 4) {
            depth = depth % 4;
        }
        return "[".repeat(depth) + "{\"k\":[\"v\",1.5,true,null]}" + "]".repeat(depth);
    }

    private static byte[] mutate(byte[] tick, SplittableRandom random) {
        byte[] bytes = tick;
        int mutations = random.nextInt(4); // none at times: the valid tick itself
        for (int m = 0; m < mutations && bytes.length > 0; m++) {
            int at = random.nextInt(bytes.length);
            switch (random.nextInt(7)) {
                case 0: // flip a bit
                    bytes = bytes.clone();
                    bytes[at] ^= (byte) (1 << random.nextInt(8));
                    break;
                case 1: // replace a byte by any byte
                    bytes = bytes.clone();
                    bytes[at] = (byte) random.nextInt(256);
                    break;
                case 2: // truncate
                    bytes = Arrays.copyOf(bytes, at);
                    break;
                case 3: // delete a range
                    bytes = concat(
                            Arrays.copyOf(bytes, at),
                            Arrays.copyOfRange(
                                    bytes, Math.min(bytes.length, at + 1 + random.nextInt(6)), bytes.length));
                    break;
                case 4: // insert bad UTF-8
                    bytes = insert(bytes, at, BAD_UTF8[random.nextInt(BAD_UTF8.length)]);
                    break;
                default: // insert a JSON token, a duplicated field, an out-of-range number
                    bytes = insert(bytes, at, TOKENS[random.nextInt(TOKENS.length)].getBytes(StandardCharsets.UTF_8));
                    break;
            }
        }
        return bytes;
    }

    private static byte[] randomBytes(SplittableRandom random) {
        byte[] bytes = new byte[random.nextInt(24)];
        String json = "{}[]\":,0123456789-.eE \\tfnrul\"";
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = random.nextBoolean()
                    ? (byte) json.charAt(random.nextInt(json.length()))
                    : (byte) random.nextInt(256);
        }
        return bytes;
    }

    private static byte[] insert(byte[] bytes, int at, byte[] inserted) {
        return concat(concat(Arrays.copyOf(bytes, at), inserted), Arrays.copyOfRange(bytes, at, bytes.length));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    private static String show(byte[] input) {
        StringBuilder text = new StringBuilder();
        for (byte b : input) {
            text.append(b >= 0x20 && b < 0x7F ? String.valueOf((char) b) : String.format("\\x%02X", b & 0xFF));
        }
        return text.toString();
    }
}
