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

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.flink.streaming.api.operators.ProcessOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;

import io.flinkblocks.operators.deadletter.DeadLetter;
import io.flinkblocks.operators.deadletter.DeadLetterReason;
import io.flinkblocks.operators.model.StockTick;

class JsonParseFunctionTest {

    private static final int MAX_PAYLOAD = 512;
    private static final int DEAD_LETTER_PAYLOAD = 64;

    private static final String GOOD =
            "{\"event_time\": \"2026-11-24T10:15:30.123\", \"ticker\": \"AMZN\", \"price\": 42.17}";

    /** A payload and the reason it must be rejected for. */
    private static final class Bad {
        final byte[] payload;
        final DeadLetterReason reason;

        Bad(byte[] payload, DeadLetterReason reason) {
            this.payload = payload;
            this.reason = reason;
        }

        Bad(String payload, DeadLetterReason reason) {
            this(payload.getBytes(StandardCharsets.UTF_8), reason);
        }

        @Override
        public String toString() {
            return reason + ": " + new String(payload, StandardCharsets.UTF_8);
        }
    }

    private static String tick(String eventTime, String ticker, String price) {
        return "{\"event_time\": " + eventTime + ", \"ticker\": " + ticker + ", \"price\": " + price + "}";
    }

    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    private static byte[] withTicker(byte[] tickerBytes) {
        byte[] head = "{\"event_time\": \"2026-11-24T10:15:30.123\", \"price\": 1.0, \"ticker\": \""
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = "\"}".getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[head.length + tickerBytes.length + tail.length];
        System.arraycopy(head, 0, out, 0, head.length);
        System.arraycopy(tickerBytes, 0, out, head.length, tickerBytes.length);
        System.arraycopy(tail, 0, out, head.length + tickerBytes.length, tail.length);
        return out;
    }

    private static byte[] concat(String head, byte[] middle, String tail) {
        byte[] h = head.getBytes(StandardCharsets.UTF_8);
        byte[] t = tail.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[h.length + middle.length + t.length];
        System.arraycopy(h, 0, out, 0, h.length);
        System.arraycopy(middle, 0, out, h.length, middle.length);
        System.arraycopy(t, 0, out, h.length + middle.length, t.length);
        return out;
    }

