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
package io.flinkblocks.connectors;

import java.nio.charset.StandardCharsets;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichMapFunction;
import org.apache.flink.api.common.serialization.RuntimeContextInitializationContextAdapters;
import org.apache.flink.api.common.serialization.SerializationSchema;

/** A record as the UTF-8 text its serialization schema gives, without a trailing line break. */
final class SerializedText<T> extends RichMapFunction<T, String> {
    private static final long serialVersionUID = 1L;

    private final SerializationSchema<T> schema;

    SerializedText(SerializationSchema<T> schema) {
        this.schema = schema;
    }

    @Override
    public void open(OpenContext context) throws Exception {
        schema.open(RuntimeContextInitializationContextAdapters.serializationAdapter(getRuntimeContext()));
    }

    @Override
    public String map(T record) {
        String text = new String(schema.serialize(record), StandardCharsets.UTF_8);
        return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    }
}
