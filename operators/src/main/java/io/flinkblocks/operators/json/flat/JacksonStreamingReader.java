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

import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import org.apache.flink.annotation.Experimental;
import org.apache.flink.util.function.SerializableSupplier;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;

import io.flinkblocks.operators.json.flat.FlatJsonReader.BooleanSetter;
import io.flinkblocks.operators.json.flat.FlatJsonReader.DoubleSetter;
import io.flinkblocks.operators.json.flat.FlatJsonReader.Field;
import io.flinkblocks.operators.json.flat.FlatJsonReader.LocalDateTimeSetter;
import io.flinkblocks.operators.json.flat.FlatJsonReader.LongSetter;
import io.flinkblocks.operators.json.flat.FlatJsonReader.StringSetter;
import io.flinkblocks.operators.text.IsoTimestamps;
import io.flinkblocks.operators.text.Utf8;

/**
 * Reads flat JSON records with Jackson's streaming parser under the rules of {@link FlatJsonReader}: the
 * same bound fields, the same strictness, the same {@link FlatJsonException} kinds. Field names are
 * matched with {@link JsonParser#nextFieldName(com.fasterxml.jackson.core.SerializableString)}, trying
 * the field after the last one first (records repeat one order); values come straight from the parser,
 * no tree and no data binding. Made by {@link FlatJsonReader.Builder#buildStreaming()}.
 *
 * <p>Jackson decodes strings lazily and does not reject UTF-8 overlong forms or encoded surrogates, so
 * the record's bytes are checked as UTF-8 first, and every skipped string is decoded to check its escapes.
 *
 * <p>Experimental: it stands beside the hand-written reader until {@code JsonParsingBenchmark} decides
 * which of the two the blocks keep.
 */
@Experimental
public final class JacksonStreamingReader<T> implements RecordReader<T> {

    private static final long serialVersionUID = 1L;

    /**
     * Thread-safe and shared. Repeated names are detected per bound field below, as the flat reader does;
     * unbound fields may repeat. Names are canonical (without it Jackson reads bytes through a
     * {@code Reader}, at half the speed) but not interned: records with many distinct names, bad ones
     * included, would fill the JVM's string table.
     */
    private static final JsonFactory JSON = JsonFactory.builder().disable(JsonFactory.Feature.INTERN_FIELD_NAMES).build();

    private final SerializableSupplier<T> factory;
    private final Field<T>[] fields;
    private final SerializedString[] names;
    private final long requiredMask;
    private final ZoneOffset localOffset;

    JacksonStreamingReader(SerializableSupplier<T> factory, Field<T>[] fields, ZoneOffset localOffset) {
        this.factory = factory;
        this.fields = fields;
        this.names = new SerializedString[fields.length];
        for (int f = 0; f < fields.length; f++) {
            names[f] = new SerializedString(fields[f].name);
        }
        this.requiredMask = FlatJsonReader.requiredMask(fields);
        this.localOffset = localOffset;
    }

    @Override
    public T read(byte[] bytes, int offset, int length) throws FlatJsonException {
        if (!Utf8.isValid(bytes, offset, offset + length)) {
            throw new FlatJsonException("invalid UTF-8", -1);
        }
        if (hasNulInFirstFour(bytes, offset, length)) {
            // Jackson takes such bytes for UTF-16 or UTF-32 and would read them; JSON in UTF-8 never has one.
            throw new FlatJsonException("NUL byte where a JSON object starts", 0);
        }
        try (JsonParser parser = JSON.createParser(bytes, offset, length)) {
            return readObject(parser);
        } catch (JsonProcessingException e) {
            throw new FlatJsonException(e.getOriginalMessage(), -1);
        } catch (IOException e) {
            throw new FlatJsonException(String.valueOf(e.getMessage()), -1);
        }
    }

    private T readObject(JsonParser parser) throws IOException, FlatJsonException {
        JsonToken first = parser.nextToken();
        if (first == null) {
            throw new FlatJsonException("empty record", -1);
        }
        if (first != JsonToken.START_OBJECT) {
            // Another JSON value is a document of the wrong type; a bare null is malformed, as in the flat reader.
            throw new FlatJsonException("expected a JSON object", 0,
                    first == JsonToken.VALUE_NULL ? FlatJsonException.Kind.MALFORMED : FlatJsonException.Kind.WRONG_TYPE);
        }
        T target = factory.get();
        long seen = 0; // bound fields that appeared, null or not: a second appearance is an error
        long set = 0; // bound fields with a value that is not null: what a required field needs
        int expected = 0;
        while (true) {
            int field;
            if (fields.length > 0 && parser.nextFieldName(names[expected])) {
                field = expected;
            } else if (parser.currentToken() == JsonToken.END_OBJECT) {
                break;
            } else {
                field = lookup(parser.currentName());
            }
            JsonToken value = parser.nextToken();
            if (field < 0) {
                skip(parser, value);
                continue;
            }
            expected = field + 1 == fields.length ? 0 : field + 1;
            long bit = 1L << field;
            if ((seen & bit) != 0) {
                throw new FlatJsonException("field '" + fields[field].name + "' appears twice", position(parser));
            }
            seen |= bit;
            if (readValue(fields[field], target, parser, value)) {
                set |= bit;
            }
        }
        // trailing data first, as the flat reader: a record cut and run into the next is malformed, whatever it lacks
        if (parser.nextToken() != null) {
            throw new FlatJsonException("unexpected characters after the JSON object", position(parser));
        }
        FlatJsonReader.checkRequired(fields, requiredMask, set);
        return target;
    }