    static List<Bad> badCorpus() {
        String t = "\"2026-11-24T10:15:30.123\"";
        StringBuilder big = new StringBuilder("{\"ticker\": \"");
        while (big.length() < MAX_PAYLOAD) {
            big.append("AMZN");
        }
        big.append("\", \"event_time\": ").append(t).append(", \"price\": 1.0}");
        return Arrays.asList(
                // empty
                new Bad("", DeadLetterReason.EMPTY),
                new Bad("   ", DeadLetterReason.EMPTY),
                new Bad("\r\n\t ", DeadLetterReason.EMPTY),
                // oversize: well-formed, but over the limit
                new Bad(big.toString(), DeadLetterReason.OVERSIZE),
                new Bad(new byte[MAX_PAYLOAD + 1], DeadLetterReason.OVERSIZE),
                new Bad(new byte[10 * MAX_PAYLOAD], DeadLetterReason.OVERSIZE),
                // not UTF-8
                new Bad(withTicker(bytes(0xC3, 0x28)), DeadLetterReason.NOT_UTF8),
                new Bad(withTicker(bytes(0xFF)), DeadLetterReason.NOT_UTF8),
                new Bad(withTicker(bytes(0xC0, 0xAF)), DeadLetterReason.NOT_UTF8),
                new Bad(withTicker(bytes(0xED, 0xA0, 0x80)), DeadLetterReason.NOT_UTF8),
                new Bad(withTicker(bytes(0xE9)), DeadLetterReason.NOT_UTF8),
                new Bad(bytes(0xF0, 0x9F, 0x98), DeadLetterReason.NOT_UTF8),
                new Bad(withTicker(bytes(0xF4, 0x90, 0x80, 0x80)), DeadLetterReason.NOT_UTF8),
                new Bad(
                        concat(GOOD.substring(0, GOOD.length() - 1) + ", \"", bytes(0xFF), "\": 1}"),
                        DeadLetterReason.NOT_UTF8),
                new Bad(concat(GOOD, bytes(0xC3, 0x28), ""), DeadLetterReason.NOT_UTF8),
                // malformed JSON
                new Bad("{", DeadLetterReason.MALFORMED_JSON),
                new Bad("not json", DeadLetterReason.MALFORMED_JSON),
                new Bad("{\"ticker\": }", DeadLetterReason.MALFORMED_JSON),
                new Bad("{\"ticker\": \"AMZN\"", DeadLetterReason.MALFORMED_JSON),
                new Bad("{'ticker': 'AMZN'}", DeadLetterReason.MALFORMED_JSON),
                new Bad("null", DeadLetterReason.MALFORMED_JSON),
                new Bad(GOOD + " trailing", DeadLetterReason.MALFORMED_JSON),
                new Bad(GOOD + GOOD, DeadLetterReason.MALFORMED_JSON),
                new Bad(tick(t, "\"AMZN\"", "NaN"), DeadLetterReason.MALFORMED_JSON),
                // a field of the record twice: which value is meant is a guess, whichever reader reads it
                new Bad(
                        "{\"event_time\": " + t + ", \"ticker\": \"AMZN\", \"ticker\": \"MSFT\", \"price\": 1.0}",
                        DeadLetterReason.MALFORMED_JSON),
                new Bad(
                        "{\"event_time\": " + t + ", \"ticker\": \"AMZN\", \"price\": 1.0, \"price\": 1.0}",
                        DeadLetterReason.MALFORMED_JSON),
                new Bad(
                        "{\"event_time\": " + t + ", \"ticker\": null, \"price\": 1.0, \"ticker\": \"AMZN\"}",
                        DeadLetterReason.MALFORMED_JSON),
                // wrong types
                new Bad(tick(t, "\"AMZN\"", "\"42.17\""), DeadLetterReason.WRONG_TYPE),
                new Bad(tick(t, "\"AMZN\"", "\"abc\""), DeadLetterReason.WRONG_TYPE),
                new Bad(tick(t, "\"AMZN\"", "[42.17]"), DeadLetterReason.WRONG_TYPE),
                new Bad(tick(t, "\"AMZN\"", "{\"value\": 1}"), DeadLetterReason.WRONG_TYPE),
                new Bad(tick(t, "\"AMZN\"", "true"), DeadLetterReason.WRONG_TYPE),
                new Bad(tick(t, "{\"name\": \"AMZN\"}", "1.0"), DeadLetterReason.WRONG_TYPE),
                new Bad(tick("\"yesterday\"", "\"AMZN\"", "1.0"), DeadLetterReason.WRONG_TYPE),
                new Bad(tick("\"2026-13-45T99:00:00\"", "\"AMZN\"", "1.0"), DeadLetterReason.WRONG_TYPE),
                new Bad("[1, 2]", DeadLetterReason.WRONG_TYPE),
                new Bad("42", DeadLetterReason.WRONG_TYPE),
                new Bad("\"AMZN\"", DeadLetterReason.WRONG_TYPE),
                // missing required fields
                new Bad("{}", DeadLetterReason.MISSING_FIELD),
                new Bad("{\"ticker\": \"AMZN\", \"price\": 1.0}", DeadLetterReason.MISSING_FIELD),
                new Bad("{\"event_time\": " + t + ", \"price\": 1.0}", DeadLetterReason.MISSING_FIELD),
                new Bad("{\"event_time\": " + t + ", \"ticker\": \"AMZN\"}", DeadLetterReason.MISSING_FIELD),
                new Bad(tick(t, "null", "1.0"), DeadLetterReason.MISSING_FIELD),
                new Bad(tick("null", "\"AMZN\"", "1.0"), DeadLetterReason.MISSING_FIELD),
                // parsed, rejected by the validator
                new Bad(tick(t, "\"\"", "1.0"), DeadLetterReason.INVALID),
                new Bad(tick(t, "\"  \"", "1.0"), DeadLetterReason.INVALID),
                new Bad(tick(t, "\"AMZN\"", "-3.5"), DeadLetterReason.INVALID));
    }

    static List<String> goodCorpus() {
        return Arrays.asList(
                GOOD,
                tick("\"2026-11-24T10:15:30.123456\"", "\"MSFT\"", "1"),
                tick("\"2026-11-24T10:15:30\"", "\"TBV\"", "4.2e1"),
                "  " + GOOD + "\n",
                "{\"price\": 3.5, \"ticker\": \"INTC\", \"event_time\": \"2026-11-24T10:15:31.000\", \"extra\": [1, {\"a\": null}]}",
                tick("\"2026-11-24T10:15:32.5\"", "\"ÄMZN\"", "0"),
                "\uFEFF" + tick("\"2026-11-24T10:15:33.001\"", "\"AAPL\"", "99.99"));
    }

