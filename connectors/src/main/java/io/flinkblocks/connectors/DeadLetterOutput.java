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

import java.util.Map;

import org.apache.flink.annotation.PublicEvolving;
import org.apache.flink.api.common.serialization.SerializationSchema;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.DataStreamSink;

import io.flinkblocks.runtime.ApplicationProperties;
import io.flinkblocks.runtime.PropertyGroup;

/**
 * Where a job's dead letters (records it could not parse) go: the sink of the group
 * {@value #GROUP} when the properties have one (any {@code connector} of {@link StreamSinks}), else
 * standard error, each line prefixed with {@code dead-letter}, so a bad record is never silently lost
 * and never mixed with the job's results on standard output.
 *
 * <pre>{@code
 * DeadLetterOutput.attach(parsed.deadLetters(), JsonRecordSerializationSchema.of(DeadLetter.class), properties);
 * }</pre>
 */
@PublicEvolving
public final class DeadLetterOutput {

    /** The property group of the dead-letter sink. */
    public static final String GROUP = "DeadLetters";

    static final Map<String, String> DEFAULT_SINK =
            Map.of(StreamSinks.CONNECTOR_KEY, "print", "stderr", "true", "prefix", "dead-letter");

    private DeadLetterOutput() {}

    /** Serializes each dead letter to one UTF-8 line with {@code schema} and writes it to the dead-letter sink. */
    public static <T> DataStreamSink<String> attach(
            DataStream<T> deadLetters, SerializationSchema<T> schema, ApplicationProperties properties) {
        PropertyGroup group = properties.hasGroup(GROUP)
                ? properties.group(GROUP)
                : new PropertyGroup(properties.source(), GROUP, DEFAULT_SINK);
        DataStream<String> lines = deadLetters
                .map(new SerializedText<>(schema), Types.STRING)
                .uid("dead-letters-as-text")
                .name("Dead letters as text");
        return StreamSinks.strings(lines, group);
    }
}
