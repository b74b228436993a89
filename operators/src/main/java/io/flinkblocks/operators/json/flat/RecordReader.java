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

import java.io.Serializable;

import org.apache.flink.annotation.PublicEvolving;

/**
 * Reads one flat JSON record from its UTF-8 bytes into a new instance of {@code T}, under the rules of
 * {@link FlatJsonReader}: the same fields, the same checks, the same {@link FlatJsonException} kinds.
 * {@link FlatJsonReader.Builder#build()} makes one from a set of bound fields. Immutable and serializable.
 */
@PublicEvolving
public interface RecordReader<T> extends Serializable {

    /** Reads the record in {@code bytes[offset, offset + length)}. */
    T read(byte[] bytes, int offset, int length) throws FlatJsonException;

    default T read(byte[] record) throws FlatJsonException {
        return read(record, 0, record.length);
    }
}
