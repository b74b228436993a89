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
package io.flinkblocks.windows.format;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.apache.flink.annotation.PublicEvolving;
import org.apache.flink.api.common.serialization.SerializationSchema;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.flinkblocks.operators.json.JsonMappers;
import io.flinkblocks.windows.result.WindowResult;

/**
 * Window results as JSON lines with field names of the caller's choosing, e.g.
 * {@code {"ticker":"AMZN","window_start":1700000000000,"window_end":1700000010000,"count":42}}.
 * The Jackson writer is built once per instance in {@link #open}.
 */
@PublicEvolving
public final class WindowResultJsonLines<K, R> implements SerializationSchema<WindowResult<K, R>> {

    private static final long serialVersionUID = 1L;

    private final String keyField;
    private final String valueField;

    private transient ObjectMapper mapper;
    private transient ObjectWriter writer;

    private WindowResultJsonLines(String keyField, String valueField) {
        this.keyField = keyField;
        this.valueField = valueField;
    }

    /** Fields {@code key}, {@code window_start}, {@code window_end}, {@code value}. */
    public static <K, R> WindowResultJsonLines<K, R> create() {
        return withFieldNames("key", "value");
    }

    /** Fields {@code keyField}, {@code window_start}, {@code window_end}, {@code valueField}. */
    public static <K, R> WindowResultJsonLines<K, R> withFieldNames(String keyField, String valueField) {
        return new WindowResultJsonLines<>(keyField, valueField);
    }

    @Override
    public void open(InitializationContext context) {
        init();
    }

    private void init() {
        mapper = JsonMappers.newMapper();
        writer = mapper.writer();
    }

    /** One JSON document, without the line break. */
    public String format(WindowResult<K, R> result) {
        if (writer == null) {
            init();
        }
        ObjectNode node = mapper.createObjectNode();
        node.set(keyField, mapper.valueToTree(result.getKey()));
        node.put("window_start", result.getWindowStart());
        node.put("window_end", result.getWindowEnd());
        node.set(valueField, mapper.valueToTree(result.getValue()));
        try {
            return writer.writeValueAsString(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public byte[] serialize(WindowResult<K, R> result) {
        return (format(result) + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
