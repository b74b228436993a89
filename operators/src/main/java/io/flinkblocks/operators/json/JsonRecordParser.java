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

import java.io.IOException;
import java.io.Serializable;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.flinkblocks.operators.deadletter.DeadLetterReason;
import io.flinkblocks.operators.json.flat.FlatJsonException;
import io.flinkblocks.operators.json.flat.RecordReader;
import io.flinkblocks.operators.text.Utf8;

/**
 * Parses one payload to a record or classifies why it cannot: the shared core of the parse operator and
 * the deserialization schema. Not thread-safe; each operator instance creates its own in {@code open()},
 * so the Jackson reader is built once per instance and reused for every record. With a
 * {@link RecordReader} the record is read by it instead of Jackson, under the same checks and the
 * same dead-letter reasons.
 */
final class JsonRecordParser<T> {

    private static final int MAX_ERROR_LENGTH = 1000;

    private static final int BOM_LENGTH = 3;

    private final ObjectReader reader;
    private final RecordReader<T> flatReader;
    private final long maxPayloadBytes;
    private final RecordValidator<T> validator;

    /** The outcome of the last {@link #parse} that returned null. */
    private DeadLetterReason reason;

    private String error;

    JsonRecordParser(Class<T> type, RecordReader<T> flatReader, long maxPayloadBytes, RecordValidator<T> validator) {
        this.flatReader = flatReader;
        this.reader = flatReader == null ? JsonMappers.newMapper().readerFor(type) : null;
        this.maxPayloadBytes = maxPayloadBytes;
        this.validator = validator;
    }

    /** The record, or null when the payload is a dead letter ({@link #reason()} and {@link #error()} say why). */
    T parse(byte[] payload) {
        if (payload == null || payload.length == 0) {
            return reject(DeadLetterReason.EMPTY, "empty payload");
        }
        if (payload.length > maxPayloadBytes) {
            return reject(
                    DeadLetterReason.OVERSIZE,
                    "payload of " + payload.length + " bytes exceeds the limit of " + maxPayloadBytes + " bytes");
        }
        T record = flatReader != null ? readFlat(payload) : readJackson(payload);
        if (record == null) {
            return null; // reason and error are set
        }
        RecordProblem problem;
        try {
            problem = validator.check(record);
        } catch (RuntimeException e) {
            problem = RecordProblem.invalid("validator failed: " + e);
        }
        if (problem != null) {
            return reject(problem.reason(), limit(problem.message()));
        }
        return record;
    }

    /** Reads with Jackson; null (with reason and error set) for a dead letter. */
    private T readJackson(byte[] payload) {
        if (rejectedAsNotUtf8OrBlank(payload)) {
            return null;
        }
        T record;
        try {
            record = reader.readValue(payload);
        } catch (StreamReadException e) {
            return reject(DeadLetterReason.MALFORMED_JSON, message(e));
        } catch (MismatchedInputException e) {
            return reject(classifyMismatch(e), message(e));
        } catch (JsonMappingException e) {
            // Values that do not fit, and exceptions thrown by the record's own constructor or setters.
            return reject(DeadLetterReason.WRONG_TYPE, message(e));
        } catch (IOException | RuntimeException e) {
            return reject(DeadLetterReason.MALFORMED_JSON, limit(String.valueOf(e.getMessage())));
        }
        if (record == null) {
            return reject(DeadLetterReason.MALFORMED_JSON, "JSON document is null");
        }
        return record;
    }

