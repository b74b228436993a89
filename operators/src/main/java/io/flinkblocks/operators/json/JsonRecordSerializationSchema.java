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

import org.apache.flink.annotation.PublicEvolving;
import org.apache.flink.api.common.serialization.SerializationSchema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;

import io.flinkblocks.operators.deadletter.DeadLetter;

/**
 * Serializes records (parsed records, {@link DeadLetter}s, window results) to one JSON document each,
 * in UTF-8, optionally followed by a newline for JSON-lines files and Firehose delivery to S3. The
 * Jackson writer is built once per instance in {@link #open}.
 */
@PublicEvolving
public final class JsonRecordSerializationSchema<T> implements SerializationSchema<T> {

    private static final long serialVersionUID = 1L;

    private final Class<T> type;
    private final boolean newline;

    private transient ObjectWriter writer;

    private JsonRecordSerializationSchema(Class<T> type, boolean newline) {
        this.type = type;
        this.newline = newline;
    }

    /** One JSON document per record, nothing after it. */
    public static <T> JsonRecordSerializationSchema<T> of(Class<T> type) {
        return new JsonRecordSerializationSchema<>(type, false);
    }

    /** One JSON document per record followed by {@code \n}. */
    public static <T> JsonRecordSerializationSchema<T> jsonLines(Class<T> type) {
        return new JsonRecordSerializationSchema<>(type, true);
    }

    @Override
    public void open(InitializationContext context) {
        writer = JsonMappers.newMapper().writerFor(type);
    }

    @Override
    public byte[] serialize(T element) {
        if (writer == null) { // used without open()
            writer = JsonMappers.newMapper().writerFor(type);
        }
        try {
            byte[] json = writer.writeValueAsBytes(element);
            if (!newline) {
                return json;
            }
            byte[] line = new byte[json.length + 1];
            System.arraycopy(json, 0, line, 0, json.length);
            line[json.length] = '\n';
            return line;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize " + type.getName() + " to JSON", e);
        }
    }
}
