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
package io.flinkblocks.connectors.kinesis;

import java.util.List;
import java.util.Properties;

import org.apache.flink.annotation.PublicEvolving;
import org.apache.flink.api.common.serialization.SerializationSchema;
import org.apache.flink.api.common.serialization.SimpleStringSchema;
import org.apache.flink.api.java.functions.KeySelector;
import org.apache.flink.connector.kinesis.sink.KinesisStreamsSink;
import org.apache.flink.connector.kinesis.sink.KinesisStreamsSinkBuilder;
import org.apache.flink.connector.kinesis.sink.PartitionKeyGenerator;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.DataStreamSink;

import io.flinkblocks.connectors.aws.AsyncSinkSettings;
import io.flinkblocks.connectors.aws.AwsClientProperties;
import io.flinkblocks.connectors.aws.ConnectorKeyCheck;
import io.flinkblocks.connectors.identity.ConnectorIdentity;
import io.flinkblocks.connectors.identity.SinkConnector;
import io.flinkblocks.runtime.PropertyGroup;

/**
 * {@code KinesisStreamsSink} built from a property group: the stream ({@code stream.name} or
 * {@code stream.arn}), the AWS client keys passed through, batching and buffering from
 * {@link AsyncSinkSettings} checked against the PutRecords limits (500 records and 5 MiB per call,
 * 1 MiB per record), and the fail-on-error choice.
 *
 * <pre>{@code
 * KinesisSinks.strings(output, properties.group("OutputStream0"));
 * KinesisSinks.attach(ticks, group, new TickSerializer(), tick -> tick.ticker);  // key: ticker
 * }</pre>
 *
 * <p>Without a key selector each record gets a random partition key, so records spread over every
 * shard.
 */
@PublicEvolving
public final class KinesisSinks {

    private KinesisSinks() {}

    /** Writes UTF-8 strings with spread partition keys; uid {@code sink-<group>}. */
    public static DataStreamSink<String> strings(DataStream<String> stream, PropertyGroup group) {
        return attach(stream, group, new SimpleStringSchema(), null);
    }

    /**
     * Writes the stream, serialized by {@code schema}, partitioned by {@code keySelector} (null: spread
     * keys); uid {@code sink-<group>} and a name are set.
     */
    public static <T> DataStreamSink<T> attach(
            DataStream<T> stream, PropertyGroup group, SerializationSchema<T> schema, KeySelector<T, ?> keySelector) {
        KinesisStreamsSink<T> sink = keySelector == null
                ? sink(group, schema)
                : sink(group, schema, new KeySelectorPartitionKeys<>(keySelector));
        return ConnectorIdentity.identify(stream.sinkTo(sink), group, SinkConnector.KINESIS);
    }

    /** The sink, with spread partition keys. */
    public static <T> KinesisStreamsSink<T> sink(PropertyGroup group, SerializationSchema<T> schema) {
        return sink(group, schema, new SpreadPartitionKeys<>());
    }

    /** The sink, with the given partition keys. */
    public static <T> KinesisStreamsSink<T> sink(
            PropertyGroup group, SerializationSchema<T> schema, PartitionKeyGenerator<T> partitionKeys) {
        AsyncSinkSettings settings = validate(group);
        Properties client = AwsClientProperties.fromProperties(group);
        KinesisStreamsSinkBuilder<T> builder = KinesisStreamsSink.<T>builder()
                .setKinesisClientProperties(client)
                .setSerializationSchema(schema)
                .setPartitionKeyGenerator(partitionKeys)
                .setFailOnError(settings.failOnError());
        String name = group.optional(KinesisSinkOptions.STREAM_NAME).orElse(null);
        if (name != null) {
            builder.setStreamName(name);
        } else {
            builder.setStreamArn(group.get(KinesisSinkOptions.STREAM_ARN));
        }
        settings.applyTo(builder);
        return builder.build();
    }

    /** Checks the group; returns its batch settings. */
    public static AsyncSinkSettings validate(PropertyGroup group) {
        ConnectorKeyCheck.check(group, KinesisSinkOptions.KEYS, List.of());
        AwsClientProperties.fromProperties(group);
        String name = group.optional(KinesisSinkOptions.STREAM_NAME).orElse(null);
        String arn = group.optional(KinesisSinkOptions.STREAM_ARN).orElse(null);
        if (name == null && arn == null) {
            throw group.error(
                    KinesisSinkOptions.STREAM_NAME.key(),
                    "missing: set " + KinesisSinkOptions.STREAM_NAME + " or " + KinesisSinkOptions.STREAM_ARN);
        }
        if (arn != null) {
            KinesisStreams.checkArn(group, KinesisStreams.ARN_KEY, arn, name, KinesisStreams.NAME_KEY);
        }
        return AsyncSinkSettings.fromProperties(group, AsyncSinkSettings.ServiceLimits.KINESIS_DATA_STREAMS);
    }
}