    private static OneInputStreamOperatorTestHarness<byte[], StockTick> harness(JsonParseFunction<byte[], StockTick> fn)
            throws Exception {
        OneInputStreamOperatorTestHarness<byte[], StockTick> harness =
                new OneInputStreamOperatorTestHarness<>(new ProcessOperator<>(fn));
        harness.open();
        return harness;
    }

    private static JsonParse<StockTick> parse() {
        return JsonParse.of(StockTick.class)
                .named("Parse stock ticks")
                .maxPayloadBytes(MAX_PAYLOAD)
                .deadLetterPayloadBytes(DEAD_LETTER_PAYLOAD)
                .validator(StockTick.validator());
    }

    /** The same operator, reading with the flat reader instead of Jackson. */
    private static JsonParse<StockTick> flatParse() {
        return parse().reader(StockTick.flatReader());
    }

    @Test
    void sendsEveryBadRecordToDeadLettersAndEveryGoodOneToTheMainOutput() throws Exception {
        assertDeadLettersAndRecords(parse());
    }

    @Test
    void flatReaderSendsEveryBadRecordToDeadLettersWithTheSameReasons() throws Exception {
        assertDeadLettersAndRecords(flatParse());
    }

    @Test
    void flatReaderReadsTheGoodCorpusLikeJackson() throws Exception {
        JsonRecordDeserializationSchema<StockTick> jackson = parse().deserializationSchema();
        JsonRecordDeserializationSchema<StockTick> flat = flatParse().deserializationSchema();
        for (String good : goodCorpus()) {
            byte[] payload = good.getBytes(StandardCharsets.UTF_8);
            assertThat(flat.deserialize(payload)).as(good).isEqualTo(jackson.deserialize(payload));
        }
    }

    @Test
    void flatReaderDeserializationSchemaSkipsBadRecordsWithTheSameReasons() throws Exception {
        JsonRecordDeserializationSchema<StockTick> schema = flatParse().deserializationSchema();
        for (Bad bad : badCorpus()) {
            assertThat(schema.deserialize(bad.payload)).as(bad.toString()).isNull();
            assertThat(schema.lastReason()).as(bad.toString()).isEqualTo(bad.reason);
        }
    }

    @Test
    void flatReaderCountsExceptionsOfTheRecordsSettersAsWrongType() throws Exception {
        JsonParse<StockTick> parse = JsonParse.of(StockTick.class)
                .reader(io.flinkblocks.operators.json.flat.FlatJsonReader.forType(StockTick::new)
                        .stringField("ticker", (tick, ticker) -> {
                            throw new IllegalArgumentException("no ticker allowed");
                        })
                        .build());
        JsonRecordDeserializationSchema<StockTick> schema = parse.deserializationSchema();
        assertThat(schema.deserialize("{\"ticker\": \"AMZN\"}".getBytes(StandardCharsets.UTF_8)))
                .isNull();
        assertThat(schema.lastReason()).isEqualTo(DeadLetterReason.WRONG_TYPE);
    }

    /** Keys that appear twice but are not fields of the record: Jackson rejects them, the flat reader skips them. */
    static List<String> repeatedUnboundKeys() {
        String t = "\"2026-11-24T10:15:30.123\"";
        return Arrays.asList(
                "{\"event_time\": " + t + ", \"ticker\": \"AMZN\", \"price\": 1.0, \"extra\": 1, \"extra\": 2}",
                "{\"event_time\": " + t + ", \"ticker\": \"AMZN\", \"price\": 1.0, \"extra\": {\"a\": 1, \"a\": 2}}",
                "{\"event_time\": " + t
                        + ", \"ticker\": \"AMZN\", \"price\": 1.0, \"extra\": [{\"a\": 1, \"a\": null}]}");
    }

    @Test
    void jacksonRejectsAnyRepeatedKeyAsMalformed() throws Exception {
        JsonRecordDeserializationSchema<StockTick> schema = parse().deserializationSchema();
        for (String json : repeatedUnboundKeys()) {
            assertThat(schema.deserialize(json.getBytes(StandardCharsets.UTF_8)))
                    .as(json)
                    .isNull();
            assertThat(schema.lastReason()).as(json).isEqualTo(DeadLetterReason.MALFORMED_JSON);
        }
    }

