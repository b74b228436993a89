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

import org.apache.flink.annotation.PublicEvolving;
import org.apache.flink.api.common.serialization.SerializationSchema;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.DataStreamSink;

import io.flinkblocks.connectors.artifacts.OptionalConnector;
import io.flinkblocks.connectors.files.FileSinks;
import io.flinkblocks.connectors.firehose.FirehoseSinks;
import io.flinkblocks.connectors.identity.ConnectorIdentity;
import io.flinkblocks.connectors.identity.SinkConnector;
import io.flinkblocks.connectors.kafka.KafkaSinks;
import io.flinkblocks.connectors.kinesis.KinesisSinks;
import io.flinkblocks.connectors.print.PrintSinks;
import io.flinkblocks.runtime.PropertyGroup;

/**
 * Attaches the sink a property group describes, chosen by its {@value #CONNECTOR_KEY} key, with uid
 * and name set.
 */
@PublicEvolving
public final class StreamSinks {

    /** The key that selects the connector of a group: the same key as for sources. */
    public static final String CONNECTOR_KEY = StreamSources.CONNECTOR_KEY;

    private StreamSinks() {}

    /** Writes a stream of strings to the group's connector. */
    public static DataStreamSink<String> strings(DataStream<String> stream, PropertyGroup group) {
        SinkConnector connector = group.getEnum(SinkConnector.class, CONNECTOR_KEY);
        OptionalConnector.requireSelected(connector, group, CONNECTOR_KEY);
        switch (connector) {
            case PRINT:
                return ConnectorIdentity.identify(stream.sinkTo(PrintSinks.fromProperties(group)), group, connector);
            case KAFKA:
                return KafkaSinks.strings(stream, group);
            case FILESYSTEM:
                return FileSinks.strings(stream, group);
            case KINESIS:
                return KinesisSinks.strings(stream, group);
            case FIREHOSE:
                return FirehoseSinks.strings(stream, group);
            default:
                throw group.invalidValue(CONNECTOR_KEY, "a supported sink connector");
        }
    }

    /**
     * Writes records serialized by {@code schema} to the group's connector. Firehose gets the bytes as
     * the schema gives them (a schema that ends each record with a line break keeps records apart in the
     * objects Firehose writes to S3); every other connector gets each record as one line of text (the
     * schema's output, decoded as UTF-8, without a trailing line break) through an operator with uid
     * {@code <sink uid>-text}.
     */
    public static <T> DataStreamSink<?> serialized(
            DataStream<T> stream, PropertyGroup group, SerializationSchema<T> schema) {
        SinkConnector connector = group.getEnum(SinkConnector.class, CONNECTOR_KEY);
        if (connector == SinkConnector.FIREHOSE) {
            OptionalConnector.FIREHOSE.require(group, CONNECTOR_KEY);
            return FirehoseSinks.attach(stream, group, schema);
        }
        DataStream<String> text = stream.map(new SerializedText<>(schema), Types.STRING)
                .uid(ConnectorIdentity.sinkUid(group) + "-text")
                .name("Serialize (" + group.name() + ")");
        return strings(text, group);
    }
}
