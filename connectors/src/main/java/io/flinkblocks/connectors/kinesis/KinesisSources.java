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

import java.text.ParseException;
import java.text.SimpleDateFormat;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import org.apache.flink.annotation.PublicEvolving;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.serialization.DeserializationSchema;
import org.apache.flink.api.common.serialization.SimpleStringSchema;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.kinesis.source.KinesisStreamsSource;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.connectors.kinesis.FlinkKinesisConsumer;

import io.flinkblocks.connectors.aws.AwsClientProperties;
import io.flinkblocks.connectors.aws.ConnectorKeyCheck;
import io.flinkblocks.connectors.identity.ConnectorIdentity;
import io.flinkblocks.connectors.identity.SourceConnector;
import io.flinkblocks.connectors.schemas.RawBytesSchema;
import io.flinkblocks.runtime.PropertyGroup;

/**
 * Kinesis Data Streams sources built from a property group: the legacy {@code FlinkKinesisConsumer}
 * (POLLING or enhanced fan-out) or the new {@code KinesisStreamsSource}, chosen by
 * {@code source.implementation}. Either way the result is a {@code DataStream<T>}
 * with uid {@code source-<group>} and a name, and every key of the group reaches the connector.
 *
 * <pre>{@code
 * DataStream<String> input = KinesisSources.strings(env, properties.group("InputStream0"));
 * DataStream<byte[]> raw = KinesisSources.bytes(env, properties.group("InputStream0"));
 * DataStream<Tick> ticks = KinesisSources.stream(env, group, new TickDeserializer());
 * DataStream<KinesisUserRecord> keyed = KinesisSources.records(env, properties.group("InputStream0"));
 * }</pre>
 *
 * <p>Records aggregated by the Kinesis Producer Library are split into their user records on both
 * implementations: the legacy consumer does it itself, {@link KplDeaggregatingSchema} does it for
 * the new source.
 *
 * <p>The group is validated before anything is built: stream, region or endpoint, credentials,
 * record publisher and EFO consumer, initial position, polling settings, and unknown keys (a
 * misspelled key is an error naming the right one).
 */
@PublicEvolving
public final class KinesisSources {

    private KinesisSources() {}

    /** UTF-8 strings from the stream the group names. */
    public static DataStream<String> strings(StreamExecutionEnvironment env, PropertyGroup group) {
        return stream(env, group, new SimpleStringSchema());
    }

    /** The records' bytes as Kinesis holds them, nothing decoded ({@link RawBytesSchema}). */
    public static DataStream<byte[]> bytes(StreamExecutionEnvironment env, PropertyGroup group) {
        return stream(env, group, new RawBytesSchema());
    }

    /**
     * Records of the stream the group names, deserialized by {@code schema}. Records aggregated by the
     * Kinesis Producer Library reach {@code schema} as their user records, whichever implementation
     * the group selects.
     */
    public static <T> DataStream<T> stream(
            StreamExecutionEnvironment env, PropertyGroup group, DeserializationSchema<T> schema) {
        KinesisSourceImplementation implementation = validate(group);
        Properties properties = AwsClientProperties.fromProperties(group);
        if (implementation == KinesisSourceImplementation.KINESIS_STREAMS_SOURCE) {
            return fromStreamsSource(env, group, properties, KplDeaggregatingSchema.of(schema));
        }
        FlinkKinesisConsumer<T> consumer = new FlinkKinesisConsumer<>(streamName(group), schema, properties);
        return env.addSource(consumer, sourceName(group), schema.getProducedType())
                .uid(ConnectorIdentity.sourceUid(group));
    }

    /**
     * Records of the stream the group names with their partition key, sequence number, shard and
     * arrival time. A record aggregated by the Kinesis Producer Library becomes its user records, each
     * with its own partition key, whichever implementation the group selects.
     */
    public static DataStream<KinesisUserRecord> records(StreamExecutionEnvironment env, PropertyGroup group) {
        KinesisSourceImplementation implementation = validate(group);
        Properties properties = AwsClientProperties.fromProperties(group);
        if (implementation == KinesisSourceImplementation.KINESIS_STREAMS_SOURCE) {
            return fromStreamsSource(
                    env, group, properties, KplDeaggregatingSchema.of(new KinesisUserRecordSchemas.StreamsSource()));
        }
        FlinkKinesisConsumer<KinesisUserRecord> consumer =
                new FlinkKinesisConsumer<>(streamName(group), new KinesisUserRecordSchemas.Legacy(), properties);
        return env.addSource(consumer, sourceName(group), KinesisUserRecordSchemas.TYPE)
                .uid(ConnectorIdentity.sourceUid(group));
    }

    private static <T> DataStream<T> fromStreamsSource(
            StreamExecutionEnvironment env,
            PropertyGroup group,
            Properties properties,
            KplDeaggregatingSchema<T> schema) {
        KinesisStreamsSource<T> source = KinesisStreamsSource.<T>builder()
                .setStreamArn(group.get(KinesisSourceOptions.STREAM_ARN))
                .setSourceConfig(toConfiguration(properties))
                .setDeserializationSchema(schema)
                .build();
        return env.fromSource(source, WatermarkStrategy.noWatermarks(), sourceName(group), schema.getProducedType())
                .uid(ConnectorIdentity.sourceUid(group));
    }

    private static String sourceName(PropertyGroup group) {
        return ConnectorIdentity.sourceName(group, SourceConnector.KINESIS);
    }

