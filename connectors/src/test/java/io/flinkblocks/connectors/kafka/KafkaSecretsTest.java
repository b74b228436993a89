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

import static io.flinkblocks.connectors.GroupUnderTest.group;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.lang.reflect.Method;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;

import org.apache.flink.api.common.serialization.SimpleStringSchema;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import io.flinkblocks.connectors.GroupUnderTest;
import io.flinkblocks.testing.LogCapture;
import io.flinkblocks.testing.secrets.PlantedSecrets;

/** Planted secrets must never reach an exception message or a log line, ours or the Kafka client's. */
class KafkaSecretsTest {

    private static final String SCRAM_PASSWORD = PlantedSecrets.SASL_PASSWORD;
    private static final String JAAS_SECRET = PlantedSecrets.JAAS_PASSWORD;
    private static final String TRUSTSTORE_PASSWORD = PlantedSecrets.TRUSTSTORE_PASSWORD;
    private static final List<String> SECRETS = List.of(SCRAM_PASSWORD, JAAS_SECRET, TRUSTSTORE_PASSWORD);

    @RegisterExtension
    final LogCapture logs = new LogCapture();

    @TempDir
    Path folder;

    private static final GroupUnderTest SCRAM = group(
            "In",
            "bootstrap.servers",
            "127.0.0.1:1",
            "group.id",
            "secrets",
            "topic",
            "t",
            "security.preset",
            "SASL_SCRAM_SHA_512",
            "sasl.username",
            "alice",
            "sasl.password",
            SCRAM_PASSWORD);

    @Test
    void errorMessagesNeverShowSecrets() {
        Path truststore = Truststores.write(folder, "trust.jks", Truststores.emptyJks("other"));
        GroupUnderTest wrongTruststorePassword = SCRAM.with("ssl.truststore.location", truststore.toString())
                .with("ssl.truststore.password", TRUSTSTORE_PASSWORD);
        GroupUnderTest contradictingJaas = SCRAM.with("security.preset", "MSK_IAM")
                .with("sasl.jaas.config", "x required password=\"" + JAAS_SECRET + "\";");
        GroupUnderTest misspelledPassword = SCRAM.without("sasl.password").with("sasl.pasword", SCRAM_PASSWORD);
        GroupUnderTest badTimeout = SCRAM.named("Out")
                .with("delivery.guarantee", "EXACTLY_ONCE")
                .with("transactional.id.prefix", "p")
                .with("transaction.timeout.ms", "10");

        List<Throwable> errors = List.of(
                catchThrowable(
                        () -> KafkaSources.source(wrongTruststorePassword.properties(), new SimpleStringSchema())),
                catchThrowable(() -> KafkaSources.source(contradictingJaas.properties(), new SimpleStringSchema())),
                catchThrowable(() -> KafkaSources.source(misspelledPassword.properties(), new SimpleStringSchema())),
                catchThrowable(() ->
                        KafkaSinks.sink(badTimeout.properties(), new SimpleStringSchema(), Duration.ofMinutes(1))));

        assertThat(errors).allSatisfy(e -> assertThat(e).isNotNull());
        assertThat(errors.get(0)).hasMessageContaining("does not open truststore");
        assertThat(errors.get(1)).hasMessageContaining("sasl.jaas.config").hasMessageContaining("contradicts");
        assertThat(errors.get(2)).hasMessageContaining("sasl.password").hasMessageContaining("missing");
        for (Throwable error : errors) {
            for (String secret : SECRETS) {
                assertThat(error.getMessage()).doesNotContain(secret);
                assertThat(error.toString()).doesNotContain(secret);
            }
        }
        assertThat(logs.text()).contains("sasl.pasword").contains("did you mean 'sasl.password'");
        assertNoSecretInLogs();
    }

    @Test
    void kafkaClientsMadeFromOurPropertiesLogNoSecrets() throws Exception {
        GroupUnderTest out = SCRAM.named("Out").with("delivery.guarantee", "AT_LEAST_ONCE");
        KafkaSink<String> sink = KafkaSinks.sink(out.properties(), new SimpleStringSchema(), null);
        Properties consumerConfig = KafkaClientProperties.fromProperties(SCRAM.properties(), KafkaKeys.COMMON);
        consumerConfig.remove("topic");

        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(
                        producerConfig(sink), new ByteArraySerializer(), new ByteArraySerializer());
                KafkaConsumer<byte[], byte[]> consumer =
                        new KafkaConsumer<>(consumerConfig, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            assertThat(producer.metrics()).isNotEmpty();
            assertThat(consumer.metrics()).isNotEmpty();
        }

        assertThat(logs.text()).as("the clients logged their configuration").contains("sasl.jaas.config = [hidden]");
        assertNoSecretInLogs();
    }

    private void assertNoSecretInLogs() {
        for (String secret : SECRETS) {
            assertThat(logs.text()).doesNotContain(secret);
        }
    }

    private static Properties producerConfig(KafkaSink<?> sink) throws Exception {
        Method getter = KafkaSink.class.getDeclaredMethod("getKafkaProducerConfig");
        getter.setAccessible(true);
        return (Properties) getter.invoke(sink);
    }
}
