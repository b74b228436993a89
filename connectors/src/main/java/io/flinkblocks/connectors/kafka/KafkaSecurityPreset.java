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

/**
 * How a Kafka client authenticates and encrypts, chosen by one key, {@value KafkaKeys#SECURITY_PRESET}.
 * A preset only fills in the client keys it names; any other key of the group still reaches the
 * client untouched. A key the group sets to a different value than its preset is an error, so a
 * preset never silently overrides what the properties say.
 */
enum KafkaSecurityPreset {

    /** {@code security.protocol=PLAINTEXT}: no encryption, no authentication (MSK port 9092). */
    PLAINTEXT,

    /**
     * {@code security.protocol=SSL} with the JVM's default truststore, which trusts the certificates
     * of Amazon MSK brokers (MSK port 9094).
     */
    TLS,

    /**
     * {@code security.protocol=SSL} with the truststore named by {@code ssl.truststore.location}
     * (required): a file path, or {@code classpath:<resource>} for a truststore packaged inside the job
     * JAR, which is copied to a local file wherever a Kafka client starts. For brokers whose
     * certificates come from a private CA.
     */
    TLS_CUSTOM_TRUSTSTORE,

    /**
     * {@code security.protocol=SASL_SSL}, {@code sasl.mechanism=SCRAM-SHA-512}, and a JAAS config
     * built from {@value KafkaKeys#SASL_USERNAME} and {@value KafkaKeys#SASL_PASSWORD} unless the group
     * sets {@code sasl.jaas.config} itself (MSK port 9096).
     */
    SASL_SCRAM_SHA_512,

    /**
     * {@code security.protocol=SASL_SSL}, {@code sasl.mechanism=AWS_MSK_IAM}, the {@code aws-msk-iam-auth}
     * login module and callback handler (MSK port 9098). Credentials come from the default AWS chain
     * (on MSF: the application's role), or from a role to assume ({@value KafkaKeys#MSK_IAM_ROLE_ARN})
     * or a named profile ({@value KafkaKeys#MSK_IAM_PROFILE}).
     */
    MSK_IAM
}
