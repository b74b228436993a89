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
package io.flinkblocks.operators.json.flat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.SplittableRandom;

import org.apache.flink.util.InstantiationUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.flinkblocks.operators.values.ValueEquality;

class FlatJsonReaderTest {

    /** A test record with one field of every kind. */
    public static final class Tick {
        long eventTime;
        String ticker;
        double price;
        long volume;
        boolean active;
        String note;

        @Override
        public boolean equals(Object o) {
            return ValueEquality.equal(this, o, Tick::fields);
        }

        @Override
        public int hashCode() {
            return ValueEquality.hash(fields());
        }

        private Object[] fields() {
            return new Object[] {eventTime, ticker, price, volume, active, note};
        }

        @Override
        public String toString() {
            return eventTime + "/" + ticker + "/" + price + "/" + volume + "/" + active + "/" + note;
        }
    }

    private static final FlatJsonReader<Tick> READER = FlatJsonReader.forType(Tick::new)
            .timestampField("event_time", (t, v) -> t.eventTime = v)
            .stringField("ticker", (t, v) -> t.ticker = v)
            .doubleField("price", (t, v) -> t.price = v)
            .longField("volume", (t, v) -> t.volume = v)
            .booleanField("active", (t, v) -> t.active = v)
            .stringField("note", (t, v) -> t.note = v)
            .require("event_time", "ticker", "price")
            .build();

    private static Tick read(String json) throws FlatJsonException {
        return READER.read(json.getBytes(StandardCharsets.UTF_8));
    }

    private static long utcMillis(String localDateTime) {
        return LocalDateTime.parse(localDateTime).toInstant(ZoneOffset.UTC).toEpochMilli();
    }

    @Test
    void readsTheGuideRecord() throws Exception {
        Tick tick = read("{\"event_time\": \"2026-11-24T10:15:30.123\", \"ticker\": \"AMZN\", \"price\": 42.17}");

        assertThat(tick.eventTime).isEqualTo(utcMillis("2026-11-24T10:15:30.123"));
        assertThat(tick.ticker).isEqualTo("AMZN");
        assertThat(tick.price).isEqualTo(42.17);
    }

