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
package io.flinkblocks.connectors.kafka;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.apache.flink.annotation.PublicEvolving;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.serialization.DeserializationSchema;
import org.apache.flink.api.common.serialization.SimpleStringSchema;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.KafkaSourceBuilder;
import org.apache.flink.connector.kafka.source.KafkaSourceOptions;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

import io.flinkblocks.connectors.identity.ConnectorIdentity;
import io.flinkblocks.connectors.identity.SourceConnector;
import io.flinkblocks.runtime.PropertyGroup;

/**
 * {@link KafkaSource}s from a property group. Keys: {@code bootstrap.servers} and {@code group.id}
 * (required), {@value KafkaKeys#TOPIC} or {@value KafkaKeys#TOPIC_PATTERN}, {@value KafkaKeys#STARTING_OFFSETS},
 * {@value KafkaKeys#STOPPING_OFFSETS}, {@value KafkaKeys#SECURITY_PRESET}; every other key is a Kafka
 * consumer key and reaches the client untouched (see {@link KafkaClientProperties}). One client default
 * differs from Kafka's: {@code isolation.level} is {@code read_committed} unless the group sets
 * {@code read_uncommitted}, so records of aborted (and still open) transactions are never read.
 *
 * <pre>{@code
 * DataStream<String> lines = KafkaSources.stream(env, properties.group("KafkaSource"), new SimpleStringSchema());
 * }</pre>
 */
@PublicEvolving
public final class KafkaSources {

    /** Where a source starts when it has no state to restore. */
    public enum StartingOffsets {
        EARLIEST,
        LATEST,
        /** The consumer group's committed offsets; EARLIEST for partitions without one. */
        COMMITTED,
        /** The first offsets at or after {@value KafkaKeys#STARTING_OFFSETS_TIMESTAMP}. */
        TIMESTAMP
    }

    /** Where a bounded source stops. */
    public enum StoppingOffsets {
        /** The offsets that are latest when the source starts: the source reads what is there and ends. */
        LATEST
    }

    private KafkaSources() {}

    /** A stream of the values of the group's topics as UTF-8 strings, with uid and name set. */
    public static DataStream<String> strings(StreamExecutionEnvironment env, PropertyGroup group) {
        return stream(env, group, new SimpleStringSchema());
    }

    /**
     * A stream of the record values' bytes, nothing decoded (Kafka's own {@link ByteArrayDeserializer}),
     * without watermarks, with uid and name set.
     */
    public static DataStream<byte[]> bytes(StreamExecutionEnvironment env, PropertyGroup group) {
        return stream(
                env,
                group,
                KafkaRecordDeserializationSchema.valueOnly(ByteArrayDeserializer.class),
                WatermarkStrategy.noWatermarks());
    }

    /** A stream of deserialized record values, without watermarks, with uid and name set. */
    public static <T> DataStream<T> stream(
            StreamExecutionEnvironment env, PropertyGroup group, DeserializationSchema<T> valueDeserializer) {
        return stream(
                env,
                group,
                KafkaRecordDeserializationSchema.valueOnly(valueDeserializer),
                WatermarkStrategy.noWatermarks());
    }

    /** A stream of deserialized records (key, headers and all), with uid and name set. */
    public static <T> DataStream<T> stream(
            StreamExecutionEnvironment env,
            PropertyGroup group,
            KafkaRecordDeserializationSchema<T> deserializer,
            WatermarkStrategy<T> watermarks) {
        return env.fromSource(
                        source(group, deserializer),
                        watermarks,
                        ConnectorIdentity.sourceName(group, SourceConnector.KAFKA))
                .uid(ConnectorIdentity.sourceUid(group));
    }

    /** The source of the group's record values. */
    public static <T> KafkaSource<T> source(PropertyGroup group, DeserializationSchema<T> valueDeserializer) {
        return source(group, KafkaRecordDeserializationSchema.valueOnly(valueDeserializer));
    }

    /** The source of the group's records. */
    public static <T> KafkaSource<T> source(PropertyGroup group, KafkaRecordDeserializationSchema<T> deserializer) {
        group.checkKnownKeys(knownKeys(), false, "config.providers.");
        List<String> own = new ArrayList<>(KafkaKeys.COMMON);
        own.addAll(KafkaKeys.SOURCE_ONLY);
        Properties client = KafkaClientProperties.fromProperties(group, own);
        client.setProperty(ConsumerConfig.ISOLATION_LEVEL_CONFIG, isolationLevel(group));
        String groupId = group.get(KafkaOptions.GROUP_ID);

        KafkaSourceBuilder<T> builder = KafkaSource.<T>builder()
                .setProperties(client)
                .setBootstrapServers(client.getProperty(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG))
                .setGroupId(groupId)
                .setDeserializer(deserializer)
                .setStartingOffsets(startingOffsets(group));
        subscribe(group, builder);
        if (group.contains(KafkaKeys.STOPPING_OFFSETS)) {
            group.get(KafkaOptions.STOPPING_OFFSETS);
            builder.setBounded(OffsetsInitializer.latest());
        }
        return builder.build();
    }

