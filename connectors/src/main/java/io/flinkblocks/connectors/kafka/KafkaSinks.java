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

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.apache.flink.annotation.PublicEvolving;
import org.apache.flink.api.common.serialization.SerializationSchema;
import org.apache.flink.api.common.serialization.SimpleStringSchema;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.connector.kafka.sink.KafkaSinkBuilder;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.DataStreamSink;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.producer.ProducerConfig;

import io.flinkblocks.connectors.identity.ConnectorIdentity;
import io.flinkblocks.connectors.identity.SinkConnector;
import io.flinkblocks.runtime.PropertyGroup;

/**
 * {@link KafkaSink}s from a property group. Keys: {@code bootstrap.servers} and {@value KafkaKeys#TOPIC}
 * (required), {@value KafkaKeys#DELIVERY_GUARANTEE} (default AT_LEAST_ONCE),
 * {@value KafkaKeys#TRANSACTIONAL_ID_PREFIX}, {@value KafkaKeys#BROKER_TRANSACTION_MAX_TIMEOUT},
 * {@value KafkaKeys#SECURITY_PRESET}; every other key is a Kafka producer key and reaches the client
 * untouched (see {@link KafkaClientProperties}).
 *
 * <p>EXACTLY_ONCE writes each checkpoint's records in a Kafka transaction committed when the checkpoint
 * completes, so readers with {@code isolation.level=read_committed} see them only then. It needs:
 * checkpointing on; a {@value KafkaKeys#TRANSACTIONAL_ID_PREFIX} unique to the job on the cluster
 * (two jobs with one prefix fence each other off); and a {@code transaction.timeout.ms} that outlasts
 * a checkpoint interval (else the broker aborts transactions before they are committed, and records
 * are lost) and does not exceed the brokers' {@code transaction.max.timeout.ms} (else the producer
 * is refused). When absent it is set to that maximum, 15 minutes by default, because the
 * connector's own default of one hour is refused by brokers with default settings.
 */
@PublicEvolving
public final class KafkaSinks {

    /** The brokers' default {@code transaction.max.timeout.ms}, on Apache Kafka and Amazon MSK. */
    public static final Duration DEFAULT_BROKER_TRANSACTION_MAX_TIMEOUT = Duration.ofMinutes(15);

    static final String TRANSACTION_TIMEOUT = ProducerConfig.TRANSACTION_TIMEOUT_CONFIG;

    private KafkaSinks() {}

    /** Writes strings (UTF-8, no key) to the group's topic; uid and name set. */
    public static DataStreamSink<String> strings(DataStream<String> stream, PropertyGroup group) {
        return attach(stream, group, new SimpleStringSchema());
    }

    /**
     * Writes serialized values (no key) to the group's topic, with uid and name set. The checkpoint
     * interval that EXACTLY_ONCE is checked against is the stream's environment's at this call: a job
     * started by {@code JobLauncher} (or defined by {@code JobLauncher.define}) has its environment
     * settings applied before its graph is defined.
     */
    public static <T> DataStreamSink<T> attach(
            DataStream<T> stream, PropertyGroup group, SerializationSchema<T> valueSerializer) {
        DataStreamSink<T> sink = stream.sinkTo(sink(group, valueSerializer, checkpointInterval(stream)));
        return ConnectorIdentity.identify(sink, group, SinkConnector.KAFKA);
    }

    /** The sink of serialized values (no key) to the group's {@value KafkaKeys#TOPIC}. */
    public static <T> KafkaSink<T> sink(
            PropertyGroup group, SerializationSchema<T> valueSerializer, Duration checkpointInterval) {
        String topic = group.optional(KafkaOptions.SINK_TOPIC)
                .orElseThrow(() -> group.error(KafkaKeys.TOPIC, "missing: name the topic to write to"));
        if (topic.contains(",")) {
            throw group.invalidValue(KafkaKeys.TOPIC, "one topic name (a sink writes to one topic)");
        }
        return sink(
                group,
                KafkaRecordSerializationSchema.<T>builder()
                        .setTopic(topic)
                        .setValueSerializationSchema(valueSerializer)
                        .build(),
                checkpointInterval);
    }