    /**
     * Reads with the flat reader; null (with reason and error set) for a dead letter. A leading byte
     * order mark is skipped, as Jackson does. The reader validates UTF-8 itself as it reads, so the
     * payload is checked for UTF-8 and blankness only when it failed, to give the reason the Jackson
     * path gives: one pass over the bytes instead of three for every good record.
     */
    private T readFlat(byte[] payload) {
        try {
            if (payload.length >= BOM_LENGTH
                    && (payload[0] & 0xFF) == 0xEF
                    && (payload[1] & 0xFF) == 0xBB
                    && (payload[2] & 0xFF) == 0xBF) {
                return flatReader.read(payload, BOM_LENGTH, payload.length - BOM_LENGTH);
            }
            return flatReader.read(payload);
        } catch (FlatJsonException e) {
            return rejectedAsNotUtf8OrBlank(payload) ? null : reject(reasonOf(e.getKind()), limit(e.getMessage()));
        } catch (RuntimeException e) {
            // thrown by the record's own constructor or setters, classified as Jackson classifies them
            return reject(DeadLetterReason.WRONG_TYPE, limit(String.valueOf(e)));
        }
    }

    /** True, with reason and error set, when the payload is not UTF-8 or only whitespace. */
    private boolean rejectedAsNotUtf8OrBlank(byte[] payload) {
        if (!Utf8.isValid(payload)) {
            reject(DeadLetterReason.NOT_UTF8, "payload is not valid UTF-8");
            return true;
        }
        if (Utf8.isBlank(payload)) {
            reject(DeadLetterReason.EMPTY, "payload is only whitespace");
            return true;
        }
        return false;
    }

    private static DeadLetterReason reasonOf(FlatJsonException.Kind kind) {
        switch (kind) {
            case WRONG_TYPE:
                return DeadLetterReason.WRONG_TYPE;
            case MISSING_FIELD:
                return DeadLetterReason.MISSING_FIELD;
            default:
                return DeadLetterReason.MALFORMED_JSON;
        }
    }

    DeadLetterReason reason() {
        return reason;
    }

    String error() {
        return error;
    }

    private T reject(DeadLetterReason reason, String error) {
        this.reason = reason;
        this.error = error;
        return null;
    }

    private static DeadLetterReason classifyMismatch(MismatchedInputException e) {
        String text = e.getOriginalMessage();
        if (text == null) {
            return DeadLetterReason.WRONG_TYPE;
        }
        if (text.startsWith("Missing required creator property")
                || text.startsWith("Null value for creator property")) {
            return DeadLetterReason.MISSING_FIELD;
        }
        if (text.startsWith("Trailing token") || text.startsWith("No content to map")) {
            return DeadLetterReason.MALFORMED_JSON;
        }
        return DeadLetterReason.WRONG_TYPE;
    }

    private static String message(JsonProcessingException e) {
        String text = e.getOriginalMessage();
        String path = e instanceof JsonMappingException ? ((JsonMappingException) e).getPathReference() : null;
        String where = e.getLocation() == null
                ? ""
                : " (line " + e.getLocation().getLineNr() + ", column "
                        + e.getLocation().getColumnNr() + ")";
        return limit(text + where + (path == null || path.isEmpty() ? "" : " at " + path));
    }

    private static String limit(String text) {
        return text.length() <= MAX_ERROR_LENGTH ? text : text.substring(0, MAX_ERROR_LENGTH) + "...";
    }

    /** Settings shared by the operator and the schema, shipped with the job graph. */
    static final class Settings<T> implements Serializable {
        private static final long serialVersionUID = 1L;
        final Class<T> type;
        final RecordReader<T> flatReader;
        final long maxPayloadBytes;
        final int deadLetterPayloadBytes;
        final RecordValidator<T> validator;

        Settings(
                Class<T> type,
                RecordReader<T> flatReader,
                long maxPayloadBytes,
                int deadLetterPayloadBytes,
                RecordValidator<T> validator) {
            this.type = type;
            this.flatReader = flatReader;
            this.maxPayloadBytes = maxPayloadBytes;
            this.deadLetterPayloadBytes = deadLetterPayloadBytes;
            this.validator = validator;
        }

        JsonRecordParser<T> newParser() {
            return new JsonRecordParser<>(type, flatReader, maxPayloadBytes, validator);
        }
    }
}
