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
import java.util.List;

import org.apache.flink.annotation.PublicEvolving;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.IsolationLevel;

import io.flinkblocks.connectors.kafka.KafkaSources.StartingOffsets;
import io.flinkblocks.connectors.kafka.KafkaSources.StoppingOffsets;
import io.flinkblocks.runtime.PropertyOption;

/**
 * The options of Kafka groups that we read or whose default we impose, under the names of
 * {@link KafkaKeys} (ours) or of the Kafka client; every other Kafka client key is passed through.
 */
@PublicEvolving
public final class KafkaOptions {

    // ---- source and sink

    static final PropertyOption<String> BOOTSTRAP_SERVERS = PropertyOption.key(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG)
            .stringType()
            .noDefaultValue("required")
            .description("comma-separated `host:port` of the brokers");
    static final PropertyOption<KafkaSecurityPreset> SECURITY_PRESET = PropertyOption.key(KafkaKeys.SECURITY_PRESET)
            .enumType(KafkaSecurityPreset.class)
            .noDefaultValue("none: the group's client keys alone")
            .description("fills in the client keys of a security setup (below)");
    static final PropertyOption<String> SASL_USERNAME = PropertyOption.key(KafkaKeys.SASL_USERNAME)
            .stringType()
            .noDefaultValue("required with `SASL_SCRAM_SHA_512`")
            .description("unless `sasl.jaas.config` is given");
    static final PropertyOption<String> SASL_PASSWORD = PropertyOption.key(KafkaKeys.SASL_PASSWORD)
            .stringType()
            .noDefaultValue("required with `SASL_SCRAM_SHA_512`")
            .description("never logged; unless `sasl.jaas.config` is given");
    static final PropertyOption<String> MSK_IAM_ROLE_ARN = PropertyOption.key(KafkaKeys.MSK_IAM_ROLE_ARN)
            .stringType()
            .noDefaultValue("none")
            .description("`MSK_IAM`: a role to assume for the cluster");
    static final PropertyOption<String> MSK_IAM_ROLE_SESSION_NAME = PropertyOption.key(
                    KafkaKeys.MSK_IAM_ROLE_SESSION_NAME)
            .stringType()
            .noDefaultValue("the login module's")
            .description("`MSK_IAM`: needs `msk.iam.role.arn`");
    static final PropertyOption<String> MSK_IAM_STS_REGION = PropertyOption.key(KafkaKeys.MSK_IAM_STS_REGION)
            .stringType()
            .noDefaultValue("the login module's")
            .description("`MSK_IAM`: region of the STS endpoint that assumes the role");
    static final PropertyOption<String> MSK_IAM_PROFILE = PropertyOption.key(KafkaKeys.MSK_IAM_PROFILE)
            .stringType()
            .noDefaultValue("none")
            .description("`MSK_IAM`: a named AWS profile, for local runs");
    static final PropertyOption<Boolean> TRUSTSTORE_CHECK = PropertyOption.key(KafkaKeys.TRUSTSTORE_CHECK)
            .booleanType()
            .defaultValue(true)
            .description("open the truststore while the job is built");
    static final PropertyOption<Boolean> SSL_TRUST_ALL = PropertyOption.key(KafkaKeys.SSL_TRUST_ALL)
            .booleanType()
            .defaultValue(false)
            .description(
                    "`true`: TLS without any truststore, every certificate accepted; loopback brokers only (below)");
    static final PropertyOption<Boolean> SSL_TRUST_ALL_ALLOW_NON_LOOPBACK = PropertyOption.key(
                    KafkaKeys.SSL_TRUST_ALL_ALLOW_NON_LOOPBACK)
            .booleanType()
            .defaultValue(false)
            .description("`true`: allows `ssl.trust-all` for other brokers, with a warning in the log");

    /** The options of source and sink groups, in the order of the README's table. */
    public static final List<PropertyOption<?>> COMMON = List.of(
            BOOTSTRAP_SERVERS,
            SECURITY_PRESET,
            SASL_USERNAME,
            SASL_PASSWORD,
            MSK_IAM_ROLE_ARN,
            MSK_IAM_ROLE_SESSION_NAME,
            MSK_IAM_STS_REGION,
            MSK_IAM_PROFILE,
            TRUSTSTORE_CHECK,
            SSL_TRUST_ALL,
            SSL_TRUST_ALL_ALLOW_NON_LOOPBACK);

    // ---- source