    /**
     * The sink of records serialized by {@code serializer}, which chooses topic, key and partition
     * itself; {@value KafkaKeys#TOPIC} is then not needed.
     *
     * @param checkpointInterval the job's checkpoint interval; {@code null} or zero when checkpointing is off
     */
    public static <T> KafkaSink<T> sink(
            PropertyGroup group, KafkaRecordSerializationSchema<T> serializer, Duration checkpointInterval) {
        group.checkKnownKeys(knownKeys(), false, "config.providers.");
        List<String> own = new ArrayList<>(KafkaKeys.COMMON);
        own.addAll(KafkaKeys.SINK_ONLY);
        Properties client = KafkaClientProperties.fromProperties(group, own);
        DeliveryGuarantee guarantee = group.get(KafkaOptions.DELIVERY_GUARANTEE);

        KafkaSinkBuilder<T> builder = KafkaSink.<T>builder()
                .setBootstrapServers(client.getProperty(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG))
                .setRecordSerializer(serializer)
                .setDeliveryGuarantee(guarantee);
        if (guarantee == DeliveryGuarantee.EXACTLY_ONCE) {
            client.setProperty(
                    TRANSACTION_TIMEOUT,
                    Long.toString(transactionTimeout(group, checkpointInterval).toMillis()));
            builder.setTransactionalIdPrefix(group.optional(KafkaOptions.TRANSACTIONAL_ID_PREFIX)
                    .orElseThrow(() -> group.error(
                            KafkaKeys.TRANSACTIONAL_ID_PREFIX,
                            "missing: EXACTLY_ONCE needs a transactional id prefix unique to this job"
                                    + " on the Kafka cluster")));
        }
        builder.setKafkaProducerConfig(client);
        return builder.build();
    }

    /**
     * The {@code transaction.timeout.ms} of an EXACTLY_ONCE sink: the group's value, checked against the
     * checkpoint interval and the brokers' maximum, or that maximum when the group has none.
     */
    static Duration transactionTimeout(PropertyGroup group, Duration checkpointInterval) {
        if (checkpointInterval == null || checkpointInterval.isZero() || checkpointInterval.isNegative()) {
            throw group.error(
                    KafkaKeys.DELIVERY_GUARANTEE,
                    "EXACTLY_ONCE commits Kafka transactions when checkpoints complete,"
                            + " but checkpointing is off: enable it (FlinkEnvironment checkpoint.interval) or use AT_LEAST_ONCE");
        }
        Duration brokerMax = group.get(KafkaOptions.BROKER_TRANSACTION_MAX_TIMEOUT);
        if (brokerMax.compareTo(checkpointInterval) < 0) {
            throw group.error(
                    KafkaKeys.BROKER_TRANSACTION_MAX_TIMEOUT,
                    "the brokers' maximum transaction timeout ("
                            + brokerMax.toMillis() + " ms) is shorter than the checkpoint interval ("
                            + checkpointInterval.toMillis()
                            + " ms): transactions would be aborted before their checkpoint commits them; checkpoint more often");
        }
        if (!group.contains(TRANSACTION_TIMEOUT)) {
            return brokerMax;
        }
        long timeoutMs = group.get(KafkaOptions.TRANSACTION_TIMEOUT);
        if (timeoutMs < checkpointInterval.toMillis()) {
            throw group.error(
                    TRANSACTION_TIMEOUT,
                    "value " + timeoutMs + " ms is shorter than the checkpoint interval ("
                            + checkpointInterval.toMillis()
                            + " ms): the broker would abort each transaction before the checkpoint that"
                            + " commits it, and its records would be lost; use at least the checkpoint interval plus its expected duration"
                            + " (or leave the key out for " + brokerMax.toMillis() + " ms)");
        }
        if (timeoutMs > brokerMax.toMillis()) {
            throw group.error(
                    TRANSACTION_TIMEOUT,
                    "value " + timeoutMs + " ms exceeds the brokers' transaction.max.timeout.ms ("
                            + brokerMax.toMillis() + " ms), so the producer would be refused; lower it, or set "
                            + KafkaKeys.BROKER_TRANSACTION_MAX_TIMEOUT + " if your brokers allow more");
        }
        return Duration.ofMillis(timeoutMs);
    }

    /** The checkpoint interval of the stream's environment, or {@code null} when checkpointing is off. */
    static Duration checkpointInterval(DataStream<?> stream) {
        long interval = stream.getExecutionEnvironment().getCheckpointConfig().getCheckpointInterval();
        return interval > 0 ? Duration.ofMillis(interval) : null;
    }

    private static Set<String> knownKeys() {
        Set<String> known = new TreeSet<>(ProducerConfig.configNames());
        known.addAll(KafkaKeys.COMMON);
        known.addAll(KafkaKeys.SINK_ONLY);
        return known;
    }
}
