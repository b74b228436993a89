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
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.flink.util.ExceptionUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.flinkblocks.runtime.PropertyGroup;
import io.flinkblocks.testing.LogCapture;
import io.flinkblocks.testing.flink.FailOnce;
import io.flinkblocks.testing.flink.MiniClusters;
import io.flinkblocks.testing.kafka.KafkaBrokerExtension;
import io.flinkblocks.testing.kafka.KafkaGroups;
import io.flinkblocks.testing.kafka.LocalKafkaBroker;
import io.flinkblocks.testing.secrets.PlantedSecrets;

/**
 * Planted secrets through whole job runs, with every log line captured at every level (Flink's, the
 * Kafka clients', ours): a TLS replication that fails once and restarts, a job that cannot trust the
 * broker, and a wrong truststore password. No secret appears in any log line or exception.
 *
 * <p>The secrets are the project's planted ones ({@link PlantedSecrets}), which every test plants:
 * this test asserts on its own captured lines, at every level (TRACE included), and its lines go to
 * the module's test log too, which {@code SecretsInSuiteLogsIT} (reliability-tests) scans with the rest
 * of the build's.
 */
class SecretsInLogsIT {

    @RegisterExtension
    static final MiniClusterExtension FLINK = MiniClusters.slots(2);

    @RegisterExtension
    static final KafkaBrokerExtension KAFKA = new KafkaBrokerExtension();

    @RegisterExtension
    final LogCapture logs = new LogCapture();

    private static final String SASL_PASSWORD = PlantedSecrets.SASL_PASSWORD;
    private static final int RECORDS = 200;

    @Test
    void noPlantedSecretReachesALogLineOrAnException(LocalKafkaBroker broker) throws Exception {
        String truststorePassword = broker.certificates().truststorePassword();
        assertThat(truststorePassword.equals(PlantedSecrets.TRUSTSTORE_PASSWORD))
                .as("the broker's truststore password is planted")
                .isTrue();
        Collection<String> secrets = PlantedSecrets.all().values();
        broker.createTopics(1, "secrets-in", "secrets-out");
        List<String> records =
                IntStream.range(0, RECORDS).mapToObj(i -> "{\"seq\":" + i + "}").collect(Collectors.toList());
        broker.produce("secrets-in", records);
        List<Throwable> errors = new ArrayList<>();

        // 1. A TLS replication, exactly once, failing once halfway and restarting.
        FailOnce.arm(RECORDS / 2);
        replicate(
                KafkaGroups.boundedSource(planted(broker, truststorePassword), "secrets-in", "secrets-it"),
                KafkaGroups.exactlyOnceSink(planted(broker, truststorePassword), "secrets-out", "secrets-it"),
                true);
        // 2. The same without a truststore: the handshake fails and so does the job.
        Map<String, String> untrusting =
                KafkaGroups.boundedSource(planted(broker, truststorePassword), "secrets-in", "secrets-it");
        untrusting.put("security.preset", "TLS");
        untrusting.remove("ssl.truststore.location");
        untrusting.remove("ssl.truststore.type");
        untrusting.remove("ssl.truststore.password");
        errors.add(catchThrowable(() -> replicate(
                untrusting,
                KafkaGroups.exactlyOnceSink(planted(broker, truststorePassword), "secrets-out", "secrets-it"),
                false)));
        // 3. A truststore password that does not open the truststore, which is itself a secret.
        Map<String, String> wrongPassword = planted(broker, truststorePassword);
        wrongPassword.put("topic", "secrets-in");
        wrongPassword.put("ssl.truststore.password", SASL_PASSWORD);
        errors.add(catchThrowable(() -> KafkaSources.strings(
                StreamExecutionEnvironment.getExecutionEnvironment(), PropertyGroup.of("KafkaSource", wrongPassword))));

        assertThat(FailOnce.failures())
                .as("the replication failed once and restarted")
                .isEqualTo(1);
        assertThat(broker.consumeAllCommitted("secrets-out"))
                .as("records replicated over TLS")
                .hasSize(RECORDS);
        assertThat(errors).as("the failing runs").allSatisfy(e -> assertThat(e).isNotNull());
        assertThat(ExceptionUtils.stringifyException(errors.get(0))).contains("set ssl.truststore.location");
        assertThat(errors.get(1)).hasMessageContaining("ssl.truststore.password");
        List<String> lines = logs.lines();
        System.out.printf(
                "Secrets check: %d log lines captured, %d exceptions, %d planted secrets%n",
                lines.size(), errors.size(), secrets.size());
        assertThat(lines).as("captured log lines").hasSizeGreaterThan(1000);
        for (String secret : secrets) {
            assertThat(lines).as("log lines with a planted secret").noneMatch(line -> line.contains(secret));
            assertThat(errors)
                    .as("exceptions with a planted secret")
                    .noneMatch(e -> ExceptionUtils.stringifyException(e).contains(secret));
        }
    }

    /** A TLS group with the real truststore and secrets the job does not need but must keep to itself. */
    private static Map<String, String> planted(LocalKafkaBroker broker, String truststorePassword) {
        Map<String, String> group = KafkaGroups.customTruststore(
                broker, broker.certificates().truststore().toString(), truststorePassword);
        group.put("sasl.jaas.config", PlantedSecrets.JAAS_CONFIG);
        group.put("sasl.password", SASL_PASSWORD);
        group.put("aws.secret.access.key", PlantedSecrets.AWS_SECRET_ACCESS_KEY);
        group.put("aws.session.token", PlantedSecrets.AWS_SESSION_TOKEN);
        return group;
    }

    private static void replicate(Map<String, String> source, Map<String, String> sink, boolean restarts)
            throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(1);
        env.enableCheckpointing(300);
        Configuration configuration = new Configuration();
        configuration.set(RestartStrategyOptions.RESTART_STRATEGY, restarts ? "fixed-delay" : "none");
        configuration.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_ATTEMPTS, 2);
        configuration.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_DELAY, Duration.ofMillis(100));
        env.configure(configuration);
        DataStream<String> records = KafkaSources.strings(env, PropertyGroup.of("KafkaSource", source))
                .map(new FailOnce<String>())
                .uid("fail-once")
                .name("fail once");
        KafkaSinks.strings(records, PropertyGroup.of("KafkaSink", sink));
        env.execute("secrets-in-logs");
    }
}
