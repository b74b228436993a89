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

import io.flinkblocks.connectors.identity.ConnectorKey;
import io.flinkblocks.runtime.PropertyOption;

/**
 * The keys of a Kafka property group that are ours. Every other key is a Kafka client key
 * ({@code bootstrap.servers}, {@code group.id}, {@code security.protocol}, {@code ssl.*},
 * {@code sasl.*}, {@code transaction.timeout.ms}, ...) and reaches the client untouched.
 */
final class KafkaKeys {

    /** Selects the connector in {@code StreamSources}/{@code StreamSinks}. */
    public static final String CONNECTOR = ConnectorKey.KEY;
    /** Source: one topic or a comma-separated list. Sink: the one topic written to. */
    public static final String TOPIC = "topic";
    /** Source only: a regular expression of topic names, instead of {@value #TOPIC}. */
    public static final String TOPIC_PATTERN = "topic.pattern";
    /** Source: EARLIEST, LATEST, COMMITTED (default; EARLIEST when the group has none) or TIMESTAMP. */
    public static final String STARTING_OFFSETS = "starting.offsets";
    /** Source: epoch milliseconds, with {@code starting.offsets=TIMESTAMP}. */
    public static final String STARTING_OFFSETS_TIMESTAMP = "starting.offsets.timestamp";
    /** Source: LATEST makes the source bounded, ending at the offsets that were latest when it started. */
    public static final String STOPPING_OFFSETS = "stopping.offsets";
    /** One of {@link KafkaSecurityPreset}; absent means the group's client keys alone apply. */
    public static final String SECURITY_PRESET = "security.preset";
    /** User name of SASL_SCRAM_SHA_512. */
    public static final String SASL_USERNAME = "sasl.username";
    /** Password of SASL_SCRAM_SHA_512: never logged. */
    public static final String SASL_PASSWORD = "sasl.password";
    /** MSK_IAM: a role to assume for the cluster (the login module's {@code awsRoleArn}). */
    public static final String MSK_IAM_ROLE_ARN = "msk.iam.role.arn";
    /** MSK_IAM: session name of the assumed role ({@code awsRoleSessionName}). */
    public static final String MSK_IAM_ROLE_SESSION_NAME = "msk.iam.role.session.name";
    /** MSK_IAM: region of the STS endpoint used to assume the role ({@code awsStsRegion}). */
    public static final String MSK_IAM_STS_REGION = "msk.iam.sts.region";
    /** MSK_IAM: a named AWS profile ({@code awsProfileName}), for local runs. */
    public static final String MSK_IAM_PROFILE = "msk.iam.profile";
    /** Whether the truststore is opened while the job is built, to catch a wrong path or password early (default true). */
    public static final String TRUSTSTORE_CHECK = "truststore.check";
    /**
     * {@code true}: TLS clients accept any broker certificate (no truststore, no host name check). For
     * loopback brokers only, unless {@link #SSL_TRUST_ALL_ALLOW_NON_LOOPBACK} is also true.
     */
    public static final String SSL_TRUST_ALL = "ssl.trust-all";
    /** {@code true}: allows {@link #SSL_TRUST_ALL} for brokers that are not on loopback; logged as a warning. */
    public static final String SSL_TRUST_ALL_ALLOW_NON_LOOPBACK = "ssl.trust-all.allow-non-loopback";
    /** Sink: NONE, AT_LEAST_ONCE (default) or EXACTLY_ONCE. */
    public static final String DELIVERY_GUARANTEE = "delivery.guarantee";
    /** Sink with EXACTLY_ONCE: prefix of the Kafka transactional ids, unique per job on a cluster. */
    public static final String TRANSACTIONAL_ID_PREFIX = "transactional.id.prefix";
    /**
     * Sink with EXACTLY_ONCE: the brokers' {@code transaction.max.timeout.ms} (default 15 min, the Kafka
     * and MSK default), the upper bound of {@code transaction.timeout.ms}.
     */
    public static final String BROKER_TRANSACTION_MAX_TIMEOUT = "broker.transaction.max.timeout";

    /**
     * Ours of the options common to sources and sinks ({@link KafkaOptions#COMMON}, all of them but
     * {@code bootstrap.servers}, a Kafka client key), and the connector key.
     */
    static final List<String> COMMON = commonKeys();

    static final List<String> SOURCE_ONLY =
            List.of(TOPIC, TOPIC_PATTERN, STARTING_OFFSETS, STARTING_OFFSETS_TIMESTAMP, STOPPING_OFFSETS);
    static final List<String> SINK_ONLY =
            List.of(TOPIC, DELIVERY_GUARANTEE, TRANSACTIONAL_ID_PREFIX, BROKER_TRANSACTION_MAX_TIMEOUT);

    private KafkaKeys() {}

    private static List<String> commonKeys() {
        List<String> keys = new ArrayList<>();
        keys.add(CONNECTOR);
        for (PropertyOption<?> option : KafkaOptions.COMMON) {
            if (option != KafkaOptions.BOOTSTRAP_SERVERS) {
                keys.add(option.key());
            }
        }
        return List.copyOf(keys);
    }
}