    static final PropertyOption<String> SOURCE_TOPIC = PropertyOption.key(KafkaKeys.TOPIC)
            .stringType()
            .noDefaultValue("this or `topic.pattern` required")
            .description("one topic or a comma-separated list");
    static final PropertyOption<String> TOPIC_PATTERN = PropertyOption.key(KafkaKeys.TOPIC_PATTERN)
            .stringType()
            .noDefaultValue("this or `topic` required")
            .description("a regular expression of topic names");
    static final PropertyOption<String> GROUP_ID = PropertyOption.key(ConsumerConfig.GROUP_ID_CONFIG)
            .stringType()
            .noDefaultValue("required")
            .description("the consumer group");
    static final PropertyOption<StartingOffsets> STARTING_OFFSETS = PropertyOption.key(KafkaKeys.STARTING_OFFSETS)
            .enumType(StartingOffsets.class)
            .defaultValue(StartingOffsets.COMMITTED)
            .description("where a source without state starts; `COMMITTED`: `EARLIEST` where the group has none");
    static final PropertyOption<Long> STARTING_OFFSETS_TIMESTAMP = PropertyOption.key(
                    KafkaKeys.STARTING_OFFSETS_TIMESTAMP)
            .longType()
            .min(0L)
            .noDefaultValue("required with `TIMESTAMP`")
            .description("epoch milliseconds");
    static final PropertyOption<StoppingOffsets> STOPPING_OFFSETS = PropertyOption.key(KafkaKeys.STOPPING_OFFSETS)
            .enumType(StoppingOffsets.class)
            .noDefaultValue("none: unbounded")
            .description("`LATEST`: bounded, ends at the offsets that were latest at start");
    static final PropertyOption<IsolationLevel> ISOLATION_LEVEL = PropertyOption.key(
                    ConsumerConfig.ISOLATION_LEVEL_CONFIG)
            .enumType(IsolationLevel.class)
            .defaultValue(IsolationLevel.READ_COMMITTED)
            .description("Kafka's own default is `read_uncommitted`; any case; records of aborted or open transactions"
                    + " are read only with `read_uncommitted` (below)");

    /** The options of source groups only, in the order of the README's table. */
    public static final List<PropertyOption<?>> SOURCE = List.of(
            SOURCE_TOPIC,
            TOPIC_PATTERN,
            GROUP_ID,
            STARTING_OFFSETS,
            STARTING_OFFSETS_TIMESTAMP,
            STOPPING_OFFSETS,
            ISOLATION_LEVEL);

    // ---- sink

    static final PropertyOption<String> SINK_TOPIC = PropertyOption.key(KafkaKeys.TOPIC)
            .stringType()
            .noDefaultValue("required unless the serializer chooses the topic")
            .description("the one topic written to");
    static final PropertyOption<DeliveryGuarantee> DELIVERY_GUARANTEE = PropertyOption.key(KafkaKeys.DELIVERY_GUARANTEE)
            .enumType(DeliveryGuarantee.class)
            .defaultValue(DeliveryGuarantee.AT_LEAST_ONCE)
            .description("`EXACTLY_ONCE`: Kafka transactions committed by checkpoints (below)");
    static final PropertyOption<String> TRANSACTIONAL_ID_PREFIX = PropertyOption.key(KafkaKeys.TRANSACTIONAL_ID_PREFIX)
            .stringType()
            .noDefaultValue("required with `EXACTLY_ONCE`")
            .description("unique per job on the cluster");
    static final PropertyOption<Duration> BROKER_TRANSACTION_MAX_TIMEOUT = PropertyOption.key(
                    KafkaKeys.BROKER_TRANSACTION_MAX_TIMEOUT)
            .durationType()
            .defaultValue(KafkaSinks.DEFAULT_BROKER_TRANSACTION_MAX_TIMEOUT)
            .description("the brokers' `transaction.max.timeout.ms`; at least the checkpoint interval");
    static final PropertyOption<Long> TRANSACTION_TIMEOUT = PropertyOption.key(KafkaSinks.TRANSACTION_TIMEOUT)
            .longType()
            .min(1L)
            .noDefaultValue("`broker.transaction.max.timeout`")
            .description(
                    "`EXACTLY_ONCE`: milliseconds, from the checkpoint interval to `broker.transaction.max.timeout`");

    /** The options of sink groups only, in the order of the README's table. */
    public static final List<PropertyOption<?>> SINK = List.of(
            SINK_TOPIC,
            DELIVERY_GUARANTEE,
            TRANSACTIONAL_ID_PREFIX,
            BROKER_TRANSACTION_MAX_TIMEOUT,
            TRANSACTION_TIMEOUT);

    private KafkaOptions() {}
}
