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

import java.util.List;
import java.util.Objects;

import org.apache.flink.annotation.PublicEvolving;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.streaming.api.datastream.DataStream;

import io.flinkblocks.operators.identity.OperatorIdentity;
import io.flinkblocks.operators.json.flat.RecordReader;
import io.flinkblocks.runtime.PropertyGroup;
import io.flinkblocks.runtime.PropertyOption;
import io.flinkblocks.runtime.PropertyOptions;

/**
 * Entry point of JSON parsing with dead letters.
 *
 * <pre>{@code
 * ParsedStream<StockTick> ticks = JsonParse.of(StockTick.class)
 *         .named("Parse stock ticks")              // uid "parse-stock-ticks"
 *         .maxPayloadBytes(64 * 1024)
 *         .fromBytes(rawRecords);
 * ticks.records()...;
 * ticks.deadLetters().sinkTo(deadLetterSink);
 * }</pre>
 *
 * <p>Records are bound by Jackson, or, for flat records, by a {@link io.flinkblocks.operators.json.flat.RecordReader} given to
 * {@link #reader}: several times faster, with the same checks and dead-letter reasons
 * ({@code JsonParse.of(StockTick.class).reader(StockTick.flatReader())}).
 *
 * <p>Properties ({@link #withProperties}): {@code json.max-payload-bytes} (default 1 MiB; larger payloads
 * are dead letters, not parsed) and {@code json.dead-letter.max-payload-bytes} (default 8 KiB; how much
 * of a bad payload its dead letter keeps).
 */
@PublicEvolving
public final class JsonParse<T> {

    public static final long DEFAULT_MAX_PAYLOAD_BYTES = 1024 * 1024;
    public static final int DEFAULT_DEAD_LETTER_PAYLOAD_BYTES = 8 * 1024;

    public static final PropertyOption<Long> MAX_PAYLOAD_BYTES_OPTION = PropertyOption.key("json.max-payload-bytes")
            .byteSizeType()
            .min(1L)
            .noDefaultValue("as built (`1048576`, 1 MiB)")
            .description("a larger record is a dead letter (`OVERSIZE`), not parsed at all");
    public static final PropertyOption<Long> DEAD_LETTER_MAX_PAYLOAD_BYTES_OPTION = PropertyOption.key(
                    "json.dead-letter.max-payload-bytes")
            .byteSizeType()
            .range(0L, (long) Integer.MAX_VALUE)
            .noDefaultValue("as built (`8192`, 8 KiB)")
            .description("the payload a dead letter carries is cut to this size");

    /** Every option {@link #withProperties} reads, in the order of the README's table. */
    public static final List<PropertyOption<?>> OPTIONS =
            List.of(MAX_PAYLOAD_BYTES_OPTION, DEAD_LETTER_MAX_PAYLOAD_BYTES_OPTION);

    public static final String MAX_PAYLOAD_BYTES = MAX_PAYLOAD_BYTES_OPTION.key();
    public static final String DEAD_LETTER_MAX_PAYLOAD_BYTES = DEAD_LETTER_MAX_PAYLOAD_BYTES_OPTION.key();
    public static final List<String> KEYS = PropertyOptions.keys(OPTIONS);

    private final Class<T> type;
    private String name;
    private long maxPayloadBytes = DEFAULT_MAX_PAYLOAD_BYTES;
    private int deadLetterPayloadBytes = DEFAULT_DEAD_LETTER_PAYLOAD_BYTES;
    private RecordValidator<T> validator = RecordValidator.acceptAll();
    private RecordReader<T> flatReader;

    private JsonParse(Class<T> type) {
        this.type = Objects.requireNonNull(type, "type");
        this.name = "Parse " + type.getSimpleName();
    }

    /** Parsing to {@code type}, a Flink POJO that Jackson can bind. */
    public static <T> JsonParse<T> of(Class<T> type) {
        return new JsonParse<>(type);
    }

    /** The operator's readable name; its uid derives from it. */
    public JsonParse<T> named(String name) {
        OperatorIdentity.uidOf(name); // fails early on a name without letters or digits
        this.name = name;
        return this;
    }

    public JsonParse<T> maxPayloadBytes(long bytes) {
        if (bytes <= 0) {
            throw new IllegalArgumentException("maxPayloadBytes must be positive, was " + bytes);
        }
        this.maxPayloadBytes = bytes;
        return this;
    }

    public JsonParse<T> deadLetterPayloadBytes(int bytes) {
        if (bytes < 0) {
            throw new IllegalArgumentException("deadLetterPayloadBytes must not be negative, was " + bytes);
        }
        this.deadLetterPayloadBytes = bytes;
        return this;
    }

    /**
     * Reads records with {@code reader} instead of Jackson. Its errors map to the same dead-letter
     * reasons: malformed JSON, a value of the wrong type (a document that is not an object included),
     * a missing or null required field.
     */
    public JsonParse<T> reader(RecordReader<T> reader) {
        this.flatReader = Objects.requireNonNull(reader, "reader");
        return this;
    }

    /** Checks each parsed record; rejected records become dead letters. */
    public JsonParse<T> validator(RecordValidator<T> validator) {
        this.validator = Objects.requireNonNull(validator, "validator");
        return this;
    }

    /** Reads the limits from a property group; absent keys keep their current values. */
    public JsonParse<T> withProperties(PropertyGroup group) {
        this.maxPayloadBytes = group.get(MAX_PAYLOAD_BYTES_OPTION, maxPayloadBytes);
        this.deadLetterPayloadBytes = group.get(DEAD_LETTER_MAX_PAYLOAD_BYTES_OPTION, (long) deadLetterPayloadBytes)
                .intValue();
        return this;
    }

    /** Applies the parse operator, with uid and name, to a stream of raw payloads. */
    public ParsedStream<T> fromBytes(DataStream<byte[]> payloads) {
        return new ParsedStream<>(OperatorIdentity.of(name).applyTo(payloads.process(bytesFunction(), typeInfo())));
    }

    /** Applies the parse operator, with uid and name, to a stream of JSON text. */
    public ParsedStream<T> fromStrings(DataStream<String> payloads) {
        return new ParsedStream<>(OperatorIdentity.of(name).applyTo(payloads.process(stringFunction(), typeInfo())));
    }

    /** The function alone, for callers that apply it themselves (and for operator tests). */
    public JsonParseFunction<byte[], T> bytesFunction() {
        return new JsonParseFunction.FromBytes<>(settings(), name);
    }

    public JsonParseFunction<String, T> stringFunction() {
        return new JsonParseFunction.FromStrings<>(settings(), name);
    }

    /** A deserialization schema for sources, with the same checks; bad records are counted and skipped. */
    public JsonRecordDeserializationSchema<T> deserializationSchema() {
        return new JsonRecordDeserializationSchema<>(settings());
    }

    private JsonRecordParser.Settings<T> settings() {
        return new JsonRecordParser.Settings<>(type, flatReader, maxPayloadBytes, deadLetterPayloadBytes, validator);
    }

    private TypeInformation<T> typeInfo() {
        return TypeInformation.of(type);
    }
}
