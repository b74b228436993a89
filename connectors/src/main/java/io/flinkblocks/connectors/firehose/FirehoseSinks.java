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
package io.flinkblocks.connectors.firehose;

import java.util.List;

import org.apache.flink.annotation.PublicEvolving;
import org.apache.flink.api.common.serialization.SerializationSchema;
import org.apache.flink.api.common.serialization.SimpleStringSchema;
import org.apache.flink.connector.firehose.sink.KinesisFirehoseSink;
import org.apache.flink.connector.firehose.sink.KinesisFirehoseSinkBuilder;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.DataStreamSink;

import io.flinkblocks.connectors.aws.AsyncSinkSettings;
import io.flinkblocks.connectors.aws.AwsClientProperties;
import io.flinkblocks.connectors.aws.AwsConnectorClasspath;
import io.flinkblocks.connectors.aws.ConnectorKeyCheck;
import io.flinkblocks.connectors.identity.ConnectorIdentity;
import io.flinkblocks.connectors.identity.SinkConnector;
import io.flinkblocks.runtime.PropertyGroup;

/**
 * {@code KinesisFirehoseSink} built from a property group: {@code delivery.stream.name}, the AWS
 * client keys passed through (HTTP protocol selectable with {@code aws.http.protocol.version}),
 * batching from {@link AsyncSinkSettings} checked against the PutRecordBatch limits (500 records and
 * 4 MiB per call, 1000 KiB per record), and the fail-on-error choice.
 *
 * <pre>{@code
 * FirehoseSinks.strings(results, properties.group("DeliveryStream0"));
 * }</pre>
 */
@PublicEvolving
public final class FirehoseSinks {

    private FirehoseSinks() {}

    /** Writes UTF-8 strings; uid {@code sink-<group>}. */
    public static DataStreamSink<String> strings(DataStream<String> stream, PropertyGroup group) {
        return attach(stream, group, new SimpleStringSchema());
    }

    /** Writes the stream serialized by {@code schema}; uid {@code sink-<group>} and a name are set. */
    public static <T> DataStreamSink<T> attach(
            DataStream<T> stream, PropertyGroup group, SerializationSchema<T> schema) {
        return ConnectorIdentity.identify(stream.sinkTo(sink(group, schema)), group, SinkConnector.FIREHOSE);
    }

    /** The sink. */
    public static <T> KinesisFirehoseSink<T> sink(PropertyGroup group, SerializationSchema<T> schema) {
        AsyncSinkSettings settings = validate(group);
        AwsConnectorClasspath.requirePlainSdkExceptionClassifier();
        KinesisFirehoseSinkBuilder<T> builder = KinesisFirehoseSink.<T>builder()
                .setDeliveryStreamName(group.get(FirehoseSinkOptions.DELIVERY_STREAM_NAME))
                .setFirehoseClientProperties(AwsClientProperties.fromProperties(group))
                .setSerializationSchema(schema)
                .setFailOnError(settings.failOnError());
        settings.applyTo(builder);
        return builder.build();
    }

    /** Checks the group; returns its batch settings. */
    public static AsyncSinkSettings validate(PropertyGroup group) {
        ConnectorKeyCheck.check(group, FirehoseSinkOptions.KEYS, List.of());
        AwsClientProperties.fromProperties(group);
        String name = group.get(FirehoseSinkOptions.DELIVERY_STREAM_NAME);
        if (!name.matches("[a-zA-Z0-9_.-]{1,64}")) {
            throw group.invalidValue(
                    FirehoseSinkOptions.DELIVERY_STREAM_NAME.key(),
                    "a delivery stream name of 1 to 64 letters, digits, _ . or -");
        }
        return AsyncSinkSettings.fromProperties(group, AsyncSinkSettings.ServiceLimits.FIREHOSE);
    }
}