    private static <T> void subscribe(PropertyGroup group, KafkaSourceBuilder<T> builder) {
        boolean hasTopic = group.optional(KafkaOptions.SOURCE_TOPIC).isPresent();
        boolean hasPattern = group.optional(KafkaOptions.TOPIC_PATTERN).isPresent();
        if (hasTopic == hasPattern) {
            throw group.error(
                    KafkaKeys.TOPIC,
                    hasTopic
                            ? "set either " + KafkaKeys.TOPIC + " or " + KafkaKeys.TOPIC_PATTERN + ", not both"
                            : "missing: name the topic to read (" + KafkaKeys.TOPIC
                                    + ", a comma-separated list) or a regular expression (" + KafkaKeys.TOPIC_PATTERN
                                    + ")");
        }
        if (hasTopic) {
            builder.setTopics(group.getList(KafkaKeys.TOPIC));
        } else {
            try {
                builder.setTopicPattern(Pattern.compile(group.get(KafkaOptions.TOPIC_PATTERN)));
            } catch (PatternSyntaxException e) {
                throw group.invalidValue(
                        KafkaKeys.TOPIC_PATTERN, "a valid regular expression (" + e.getDescription() + ")");
            }
        }
    }

    /**
     * {@code read_committed} unless the group asks for {@code read_uncommitted}. Kafka's default,
     * read_uncommitted, hands over the records of transactions their producer later aborted: an upstream
     * exactly-once producer (a Flink job, Kafka Streams) aborts a transaction for every failure, and a job
     * reading its topic would pass on exactly the records that producer took back, even into its own
     * exactly-once sink. The value is checked here, case-insensitively, because the client rejects
     * anything but the two lower-case names only when the job already runs.
     */
    private static String isolationLevel(PropertyGroup group) {
        return group.get(KafkaOptions.ISOLATION_LEVEL).toString();
    }

    private static OffsetsInitializer startingOffsets(PropertyGroup group) {
        StartingOffsets starting = group.get(KafkaOptions.STARTING_OFFSETS);
        if (starting != StartingOffsets.TIMESTAMP && group.contains(KafkaKeys.STARTING_OFFSETS_TIMESTAMP)) {
            throw group.error(
                    KafkaKeys.STARTING_OFFSETS_TIMESTAMP,
                    "only applies with " + KafkaKeys.STARTING_OFFSETS + "=TIMESTAMP");
        }
        switch (starting) {
            case EARLIEST:
                return OffsetsInitializer.earliest();
            case LATEST:
                return OffsetsInitializer.latest();
            case COMMITTED:
                return OffsetsInitializer.committedOffsets(OffsetResetStrategy.EARLIEST);
            case TIMESTAMP:
                if (group.optional(KafkaKeys.STARTING_OFFSETS_TIMESTAMP).isEmpty()) {
                    throw group.error(
                            KafkaKeys.STARTING_OFFSETS_TIMESTAMP,
                            "missing: TIMESTAMP needs the epoch milliseconds to start from");
                }
                return OffsetsInitializer.timestamp(group.get(KafkaOptions.STARTING_OFFSETS_TIMESTAMP));
            default:
                throw group.invalidValue(KafkaKeys.STARTING_OFFSETS, "a supported starting position");
        }
    }

    private static Set<String> knownKeys() {
        Set<String> known = new TreeSet<>(ConsumerConfig.configNames());
        known.addAll(KafkaKeys.COMMON);
        known.addAll(KafkaKeys.SOURCE_ONLY);
        known.add(KafkaSourceOptions.CLIENT_ID_PREFIX.key());
        known.add(KafkaSourceOptions.PARTITION_DISCOVERY_INTERVAL_MS.key());
        known.add(KafkaSourceOptions.REGISTER_KAFKA_CONSUMER_METRICS.key());
        known.add(KafkaSourceOptions.COMMIT_OFFSETS_ON_CHECKPOINT.key());
        return known;
    }
}
