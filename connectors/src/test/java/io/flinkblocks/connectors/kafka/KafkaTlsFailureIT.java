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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.flink.util.ExceptionUtils;
import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import io.flinkblocks.runtime.InvalidPropertiesException;
import io.flinkblocks.runtime.PropertyGroup;
import io.flinkblocks.testing.flink.MiniClusters;
import io.flinkblocks.testing.kafka.BrokerCertificates;
import io.flinkblocks.testing.kafka.KafkaBrokerExtension;
import io.flinkblocks.testing.kafka.LocalKafkaBroker;

/**
 * Clients of the broker's SSL listener that cannot trust it fail with a message naming the setting to
 * fix: a wrong truststore password before the job runs, a missing or wrong truststore at the
 * handshake, in the client's exception and in the failed job's. {@code ssl.trust-all} on a loopback
 * broker connects without any truststore.
 */
class KafkaTlsFailureIT {

    @RegisterExtension
    static final MiniClusterExtension FLINK = MiniClusters.slots(1);

    @RegisterExtension
    static final KafkaBrokerExtension KAFKA = new KafkaBrokerExtension();

    @TempDir
    static Path folder;

    @Test
    void noTruststoreFailsTheHandshakeNamingTheTruststoreSetting(LocalKafkaBroker broker) {
        Map<String, String> group = base(broker);
        group.put("security.preset", "TLS");

        assertThat(connectionFailure(group))
                .contains("is not trusted by the JVM's default truststore")
                .contains("set ssl.truststore.location")
                .contains("TLS_CUSTOM_TRUSTSTORE")
                .contains("PKIX path building failed");
    }

    @Test
    void aTruststoreOfAnotherCaFailsTheHandshakeNamingTheTruststoreSetting(LocalKafkaBroker broker) {
        BrokerCertificates other = BrokerCertificates.generate(folder);
        Map<String, String> group = base(broker);
        group.put("security.preset", "TLS_CUSTOM_TRUSTSTORE");
        group.put("ssl.truststore.location", other.truststore().toString());
        group.put("ssl.truststore.type", "JKS");
        group.put("ssl.truststore.password", other.truststorePassword());

        assertThat(connectionFailure(group))
                .contains("is not trusted by truststore '" + other.truststore() + "'")
                .contains("set ssl.truststore.location");
    }

    @Test
    void aWrongTruststorePasswordFailsBeforeAnyConnection(LocalKafkaBroker broker) {
        Map<String, String> group = base(broker);
        group.put("security.preset", "TLS_CUSTOM_TRUSTSTORE");
        group.put("ssl.truststore.location", broker.certificates().truststore().toString());
        group.put("ssl.truststore.type", "JKS");
        group.put("ssl.truststore.password", "not-the-password");

        assertThatThrownBy(() -> client(group))
                .isInstanceOf(InvalidPropertiesException.class)
                .hasMessageContaining("key 'ssl.truststore.password'")
                .hasMessageContaining("does not open truststore")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("not-the-password"));
    }

    @Test
    void aJobWithoutTheTruststoreFailsWithTheSettingToFix(LocalKafkaBroker broker) {
        broker.createTopics(1, "tls-job-in");
        Map<String, String> group = base(broker);
        group.put("security.preset", "TLS");
        group.put("topic", "tls-job-in");
        group.put("group.id", "tls-job");
        group.put("starting.offsets", "EARLIEST");
        group.put("stopping.offsets", "LATEST");
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        Configuration noRestarts = new Configuration();
        noRestarts.set(RestartStrategyOptions.RESTART_STRATEGY, "none");
        env.configure(noRestarts);
        KafkaSources.strings(env, PropertyGroup.of("KafkaSource", group))
                .map(String::length, Types.INT)
                .uid("length")
                .name("length")
                .print()
                .uid("print")
                .name("print");

        Throwable failure = org.assertj.core.api.Assertions.catchThrowable(() -> env.execute("tls without truststore"));

        assertThat(failure).isNotNull();
        assertThat(ExceptionUtils.stringifyException(failure))
                .contains("is not trusted by the JVM's default truststore")
                .contains("set ssl.truststore.location");
    }

    @Test
    void trustAllReachesALoopbackBrokerWithoutATruststore(LocalKafkaBroker broker) throws Exception {
        Map<String, String> group = base(broker);
        group.put("security.preset", "TLS");
        group.put("ssl.trust-all", "true");

        try (Admin admin = Admin.create(client(group))) {
            assertThat(admin.describeCluster().nodes().get(60, TimeUnit.SECONDS))
                    .hasSize(1);
        }
    }

    private static Map<String, String> base(LocalKafkaBroker broker) {
        Map<String, String> group = new HashMap<>();
        group.put("bootstrap.servers", broker.sslBootstrapServers());
        return group;
    }

    private static Properties client(Map<String, String> group) {
        Properties client =
                KafkaClientProperties.fromProperties(PropertyGroup.of("KafkaSource", group), KafkaKeys.COMMON);
        client.put("request.timeout.ms", "20000");
        client.put("default.api.timeout.ms", "20000");
        return client;
    }

    /** The whole exception chain of a client that connects with {@code group}'s properties. */
    private static String connectionFailure(Map<String, String> group) {
        try (Admin admin = Admin.create(client(group))) {
            Throwable failure = org.assertj.core.api.Assertions.catchThrowable(
                    () -> admin.describeCluster().nodes().get(60, TimeUnit.SECONDS));
            assertThat(failure).as("connecting to the SSL listener").isNotNull();
            return ExceptionUtils.stringifyException(failure);
        }
    }
}