    /** Sets a bound field from the current token; false when the value was null. */
    @SuppressWarnings("unchecked")
    private boolean readValue(Field<T> field, T target, JsonParser parser, JsonToken value)
            throws IOException, FlatJsonException {
        if (value == JsonToken.VALUE_NULL) {
            if (field.kind == FlatJsonReader.Kind.STRING) {
                ((StringSetter<T>) field.setter).set(target, null);
            }
            return false;
        }
        switch (field.kind) {
            case STRING:
                expect(field, parser, value == JsonToken.VALUE_STRING, "a string");
                ((StringSetter<T>) field.setter).set(target, parser.getText());
                return true;
            case DOUBLE:
                expect(field, parser, value.isNumeric(), "a number");
                ((DoubleSetter<T>) field.setter).set(target, parser.getDoubleValue());
                return true;
            case LONG:
                ((LongSetter<T>) field.setter).set(target, longValue(field, parser, value));
                return true;
            case BOOLEAN:
                expect(field, parser, value.isBoolean(), "a boolean");
                ((BooleanSetter<T>) field.setter).set(target, value == JsonToken.VALUE_TRUE);
                return true;
            case TIMESTAMP:
                ((LongSetter<T>) field.setter).set(target, value == JsonToken.VALUE_STRING
                        ? epochMillis(field, parser)
                        : longValue(field, parser, value));
                return true;
            case LOCAL_DATE_TIME:
                ((LocalDateTimeSetter<T>) field.setter).set(target, localDateTime(field, parser, value));
                return true;
            default:
                throw new IllegalStateException("unhandled kind " + field.kind);
        }
    }

    private long longValue(Field<T> field, JsonParser parser, JsonToken value) throws IOException, FlatJsonException {
        expect(field, parser, value == JsonToken.VALUE_NUMBER_INT, "an integer");
        JsonParser.NumberType type = parser.getNumberType();
        if (type != JsonParser.NumberType.INT && type != JsonParser.NumberType.LONG) {
            throw new FlatJsonException("field '" + field.name + "': integer out of range", position(parser),
                    FlatJsonException.Kind.WRONG_TYPE);
        }
        return parser.getLongValue();
    }

    private long epochMillis(Field<T> field, JsonParser parser) throws IOException, FlatJsonException {
        try {
            return IsoTimestamps.epochMillis(textBytes(parser), 0, parser.getTextLength(), localOffset);
        } catch (DateTimeException e) {
            throw FlatJsonReader.badDateTime(field, e, position(parser));
        }
    }

    private LocalDateTime localDateTime(Field<T> field, JsonParser parser, JsonToken value)
            throws IOException, FlatJsonException {
        try {
            if (value == JsonToken.VALUE_STRING) {
                return IsoTimestamps.localDateTime(textBytes(parser), 0, parser.getTextLength(), localOffset);
            }
            return IsoTimestamps.localDateTimeOfEpochMillis(longValue(field, parser, value), localOffset);
        } catch (DateTimeException e) {
            throw FlatJsonReader.badDateTime(field, e, position(parser));
        }
    }

    /**
     * The current string's characters as the grammar's bytes: the grammar is ASCII, so any other
     * character becomes 0, which it rejects (a cast could turn one into a digit).
     */
    private static byte[] textBytes(JsonParser parser) throws IOException {
        char[] chars = parser.getTextCharacters();
        int start = parser.getTextOffset();
        byte[] bytes = new byte[parser.getTextLength()];
        for (int k = 0; k < bytes.length; k++) {
            char c = chars[start + k];
            bytes[k] = c < 0x80 ? (byte) c : 0;
        }
        return bytes;
    }

    private static void expect(Field<?> field, JsonParser parser, boolean ok, String expected) throws FlatJsonException {
        if (!ok) {
            throw new FlatJsonException("field '" + field.name + "' must be " + expected, position(parser),
                    FlatJsonException.Kind.WRONG_TYPE);
        }
    }

    /**
     * Skips the value of an unbound field, decoding its strings (Jackson checks escapes only when it
     * decodes) and failing as deep as the flat reader does.
     */
    private static void skip(JsonParser parser, JsonToken value) throws IOException, FlatJsonException {
        int open = 0;
        JsonToken token = value;
        while (true) {
            if (!token.isStructEnd() && open > FlatJsonReader.MAX_SKIPPED_DEPTH) {
                throw new FlatJsonException("nesting too deep", position(parser));
            }
            if (token.isStructStart()) {
                open++;
            } else if (token.isStructEnd()) {
                open--;
            } else if (token == JsonToken.VALUE_STRING) {
                parser.getTextLength();
            }
            if (open == 0) {
                return;
            }
            token = parser.nextToken();
            if (token == null) {
                throw new FlatJsonException("record ends inside a value", position(parser));
            }
        }
    }

    private static boolean hasNulInFirstFour(byte[] bytes, int offset, int length) {
        for (int i = offset; i < offset + Math.min(length, 4); i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private int lookup(String name) {
        for (int f = 0; f < fields.length; f++) {
            if (fields[f].name.equals(name)) {
                return f;
            }
        }
        return -1;
    }

    private static int position(JsonParser parser) {
        return (int) parser.currentTokenLocation().getByteOffset();
    }
}