    @Test
    void acceptsAnyOrderWhitespaceAndSkipsUnboundFieldsOfAnyShape() throws Exception {
        Tick tick =
                read(" {\n\t\"extra\": {\"nested\": [1, 2.5e3, \"x\", {\"deep\": null}, true]},\r\n \"price\" :-0.5 ,"
                        + "\"ticker\":\"INTC\", \"other\": false, \"event_time\": 1764000000000, \"n\": null } \n");

        assertThat(tick.price).isEqualTo(-0.5);
        assertThat(tick.ticker).isEqualTo("INTC");
        assertThat(tick.eventTime).isEqualTo(1_764_000_000_000L);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "2026-11-24T10:15:30         | 2026-11-24T10:15:30Z",
                "2026-11-24T10:15            | 2026-11-24T10:15:00Z",
                "2026-11-24T10:15Z           | 2026-11-24T10:15:00Z",
                "2026-11-24T10:15:30.1       | 2026-11-24T10:15:30.100Z",
                "2026-11-24T10:15:30.123456789 | 2026-11-24T10:15:30.123Z",
                "2026-11-24 10:15:30.123     | 2026-11-24T10:15:30.123Z",
                "2026-11-24T10:15:30Z        | 2026-11-24T10:15:30Z",
                "2026-11-24T10:15:30.5+02:00 | 2026-11-24T10:15:30.5+02:00",
                "2026-11-24T10:15:30-05:30   | 2026-11-24T10:15:30-05:30",
                "2024-02-29T23:59:59.999     | 2024-02-29T23:59:59.999Z",
                "1969-12-31T23:59:59         | 1969-12-31T23:59:59Z",
            })
    void readsIsoDateTimes(String text, String expected) throws Exception {
        Tick tick = read("{\"event_time\": \"" + text + "\", \"ticker\": \"A\", \"price\": 1}");

        assertThat(tick.eventTime)
                .isEqualTo(OffsetDateTime.parse(expected).toInstant().toEpochMilli());
    }

    @Test
    void readsLocalDateTimesInTheConfiguredOffset() throws Exception {
        FlatJsonReader<Tick> paris = FlatJsonReader.forType(Tick::new)
                .timestampField("t", (t, v) -> t.eventTime = v)
                .localTimeOffset(ZoneOffset.ofHours(1))
                .build();

        assertThat(paris.read("{\"t\": \"2026-11-24T10:00:00\"}".getBytes(StandardCharsets.UTF_8)).eventTime)
                .isEqualTo(utcMillis("2026-11-24T09:00:00"));
    }

    @Test
    void decodesEscapesAndUtf8() throws Exception {
        Tick tick = read(
                "{\"event_time\": 0, \"ticker\": \"A\\\"B\\\\C\\u00e9\\n\", \"price\": 1, \"note\": \"caf\u00e9 \u2713 \uD83D\uDE00\"}");

        assertThat(tick.ticker).isEqualTo("A\"B\\C\u00e9\n");
        assertThat(tick.note).isEqualTo("caf\u00e9 \u2713 \uD83D\uDE00");
    }

    @Test
    void nullOptionalFieldIsNullAndEmptyObjectFailsOnRequired() throws Exception {
        assertThat(read("{\"event_time\": 0, \"ticker\": \"A\", \"price\": 1, \"note\": null}").note)
                .isNull();
        assertThatThrownBy(() -> read("{}")).hasMessage("missing required field 'event_time'");
    }

    @Test
    void agreesWithJacksonOnRandomRecords() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        SplittableRandom random = new SplittableRandom(7);
        String alphabet = "AZaz09 \"\\/\n\t\u00e9\u4e2d\uD83D\uDE00\u0001";
        for (int n = 0; n < 20_000; n++) {
            Tick expected = new Tick();
            expected.eventTime = random.nextLong(-1_000_000_000_000L, 4_000_000_000_000L);
            expected.ticker = randomText(random, alphabet);
            expected.price = randomDouble(random);
            expected.volume = random.nextLong();
            expected.active = random.nextBoolean();
            expected.note = random.nextInt(4) == 0 ? null : randomText(random, alphabet);
            ObjectNode json = mapper.createObjectNode();
            json.put("event_time", expected.eventTime)
                    .put("ticker", expected.ticker)
                    .put("price", expected.price)
                    .put("volume", expected.volume)
                    .put("active", expected.active)
                    .put("note", expected.note);

            assertThat(READER.read(mapper.writeValueAsBytes(json)))
                    .as(json.toString())
                    .isEqualTo(expected);
        }
    }

    private static String randomText(SplittableRandom random, String alphabet) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(12);
        for (int i = 0; i < length; i++) {
            int at = random.nextInt(alphabet.length());
            char c = alphabet.charAt(at);
            if (Character.isHighSurrogate(c)) {
                text.append(c).append(alphabet.charAt(at + 1));
            } else if (!Character.isLowSurrogate(c)) {
                text.append(c);
            }
        }
        return text.toString();
    }

    private static double randomDouble(SplittableRandom random) {
        switch (random.nextInt(4)) {
            case 0:
                return Math.round(random.nextDouble() * 10_000) / 100.0;
            case 1:
                return random.nextDouble() * Math.pow(10, random.nextInt(-30, 30)) * (random.nextBoolean() ? 1 : -1);
            case 2:
                return random.nextLong(-1_000_000, 1_000_000);
            default:
                return Double.longBitsToDouble(random.nextLong() & 0x7fefffffffffffffL);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "truncated         | {\"event_time\": 0, \"ticker\": \"A\"                | expected ',' or '}'",
                "unterminated      | {\"event_time\": 0, \"ticker\": \"A                   | unterminated string",
                "trailing garbage  | {\"event_time\": 0, \"ticker\": \"A\", \"price\": 1} x | unexpected characters after the JSON object",
                "two objects       | {\"event_time\": 0, \"ticker\": \"A\", \"price\": 1}{} | unexpected characters after the JSON object",
                "top-level array   | [1, 2]                                               | expected a JSON object",
                "missing colon     | {\"ticker\" \"A\"}                                   | expected ':'",
                "missing comma     | {\"ticker\": \"A\" \"price\": 1}                     | expected ',' or '}'",
                "price as string   | {\"event_time\": 0, \"ticker\": \"A\", \"price\": \"12\"} | field 'price' must be a number",
                "ticker as number  | {\"event_time\": 0, \"ticker\": 5, \"price\": 1}     | field 'ticker' must be a string",
                "ticker as object  | {\"event_time\": 0, \"ticker\": {}, \"price\": 1}    | field 'ticker' must be a string",
                "volume fraction   | {\"event_time\": 0, \"ticker\": \"A\", \"price\": 1, \"volume\": 1.5} | field 'volume' must be an integer",
                "boolean as text   | {\"event_time\": 0, \"ticker\": \"A\", \"price\": 1, \"active\": \"yes\"} | field 'active' must be a boolean",
                "leading zero      | {\"event_time\": 0, \"ticker\": \"A\", \"price\": 01}  | leading zero",
                "bare dot          | {\"event_time\": 0, \"ticker\": \"A\", \"price\": 1.}  | digits expected after '.'",
                "NaN literal       | {\"event_time\": 0, \"ticker\": \"A\", \"price\": NaN} | field 'price' must be a number",
                "missing price     | {\"event_time\": 0, \"ticker\": \"A\"}               | missing required field 'price'",
                "null ticker       | {\"event_time\": 0, \"ticker\": null, \"price\": 1}  | missing required field 'ticker'",
                "duplicate field   | {\"event_time\": 0, \"ticker\": \"A\", \"ticker\": \"B\", \"price\": 1} | field 'ticker' appears twice",
                "duplicate after null | {\"event_time\": 0, \"ticker\": null, \"ticker\": \"B\", \"price\": 1} | field 'ticker' appears twice",
                "null after value  | {\"event_time\": 0, \"ticker\": \"A\", \"price\": 1, \"ticker\": null} | field 'ticker' appears twice",
                "bad date          | {\"event_time\": \"2026-13-01T00:00:00\", \"ticker\": \"A\", \"price\": 1} | date-time field out of range",
                "Feb 30            | {\"event_time\": \"2026-02-30T00:00:00\", \"ticker\": \"A\", \"price\": 1} | date-time field out of range",
                "not a date        | {\"event_time\": \"yesterday\", \"ticker\": \"A\", \"price\": 1} | not an ISO-8601 date-time",
                "bad escape        | {\"event_time\": 0, \"ticker\": \"\\q\", \"price\": 1} | bad escape",
                "huge integer      | {\"event_time\": 99999999999999999999, \"ticker\": \"A\", \"price\": 1} | integer out of range",
                "bad literal       | {\"event_time\": 0, \"ticker\": \"A\", \"price\": 1, \"x\": tru} | unexpected value",
            })
    void rejectsMalformedRecordsWithAClearReason(String name, String json, String reason) {
        assertThatThrownBy(() -> read(json))
                .isInstanceOf(FlatJsonException.class)
                .hasMessageContaining(reason);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\n"})
    void rejectsEmptyRecords(String json) {
        assertThatThrownBy(() -> read(json))
                .isInstanceOf(FlatJsonException.class)
                .hasMessage("empty record");
    }

    @Test
    void rejectsInvalidUtf8AndControlCharacters() {
        byte[] latin1 =
                "{\"event_time\": 0, \"ticker\": \"caf\u00e9\", \"price\": 1}".getBytes(StandardCharsets.ISO_8859_1);
        byte[] overlong = {'{', '"', 'n', 'o', 't', 'e', '"', ':', '"', (byte) 0xC0, (byte) 0xAF, '"', '}'};
        byte[] surrogate = {'{', '"', 'x', '"', ':', '"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"', '}'};
        byte[] control = "{\"ticker\": \"a\u0001b\"}".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> READER.read(latin1)).hasMessageContaining("invalid UTF-8");
        assertThatThrownBy(() -> READER.read(overlong)).hasMessageContaining("invalid UTF-8");
        assertThatThrownBy(() -> READER.read(surrogate)).hasMessageContaining("invalid UTF-8");
        assertThatThrownBy(() -> READER.read(control)).hasMessageContaining("control character in a string");

        byte[] unboundName = {'{', '"', (byte) 0xFF, '"', ':', '1', '}'};
        assertThatThrownBy(() -> READER.read(unboundName)).hasMessageContaining("invalid UTF-8");
        byte[] nestedName = {'{', '"', 'x', '"', ':', '{', '"', (byte) 0xFF, '"', ':', '1', '}', '}'};
        assertThatThrownBy(() -> READER.read(nestedName)).hasMessageContaining("invalid UTF-8");
        assertThatThrownBy(() -> read("{\"x\": {\"\\q\": 1}}")).hasMessageContaining("bad escape");
    }

    @Test
    void readsTheWholeRangeOfLongsAndNoMore() throws Exception {
        String tick = "{\"event_time\": 0, \"ticker\": \"A\", \"price\": 1, \"volume\": ";

        assertThat(read(tick + Long.MIN_VALUE + "}").volume).isEqualTo(Long.MIN_VALUE);
        assertThat(read(tick + Long.MAX_VALUE + "}").volume).isEqualTo(Long.MAX_VALUE);
        assertThatThrownBy(() -> read(tick + "9223372036854775808}")).hasMessageContaining("integer out of range");
        assertThatThrownBy(() -> read(tick + "-9223372036854775809}")).hasMessageContaining("integer out of range");
    }

    @Test
    void readsDateTimesWrittenWithEscapesAsTheirText() throws Exception {
        Tick tick = read("{\"event_time\": \"\\u0032026-11-24T10:15:30\\u005a\", \"ticker\": \"A\", \"price\": 1}");

        assertThat(tick.eventTime).isEqualTo(utcMillis("2026-11-24T10:15:30"));
        assertThatThrownBy(
                        () -> read("{\"event_time\": \"\\u0032026-13-24T10:15:30\", \"ticker\": \"A\", \"price\": 1}"))
                .isInstanceOf(FlatJsonException.class)
                .hasMessageContaining("date-time field out of range");
    }

    @Test
    void readsASliceOfABuffer() throws Exception {
        byte[] buffer = "xx{\"event_time\": 5, \"ticker\": \"T\", \"price\": 2.5}yy".getBytes(StandardCharsets.UTF_8);

        assertThat(READER.read(buffer, 2, buffer.length - 4).price).isEqualTo(2.5);
    }

    @Test
    void survivesJavaSerialization() throws Exception {
        FlatJsonReader<Tick> copy = InstantiationUtil.clone(READER);

        assertThat(copy.read("{\"event_time\": 5, \"ticker\": \"T\", \"price\": 2.5}".getBytes(StandardCharsets.UTF_8))
                        .ticker)
                .isEqualTo("T");
    }

    @Test
    void builderRejectsUnboundRequiredFieldsAndDuplicates() {
        assertThatThrownBy(() -> FlatJsonReader.forType(Tick::new).require("nope"))
                .hasMessageContaining("no field 'nope'");
        assertThatThrownBy(() -> FlatJsonReader.forType(Tick::new)
                        .stringField("a", (t, v) -> {})
                        .stringField("a", (t, v) -> {}))
                .hasMessageContaining("bound twice");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "not an object     | [1, 2]                                              | WRONG_TYPE",
                "a number document | 42                                                  | WRONG_TYPE",
                "null document     | null                                                | MALFORMED",
                "bare word         | not json                                            | MALFORMED",
                "string for number | {\"event_time\": 0, \"ticker\": \"A\", \"price\": \"1\"} | WRONG_TYPE",
                "array for number  | {\"event_time\": 0, \"ticker\": \"A\", \"price\": [1]}   | WRONG_TYPE",
                "object for string | {\"event_time\": 0, \"ticker\": {}, \"price\": 1}       | WRONG_TYPE",
                "NaN               | {\"event_time\": 0, \"ticker\": \"A\", \"price\": NaN}   | MALFORMED",
                "nothing for value | {\"ticker\": }                                     | MALFORMED",
                "bad date          | {\"event_time\": \"yesterday\", \"ticker\": \"A\", \"price\": 1} | WRONG_TYPE",
                "fraction for long | {\"event_time\": 0, \"ticker\": \"A\", \"price\": 1, \"volume\": 1.5} | WRONG_TYPE",
                "huge integer      | {\"event_time\": 99999999999999999999, \"ticker\": \"A\", \"price\": 1} | WRONG_TYPE",
                "missing field     | {\"event_time\": 0, \"ticker\": \"A\"}                  | MISSING_FIELD",
                "null required     | {\"event_time\": 0, \"ticker\": null, \"price\": 1}     | MISSING_FIELD",
                "trailing text     | {\"event_time\": 0, \"ticker\": \"A\", \"price\": 1} x | MALFORMED",
                "repeated field    | {\"event_time\": 0, \"ticker\": \"A\", \"ticker\": \"B\", \"price\": 1} | MALFORMED",
                "repeated after null | {\"event_time\": 0, \"ticker\": null, \"ticker\": \"B\", \"price\": 1} | MALFORMED",
            })
    void classifiesEachErrorByKind(String name, String json, FlatJsonException.Kind kind) {
        assertThatThrownBy(() -> read(json))
                .isInstanceOfSatisfying(
                        FlatJsonException.class, e -> assertThat(e.getKind()).isEqualTo(kind));
    }

    /** A record with a local date-time field. */
    public static final class Event {
        LocalDateTime time;
    }

    private static final FlatJsonReader<Event> EVENTS = FlatJsonReader.forType(Event::new)
            .localDateTimeField("time", (e, v) -> e.time = v)
            .require("time")
            .build();

    private static LocalDateTime eventTime(String json) throws FlatJsonException {
        return EVENTS.read(json.getBytes(StandardCharsets.UTF_8)).time;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"time\": \"2026-11-24T10:15:30\"}              | 2026-11-24T10:15:30",
                "{\"time\": \"2026-11-24T10:15:30.123456789\"}    | 2026-11-24T10:15:30.123456789",
                "{\"time\": \"2026-11-24 10:15:30.5\"}            | 2026-11-24T10:15:30.500",
                "{\"time\": \"2026-11-24T10:15:30.123456Z\"}      | 2026-11-24T10:15:30.123456",
                "{\"time\": \"2026-11-24T12:15:30.25+02:00\"}     | 2026-11-24T10:15:30.250",
                "{\"time\": \"2026-01-01T00:30:00-01:00\"}        | 2026-01-01T01:30",
                "{\"time\": 1005}                                 | 1970-01-01T00:00:01.005",
                "{\"time\": \"2026-11-24T10:01\"}                   | 2026-11-24T10:01",
                "{\"time\": \"2026-11-24T10:01+01:00\"}             | 2026-11-24T09:01",
            })
    void readsLocalDateTimesToTheNanosecondAndOffsetsToUtc(String json, String expected) throws Exception {
        assertThat(eventTime(json)).isEqualTo(LocalDateTime.parse(expected));
    }

    @Test
    void rejectsBadLocalDateTimesAsWrongType() {
        for (String json : new String[] {
            "{\"time\": \"2026-02-30T00:00:00\"}",
            "{\"time\": \"yesterday\"}",
            "{\"time\": \"2026-11-24T10:15:30+25:00\"}",
            "{\"time\": true}",
            "{\"time\": \"2026-11-24T10:01.5\"}",
            "{\"time\": \"2026-11-24T10\"}"
        }) {
            assertThatThrownBy(() -> eventTime(json))
                    .as(json)
                    .isInstanceOfSatisfying(
                            FlatJsonException.class,
                            e -> assertThat(e.getKind()).isEqualTo(FlatJsonException.Kind.WRONG_TYPE));
        }
    }

    @Test
    void matchesNamesThatNeedEscapesByTheirDecodedText() throws Exception {
        FlatJsonReader<Event> quoted = FlatJsonReader.forType(Event::new)
                .localDateTimeField("a\"b", (e, v) -> e.time = v)
                .build();
        byte[] json = "{\"a\\\"b\": 0}".getBytes(StandardCharsets.UTF_8);
        assertThat(quoted.read(json).time).isEqualTo(LocalDateTime.of(1970, 1, 1, 0, 0));
    }

    @Test
    void readsFieldsInAnyOrder() throws Exception {
        Tick a = read("{\"price\": 1.5, \"ticker\": \"A\", \"event_time\": 7}");
        Tick b = read("{\"ticker\": \"A\", \"event_time\": 7, \"price\": 1.5}");
        assertThat(a).isEqualTo(b);
        assertThat(a.ticker).isEqualTo("A");
        assertThat(a.eventTime).isEqualTo(7L);
    }
}
