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
package io.flinkblocks.connectors.files;

import java.io.IOException;
import java.io.OutputStream;

import org.apache.flink.api.common.serialization.Encoder;
import org.apache.flink.util.function.SerializableSupplier;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;

/**
 * Writes each element as one line of JSON (JSON lines), with Jackson. The mapper is made once per
 * encoder instance on the task manager (it is not serializable), from a supplier so that a job can
 * register its own modules and naming strategy.
 */
final class JsonLinesEncoder<T> implements Encoder<T> {

    private static final long serialVersionUID = 1L;
    private static final byte NEWLINE = '\n';

    private final SerializableSupplier<ObjectMapper> mapperSupplier;
    private transient ObjectWriter writer;

    /** An encoder with a plain {@link ObjectMapper}: public fields and getters, property names as they are. */
    public JsonLinesEncoder() {
        this(ObjectMapper::new);
    }

    public JsonLinesEncoder(SerializableSupplier<ObjectMapper> mapperSupplier) {
        this.mapperSupplier = mapperSupplier;
    }

    @Override
    public void encode(T element, OutputStream stream) throws IOException {
        if (writer == null) {
            writer = mapperSupplier.get().writer();
        }
        // Bytes first, then the stream: the writer must not close or flush the part file's stream.
        stream.write(writer.writeValueAsBytes(element));
        stream.write(NEWLINE);
    }
}