    @Test
    void flatReaderSkipsRepeatedKeysItDoesNotBind() throws Exception {
        JsonRecordDeserializationSchema<StockTick> schema = flatParse().deserializationSchema();
        StockTick expected = new StockTick(LocalDateTime.parse("2026-11-24T10:15:30.123"), "AMZN", 1.0);
        for (String json : repeatedUnboundKeys()) {
            assertThat(schema.deserialize(json.getBytes(StandardCharsets.UTF_8)))
                    .as(json)
                    .isEqualTo(expected);
        }
    }

    @Test
    void aRepeatedKeyIsAMalformedDeadLetterNamingTheKey() throws Exception {
        String twice =
                "{\"event_time\": \"2026-11-24T10:15:30.123\", \"ticker\": \"AMZN\", \"ticker\": \"MSFT\", \"price\": 1.0}";
        for (JsonParse<StockTick> parse : List.of(parse(), flatParse())) {
            JsonParseFunction<byte[], StockTick> fn = parse.bytesFunction();
            try (OneInputStreamOperatorTestHarness<byte[], StockTick> harness = harness(fn)) {
                harness.processElement(twice.getBytes(StandardCharsets.UTF_8), 0L);

                assertThat(harness.extractOutputValues()).isEmpty();
                DeadLetter letter = harness.getSideOutput(JsonParseFunction.DEAD_LETTERS)
                        .poll()
                        .getValue();
                assertThat(letter.getReason()).isEqualTo(DeadLetterReason.MALFORMED_JSON);
                assertThat(letter.getError())
                        .containsIgnoringCase("ticker")
                        .satisfiesAnyOf(
                                error -> assertThat(error).contains("Duplicate field"),
                                error -> assertThat(error).contains("appears twice"));
            }
        }
    }

    private static void assertDeadLettersAndRecords(JsonParse<StockTick> parse) throws Exception {
        List<Bad> bad = badCorpus();
        List<String> good = goodCorpus();
        assertThat(bad).hasSizeGreaterThanOrEqualTo(30);
        // every reason a parser gives; LATE is the windows' reason
        assertThat(bad.stream().map(b -> b.reason).distinct())
                .containsExactlyInAnyOrder(Arrays.stream(DeadLetterReason.values())
                        .filter(r -> r != DeadLetterReason.LATE)
                        .toArray(DeadLetterReason[]::new));

        JsonParseFunction<byte[], StockTick> fn = parse.bytesFunction();
        try (OneInputStreamOperatorTestHarness<byte[], StockTick> harness = harness(fn)) {
            harness.setProcessingTime(1234L);
            // interleaved, so a bad record cannot disturb the next good one
            int g = 0;
            for (Bad b : bad) {
                harness.processElement(b.payload, 0L);
                harness.processElement(good.get(g++ % good.size()).getBytes(StandardCharsets.UTF_8), 0L);
            }
            List<StockTick> parsed = harness.extractOutputValues();
            List<DeadLetter> deadLetters = harness.getSideOutput(JsonParseFunction.DEAD_LETTERS).stream()
                    .map(StreamRecord::getValue)
                    .collect(Collectors.toList());

            assertThat(parsed).hasSize(bad.size());
            assertThat(parsed).allSatisfy(tick -> {
                assertThat(tick.getTicker()).isNotBlank();
                assertThat(tick.getEventTime()).isNotNull();
            });
            assertThat(deadLetters).hasSize(bad.size());
            for (int i = 0; i < bad.size(); i++) {
                DeadLetter letter = deadLetters.get(i);
                Bad expected = bad.get(i);
                assertThat(letter.getReason())
                        .as("%s -> %s", expected, letter.getError())
                        .isEqualTo(expected.reason);
                assertThat(letter.getPayloadBytes()).isEqualTo(expected.payload.length);
                byte[] kept = letter.decodePayload();
                if (letter.isTruncated()) {
                    assertThat(kept)
                            .as("a prefix of %s", expected)
                            .isEqualTo(Arrays.copyOf(expected.payload, kept.length));
                } else {
                    // the original bytes, in Base64 when they are not UTF-8
                    assertThat(kept).as("original bytes of %s", expected).isEqualTo(expected.payload);
                    assertThat(letter.getPayloadEncoding())
                            .as(expected.toString())
                            .isEqualTo(
                                    expected.reason == DeadLetterReason.NOT_UTF8
                                            ? DeadLetter.BASE64
                                            : DeadLetter.UTF_8);
                }
                assertThat(letter.getError()).isNotBlank();
                assertThat(letter.getOperator()).isEqualTo("Parse stock ticks");
                assertThat(letter.getTimestamp()).isEqualTo(1234L);
            }
            assertThat(fn.deadLetterCount()).isEqualTo(bad.size());
        }
    }

