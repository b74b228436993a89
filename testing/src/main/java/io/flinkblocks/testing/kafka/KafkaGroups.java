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
package io.flinkblocks.testing.kafka;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.flink.annotation.PublicEvolving;

/**
 * Kafka source and sink property groups for a job that reads and writes topics of the
 * {@link LocalKafkaBroker}: a connection ({@link #plaintext} or {@link #customTruststore}), then the
 * source or sink on it. Each call returns a new mutable map, in a stable order, for a test to change a
 * setting of.
 *
 * <pre>{@code
 * Map<String, String> connection = KafkaGroups.plaintext(broker);
 * ApplicationProperties.of(Map.of(
 *         "KafkaSource", KafkaGroups.boundedSource(connection, "in", "my-job-it"),
 *         "KafkaSink", KafkaGroups.exactlyOnceSink(connection, "out", "my-job-it")));
 * }</pre>
 */
@PublicEvolving
public final class KafkaGroups {

    private KafkaGroups() {}

    /** The broker's plaintext listener, {@code security.preset=PLAINTEXT}. */
    public static Map<String, String> plaintext(LocalKafkaBroker broker) {
        Map<String, String> connection = new LinkedHashMap<>();
        connection.put("connector", "kafka");
        connection.put("bootstrap.servers", broker.bootstrapServers());
        connection.put("security.preset", "PLAINTEXT");
        return connection;
    }

    /**
     * The broker's TLS listener, trusted through a JKS truststore of its certificate at
     * {@code truststoreLocation}: a file, or {@code classpath:} and where a job JAR carries it
     * ({@code security.preset=TLS_CUSTOM_TRUSTSTORE}).
     */
    public static Map<String, String> customTruststore(
            LocalKafkaBroker broker, String truststoreLocation, String truststorePassword) {
        Map<String, String> connection = new LinkedHashMap<>();
        connection.put("connector", "kafka");
        connection.put("bootstrap.servers", broker.sslBootstrapServers());
        connection.put("security.preset", "TLS_CUSTOM_TRUSTSTORE");
        connection.put("ssl.truststore.location", truststoreLocation);
        connection.put("ssl.truststore.type", "JKS");
        connection.put("ssl.truststore.password", truststorePassword);
        return connection;
    }

    /** A source reading {@code topic} from its earliest offsets as consumer group {@code groupId}, without end. */
    public static Map<String, String> source(Map<String, String> connection, String topic, String groupId) {
        Map<String, String> source = new LinkedHashMap<>(connection);
        source.put("topic", topic);
        source.put("group.id", groupId);
        source.put("starting.offsets", "EARLIEST");
        return source;
    }

    /**
     * A source reading {@code topic} from its earliest offsets to the latest at the job's start: the job
     * reads what was produced before it, commits its last transaction, and ends by itself.
     */
    public static Map<String, String> boundedSource(Map<String, String> connection, String topic, String groupId) {
        Map<String, String> source = source(connection, topic, groupId);
        source.put("stopping.offsets", "LATEST");
        return source;
    }

    /** A sink writing {@code topic} with {@code guarantee} ({@code AT_LEAST_ONCE}, {@code NONE}...). */
    public static Map<String, String> sink(Map<String, String> connection, String topic, String guarantee) {
        Map<String, String> sink = new LinkedHashMap<>(connection);
        sink.put("topic", topic);
        sink.put("delivery.guarantee", guarantee);
        return sink;
    }

    /**
     * An exactly-once sink to {@code topic}: its records are committed at checkpoints, so a test reads the
     * topic with {@link LocalKafkaBroker#consumeAllCommitted(String)}. The transaction timeout is one
     * minute: the sink's default of an hour is more than a broker allows with its default settings.
     */
    public static Map<String, String> exactlyOnceSink(
            Map<String, String> connection, String topic, String transactionalIdPrefix) {
        return exactlyOnceSink(connection, topic, transactionalIdPrefix, 60_000);
    }

    /**
     * An exactly-once sink to {@code topic} whose open transactions the broker aborts after
     * {@code transactionTimeoutMs}: a test whose job is killed sets it short, so that what a killed
     * writer left open does not hold back readers of committed records for a minute.
     */
    public static Map<String, String> exactlyOnceSink(
            Map<String, String> connection, String topic, String transactionalIdPrefix, long transactionTimeoutMs) {
        Map<String, String> sink = sink(connection, topic, "EXACTLY_ONCE");
        sink.put("transactional.id.prefix", transactionalIdPrefix);
        sink.put("transaction.timeout.ms", Long.toString(transactionTimeoutMs));
        return sink;
    }
}