    /**
     * Checks the group and returns the implementation it selects; every error is an
     * {@code InvalidPropertiesException} naming the group and the key.
     */
    public static KinesisSourceImplementation validate(PropertyGroup group) {
        ConnectorKeyCheck.check(group, KinesisSourceOptions.KEYS, KinesisSourceOptions.PASS_THROUGH_PREFIXES);
        AwsClientProperties.fromProperties(group);
        KinesisSourceImplementation implementation = group.get(KinesisSourceOptions.SOURCE_IMPLEMENTATION);
        checkStream(group, implementation);
        RecordPublisher publisher = group.get(KinesisSourceOptions.RECORD_PUBLISHER);
        group.get(KinesisSourceOptions.EFO_REGISTRATION);
        if (publisher == RecordPublisher.EFO) {
            if (implementation == KinesisSourceImplementation.KINESIS_STREAMS_SOURCE) {
                throw group.error(
                        KinesisSourceOptions.RECORD_PUBLISHER.key(),
                        "EFO is not supported by "
                                + implementation + " in connector 4.3.0; use "
                                + KinesisSourceOptions.SOURCE_IMPLEMENTATION + "="
                                + KinesisSourceImplementation.FLINK_KINESIS_CONSUMER);
            }
            checkEfo(group);
        }
        checkInitialPosition(group);
        // Checked here, read by the connector from the properties passed through.
        group.get(KinesisSourceOptions.GETRECORDS_MAX);
        group.get(KinesisSourceOptions.GETRECORDS_INTERVAL_MILLIS);
        group.get(KinesisSourceOptions.ADAPTIVE_READS);
        group.get(KinesisSourceOptions.SHARD_DISCOVERY_INTERVAL_MILLIS);
        return implementation;
    }

    /** How the legacy consumer reads shards. */
    public enum RecordPublisher {
        POLLING,
        EFO
    }

    /** When the legacy consumer registers its EFO consumer. */
    public enum EfoRegistration {
        LAZY,
        EAGER,
        NONE
    }

    /** Where reading starts when there is no snapshot to restore from. */
    public enum InitialPosition {
        LATEST,
        TRIM_HORIZON,
        AT_TIMESTAMP
    }

    private static void checkStream(PropertyGroup group, KinesisSourceImplementation implementation) {
        String name = group.optional(KinesisSourceOptions.STREAM_NAME).orElse(null);
        String arn = group.optional(KinesisSourceOptions.STREAM_ARN).orElse(null);
        if (arn != null) {
            KinesisStreams.checkArn(group, KinesisStreams.ARN_KEY, arn, name, KinesisStreams.NAME_KEY);
        }
        if (implementation == KinesisSourceImplementation.KINESIS_STREAMS_SOURCE && arn == null) {
            throw group.error(
                    KinesisStreams.ARN_KEY,
                    "missing: " + implementation + " reads a stream by its ARN"
                            + " (arn:aws:kinesis:<region>:<account>:stream/<name>)");
        }
        if (name == null && arn == null) {
            throw group.error(
                    KinesisStreams.NAME_KEY,
                    "missing: set " + KinesisSourceOptions.STREAM_NAME + " or " + KinesisSourceOptions.STREAM_ARN);
        }
    }

    private static void checkEfo(PropertyGroup group) {
        EfoRegistration registration = group.get(KinesisSourceOptions.EFO_REGISTRATION);
        if (registration == EfoRegistration.NONE) {
            String arnKey = KinesisSourceOptions.EFO_CONSUMER_ARN_PREFIX + "." + streamName(group);
            group.optional(arnKey)
                    .orElseThrow(() -> group.error(
                            arnKey,
                            "missing: with " + KinesisSourceOptions.EFO_REGISTRATION
                                    + "=NONE the consumer is registered outside the job," + " so its ARN is needed"));
        } else {
            group.optional(KinesisSourceOptions.EFO_CONSUMER_NAME)
                    .orElseThrow(
                            () -> group.error(
                                    KinesisSourceOptions.EFO_CONSUMER_NAME.key(),
                                    "missing: " + KinesisSourceOptions.RECORD_PUBLISHER
                                            + "=EFO needs a consumer name unique among the"
                                            + " consumers of the stream (reusing one disconnects the application that holds it)"));
        }
    }

    private static void checkInitialPosition(PropertyGroup group) {
        InitialPosition position = group.get(KinesisSourceOptions.INITIAL_POSITION);
        if (position != InitialPosition.AT_TIMESTAMP) {
            return;
        }
        String timestamp = group.optional(KinesisSourceOptions.INITIAL_TIMESTAMP)
                .orElseThrow(() -> group.error(
                        KinesisSourceOptions.INITIAL_TIMESTAMP.key(),
                        "missing: " + KinesisSourceOptions.INITIAL_POSITION + "=AT_TIMESTAMP needs it"));
        String format = group.get(KinesisSourceOptions.INITIAL_TIMESTAMP_FORMAT);
        try {
            new SimpleDateFormat(format).parse(timestamp);
            return;
        } catch (ParseException | IllegalArgumentException e) {
            // Not in the date format: the connector also accepts seconds since the epoch.
        }
        try {
            Double.parseDouble(timestamp);
        } catch (NumberFormatException e) {
            throw group.invalidValue(
                    KinesisSourceOptions.INITIAL_TIMESTAMP.key(),
                    "a date in the format " + format + " or seconds since the epoch");
        }
    }

    private static String streamName(PropertyGroup group) {
        return group.optional(KinesisSourceOptions.STREAM_NAME)
                .orElseGet(() -> KinesisStreams.nameFromArn(group.get(KinesisSourceOptions.STREAM_ARN)));
    }

    private static Configuration toConfiguration(Properties properties) {
        Map<String, String> map = new TreeMap<>();
        for (String key : properties.stringPropertyNames()) {
            map.put(key, properties.getProperty(key));
        }
        return Configuration.fromMap(map);
    }
}