    @Test
    void parsesTheGuidesTick() throws Exception {
        for (JsonParse<StockTick> parse : Arrays.asList(parse(), flatParse())) {
            try (OneInputStreamOperatorTestHarness<byte[], StockTick> harness = harness(parse.bytesFunction())) {
                harness.processElement(GOOD.getBytes(StandardCharsets.UTF_8), 5L);
                assertThat(harness.extractOutputValues())
                        .containsExactly(
                                new StockTick(LocalDateTime.of(2026, 11, 24, 10, 15, 30, 123_000_000), "AMZN", 42.17));
                assertThat(harness.getOutput())
                        .first()
                        .satisfies(r ->
                                assertThat(((StreamRecord<?>) r).getTimestamp()).isEqualTo(5L));
            }
        }
    }

    @Test
    void truncatesTheDeadLetterPayloadToTheLimit() throws Exception {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            text.append((char) ('a' + i % 26));
        }
        try (OneInputStreamOperatorTestHarness<byte[], StockTick> harness = harness(parse().bytesFunction())) {
            harness.processElement(text.toString().getBytes(StandardCharsets.UTF_8), 0L);
            DeadLetter letter =
                    harness.getSideOutput(JsonParseFunction.DEAD_LETTERS).peek().getValue();
            assertThat(letter.getPayload()).isEqualTo(text.substring(0, DEAD_LETTER_PAYLOAD));
            assertThat(letter.isTruncated()).isTrue();
            assertThat(letter.getPayloadBytes()).isEqualTo(100);
        }
    }

    @Test
    void parsesStringsWithTheSameRules() throws Exception {
        JsonParseFunction<String, StockTick> fn = parse().stringFunction();
        try (OneInputStreamOperatorTestHarness<String, StockTick> harness =
                new OneInputStreamOperatorTestHarness<>(new ProcessOperator<>(fn))) {
            harness.open();
            List<String> inputs = new ArrayList<>(goodCorpus());
            inputs.add("{");
            inputs.add("");
            inputs.add(tick("\"2026-11-24T10:15:30\"", "\"AMZN\"", "\"1\""));
            for (String input : inputs) {
                harness.processElement(input, 0L);
            }
            assertThat(harness.extractOutputValues()).hasSize(goodCorpus().size());
            assertThat(harness.getSideOutput(JsonParseFunction.DEAD_LETTERS))
                    .extracting(r -> r.getValue().getReason())
                    .containsExactly(
                            DeadLetterReason.MALFORMED_JSON, DeadLetterReason.EMPTY, DeadLetterReason.WRONG_TYPE);
            assertThat(fn.deadLetterCount()).isEqualTo(3);
        }
    }

    @Test
    void deserializationSchemaSkipsBadRecords() throws Exception {
        JsonRecordDeserializationSchema<StockTick> schema = parse().deserializationSchema();
        assertThat(schema.deserialize(GOOD.getBytes(StandardCharsets.UTF_8)).getTicker())
                .isEqualTo("AMZN");
        for (Bad bad : badCorpus()) {
            assertThat(schema.deserialize(bad.payload)).as(bad.toString()).isNull();
            assertThat(schema.lastReason()).isEqualTo(bad.reason);
        }
    }

    @Test
    void serializationSchemaWritesWhatTheParserReads() throws Exception {
        StockTick tick = new StockTick(LocalDateTime.of(2026, 11, 24, 10, 15, 30, 123_000_000), "AMZN", 42.17);
        JsonRecordSerializationSchema<StockTick> lines = JsonRecordSerializationSchema.jsonLines(StockTick.class);
        String line = new String(lines.serialize(tick), StandardCharsets.UTF_8);
        assertThat(line)
                .isEqualTo("{\"event_time\":\"2026-11-24T10:15:30.123\",\"ticker\":\"AMZN\",\"price\":42.17}\n");
        assertThat(parse().deserializationSchema().deserialize(line.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(tick);
    }

    @Test
    void deadLettersAreFlinkPojosAndSerializeToJsonLines() {
        assertThat(org.apache.flink.api.common.typeinfo.TypeInformation.of(DeadLetter.class))
                .isInstanceOf(org.apache.flink.api.java.typeutils.PojoTypeInfo.class);
        DeadLetter letter = new DeadLetter(
                "{", 1, false, DeadLetterReason.MALFORMED_JSON, "Unexpected end-of-input", 42L, "Parse stock ticks");
        String line = new String(
                JsonRecordSerializationSchema.jsonLines(DeadLetter.class).serialize(letter), StandardCharsets.UTF_8);
        assertThat(line)
                .isEqualTo(
                        "{\"payload\":\"{\",\"payload_encoding\":\"utf-8\",\"payload_bytes\":1,\"truncated\":false,\"reason\":\"MALFORMED_JSON\","
                                + "\"error\":\"Unexpected end-of-input\",\"timestamp\":42,\"operator\":\"Parse stock ticks\"}\n");
    }

    @Test
    void notUtf8PayloadsKeepTheirOriginalBytesInBase64() throws Exception {
        byte[] broken = {'{', '"', (byte) 0xC3, 0x28, '"', ':', '1', '}'};
        byte[] utf16 = {(byte) 0xFF, (byte) 0xFE, 0, 0};
        for (JsonParse<StockTick> parse : Arrays.asList(parse(), flatParse())) {
            try (OneInputStreamOperatorTestHarness<byte[], StockTick> harness = harness(parse.bytesFunction())) {
                harness.processElement(broken, 0L);
                harness.processElement(utf16, 0L);
                List<DeadLetter> letters = harness.getSideOutput(JsonParseFunction.DEAD_LETTERS).stream()
                        .map(StreamRecord::getValue)
                        .collect(Collectors.toList());

                assertThat(letters)
                        .extracting(DeadLetter::getReason)
                        .containsExactly(DeadLetterReason.NOT_UTF8, DeadLetterReason.NOT_UTF8);
                assertThat(letters).extracting(DeadLetter::getPayloadEncoding).containsOnly(DeadLetter.BASE64);
                assertThat(letters.get(0).getPayload()).isEqualTo("eyLDKCI6MX0=");
                assertThat(letters.get(0).decodePayload()).isEqualTo(broken);
                assertThat(letters.get(1).getPayload()).isEqualTo("//4AAA==");
                assertThat(letters.get(1).decodePayload()).isEqualTo(utf16);
                String line = new String(
                        JsonRecordSerializationSchema.of(DeadLetter.class).serialize(letters.get(0)),
                        StandardCharsets.UTF_8);
                assertThat(line)
                        .startsWith("{\"payload\":\"eyLDKCI6MX0=\",\"payload_encoding\":\"base64\",\"payload_bytes\":8,"
                                + "\"truncated\":false,\"reason\":\"NOT_UTF8\"");
            }
        }
    }

    @Test
    void aCutPayloadStaysTextAndNeverSplitsACharacter() {
        // "é" is two bytes: a cut after 5 bytes would split the third one, so 4 bytes are kept
        byte[] text = "ééééé".getBytes(StandardCharsets.UTF_8);
        DeadLetter cut = DeadLetter.ofBytes(text, 5, DeadLetterReason.OVERSIZE, "too big", 1L, "Parse");
        assertThat(cut.getPayload()).isEqualTo("éé");
        assertThat(cut.getPayloadEncoding()).isEqualTo(DeadLetter.UTF_8);
        assertThat(cut.isTruncated()).isTrue();
        assertThat(cut.getPayloadBytes()).isEqualTo(10);

        // not UTF-8 within the kept bytes: the first 5 bytes, in Base64
        byte[] binary = {1, 2, (byte) 0xFF, 3, 4, 5, 6};
        DeadLetter bytes = DeadLetter.ofBytes(binary, 5, DeadLetterReason.OVERSIZE, "too big", 1L, "Parse");
        assertThat(bytes.getPayloadEncoding()).isEqualTo(DeadLetter.BASE64);
        assertThat(bytes.decodePayload()).isEqualTo(new byte[] {1, 2, (byte) 0xFF, 3, 4});

        assertThat(DeadLetter.ofBytes(null, 5, DeadLetterReason.EMPTY, "empty", 1L, "Parse")
                        .getPayload())
                .isEmpty();
    }
}
