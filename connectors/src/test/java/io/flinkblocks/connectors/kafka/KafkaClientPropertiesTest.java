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
import static io.flinkblocks.connectors.PropertyErrors.assertRejectsKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.flinkblocks.connectors.GroupUnderTest;

class KafkaClientPropertiesTest {

    private static final List<String> OWN = KafkaKeys.COMMON;

    @TempDir
    Path folder;

    private static final GroupUnderTest KAFKA_SOURCE = group("KafkaSource", "bootstrap.servers", "b-1.example:9092");

    /** The Kafka group with {@code security.preset} set. */
    private static GroupUnderTest preset(String preset) {
        return KAFKA_SOURCE.with("security.preset", preset);
    }

    /** The Kafka group with the custom truststore preset and its {@code ssl.truststore.location}. */
    private static GroupUnderTest customTruststore(String location) {
        return preset("TLS_CUSTOM_TRUSTSTORE").with("ssl.truststore.location", location);
    }

    private static Properties build(GroupUnderTest group) {
        return KafkaClientProperties.fromProperties(group.properties(), OWN);
    }

    @Test
    void passesEveryClientKeyThroughUntouched() {
        GroupUnderTest group = KAFKA_SOURCE
                .with("max.poll.records", "17")
                .with("ssl.endpoint.identification.algorithm", "")
                .with("client.rack", "use1-az1")
                .with("some.future.kafka.key", "x");

        Properties client = build(group);

        assertThat(client)
                .containsEntry("max.poll.records", "17")
                .containsEntry("client.rack", "use1-az1")
                .containsEntry("some.future.kafka.key", "x")
                .containsEntry("bootstrap.servers", "b-1.example:9092");
    }

    @Test
    void leavesOurOwnKeysOut() {
        GroupUnderTest group = preset("PLAINTEXT").with("connector", "kafka");

        assertThat(build(group)).doesNotContainKeys("security.preset", "connector");
    }

    @Test
    void withoutPresetAddsNoSecurityKeys() {
        assertThat(build(KAFKA_SOURCE)).containsOnlyKeys("bootstrap.servers");
    }

    @Test
    void missingBootstrapServersIsAnError() {
        GroupUnderTest group = KAFKA_SOURCE.without("bootstrap.servers");

        assertRejectsKey(() -> build(group), "bootstrap.servers", "missing")
                .hasMessageContaining("group 'KafkaSource'");
    }

    @Test
    void plaintextPresetSetsTheProtocol() {
        GroupUnderTest group = preset("plaintext");

        assertThat(build(group)).containsEntry("security.protocol", "PLAINTEXT");
    }

    @Test
    void tlsPresetUsesSslWithTheDefaultTruststore() {
        GroupUnderTest group = preset("TLS");

        assertThat(build(group)).containsEntry("security.protocol", "SSL").doesNotContainKey("ssl.truststore.location");
    }

    @Test
    void customTruststorePresetNeedsALocation() {
        GroupUnderTest group = preset("TLS_CUSTOM_TRUSTSTORE");

        assertThatThrownBy(() -> build(group))
                .hasMessageContaining("ssl.truststore.location")
                .hasMessageContaining("classpath:");
    }

    @Test
    void customTruststoreFromAFileIsPassedAsItIs() {
        Path truststore = Truststores.write(folder, "trust.jks", Truststores.emptyJks("s3cret-pw"));
        GroupUnderTest group = customTruststore(truststore.toString()).with("ssl.truststore.password", "s3cret-pw");

        assertThat(build(group))
                .containsEntry("security.protocol", "SSL")
                .containsEntry("ssl.truststore.location", truststore.toString())
                .containsEntry("ssl.truststore.password", "s3cret-pw")
                .containsEntry("ssl.engine.factory.class", ClasspathTruststoreSslEngineFactory.class.getName());
    }

    @Test
    void classpathTruststoreGetsTheInstallingEngineFactory() throws Exception {
        Path root = folder.resolve("classes");
        Truststores.write(root, "certs/trust.jks", Truststores.emptyJks("s3cret-pw"));
        GroupUnderTest group =
                customTruststore("classpath:certs/trust.jks").with("ssl.truststore.password", "s3cret-pw");

        Properties client = Truststores.withContextClasspath(root, () -> build(group));

        assertThat(client)
                .containsEntry("ssl.truststore.location", "classpath:certs/trust.jks")
                .containsEntry("ssl.engine.factory.class", ClasspathTruststoreSslEngineFactory.class.getName());
    }

    @Test
    void missingClasspathTruststoreIsAnError() {
        GroupUnderTest group = customTruststore("classpath:no/such/trust.jks");

        assertThatThrownBy(() -> build(group))
                .hasMessageContaining("ssl.truststore.location")
                .hasMessageContaining("not on the class path")
                .hasMessageContaining("src/main/resources/no/such/trust.jks");
    }

    @Test
    void missingTruststoreFileIsAnError() {
        GroupUnderTest group = customTruststore(folder.resolve("absent.jks").toString());

        assertThatThrownBy(() -> build(group))
                .hasMessageContaining("absent.jks")
                .hasMessageContaining("does not exist");
    }

    @Test
    void truststoreThatIsAFolderIsAnError() {
        GroupUnderTest group = customTruststore(folder.toString());

        assertThatThrownBy(() -> build(group)).hasMessageContaining("is not a readable file");
    }

    @Test
    void wrongTruststorePasswordIsDetectedAtBuildTimeWithoutShowingIt() {
        Path truststore = Truststores.write(folder, "trust.jks", Truststores.emptyJks("right-password"));
        GroupUnderTest group =
                customTruststore(truststore.toString()).with("ssl.truststore.password", "Wr0ng-Pa55word");

        assertThatThrownBy(() -> build(group))
                .hasMessageContaining("ssl.truststore.password")
                .hasMessageContaining("does not open truststore")
                .satisfies(e -> assertThat(e.getMessage())
                        .doesNotContain("Wr0ng-Pa55word")
                        .doesNotContain("right-password"));
    }

    @Test
    void truststoreThatIsNotAKeyStoreIsAnError() {
        Path truststore = Truststores.write(
                folder, "trust.jks", "not a key store".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        GroupUnderTest group = customTruststore(truststore.toString());

        assertThatThrownBy(() -> build(group)).hasMessageContaining("is not a JKS key store");
    }

    @Test
    void truststoreCheckCanBeTurnedOffForPathsThatOnlyExistOnTheCluster() {
        GroupUnderTest group =
                customTruststore("/only/on/the/task/managers.jks").with("truststore.check", "false");

        assertThat(build(group)).containsEntry("ssl.truststore.location", "/only/on/the/task/managers.jks");
    }

    @Test
    void scramPresetBuildsTheJaasConfigFromUserAndPassword() {
        GroupUnderTest group =
                preset("SASL_SCRAM_SHA_512").with("sasl.username", "alice").with("sasl.password", "pa\"ss\\word");

        assertThat(build(group))
                .containsEntry("security.protocol", "SASL_SSL")
                .containsEntry("sasl.mechanism", "SCRAM-SHA-512")
                .containsEntry(
                        "sasl.jaas.config",
                        "org.apache.kafka.common.security.scram.ScramLoginModule required"
                                + " username=\"alice\" password=\"pa\\\"ss\\\\word\";")
                .doesNotContainKeys("sasl.username", "sasl.password");
    }

    @Test
    void scramPresetKeepsAJaasConfigGivenAsItIs() {
        GroupUnderTest group = preset("SASL_SCRAM_SHA_512").with("sasl.jaas.config", "custom required;");

        assertThat(build(group)).containsEntry("sasl.jaas.config", "custom required;");
    }

    @Test
    void scramPresetNeedsAPassword() {
        GroupUnderTest group = preset("SASL_SCRAM_SHA_512").with("sasl.username", "alice");

        assertRejectsKey(() -> build(group), "sasl.password", "missing");
    }

    @Test
    void mskIamPresetProducesTheDocumentedClientProperties() {
        GroupUnderTest group = preset("MSK_IAM");

        Properties client = build(group);

        assertThat(client)
                .containsOnly(
                        Map.entry("bootstrap.servers", "b-1.example:9092"),
                        Map.entry("security.protocol", "SASL_SSL"),
                        Map.entry("sasl.mechanism", "AWS_MSK_IAM"),
                        Map.entry("sasl.jaas.config", "software.amazon.msk.auth.iam.IAMLoginModule required;"),
                        Map.entry("ssl.engine.factory.class", ClasspathTruststoreSslEngineFactory.class.getName()),
                        Map.entry(
                                "sasl.client.callback.handler.class",
                                "software.amazon.msk.auth.iam.IAMClientCallbackHandler"));
    }

    @Test
    void mskIamPropertiesAreAcceptedByAKafkaClient() {
        GroupUnderTest group = preset("MSK_IAM").with("bootstrap.servers", "127.0.0.1:9098");
        Properties client = build(group);

        // Creating the client loads the login module and callback handler and logs in; no call to AWS is made
        // before the first connection.
        try (KafkaProducer<byte[], byte[]> producer =
                new KafkaProducer<>(client, new ByteArraySerializer(), new ByteArraySerializer())) {
            assertThat(producer.metrics()).isNotEmpty();
        }
    }

    @Test
    void mskIamPresetNamesTheRoleToAssume() {
        GroupUnderTest group = preset("MSK_IAM")
                .with("msk.iam.role.arn", "arn:aws:iam::123456789012:role/msk-reader")
                .with("msk.iam.role.session.name", "replication")
                .with("msk.iam.sts.region", "eu-west-1");

        assertThat(build(group))
                .containsEntry(
                        "sasl.jaas.config",
                        "software.amazon.msk.auth.iam.IAMLoginModule required"
                                + " awsRoleArn=\"arn:aws:iam::123456789012:role/msk-reader\" awsRoleSessionName=\"replication\""
                                + " awsStsRegion=\"eu-west-1\";");
    }

    @Test
    void mskIamSessionNameWithoutRoleIsAnError() {
        GroupUnderTest group = preset("MSK_IAM").with("msk.iam.role.session.name", "replication");

        assertThatThrownBy(() -> build(group))
                .hasMessageContaining("msk.iam.role.session.name")
                .hasMessageContaining("msk.iam.role.arn");
    }

    @Test
    void mskIamClassesAreOnTheClassPath() throws Exception {
        assertThat(Class.forName(KafkaClientProperties.MSK_IAM_LOGIN_MODULE)).isNotNull();
        assertThat(Class.forName(KafkaClientProperties.MSK_IAM_CALLBACK_HANDLER))
                .isNotNull();
    }

    @Test
    void presetContradictingAnExplicitKeyIsAnError() {
        GroupUnderTest group = preset("MSK_IAM").with("security.protocol", "SSL");

        assertThatThrownBy(() -> build(group))
                .hasMessageContaining("security.protocol")
                .hasMessageContaining("'SSL'")
                .hasMessageContaining("contradicts")
                .hasMessageContaining("MSK_IAM");
    }

    @Test
    void presetAgreeingWithAnExplicitKeyIsFine() {
        GroupUnderTest group = preset("TLS").with("security.protocol", "SSL");

        assertThat(build(group)).containsEntry("security.protocol", "SSL");
    }

    @ParameterizedTest
    @ValueSource(strings = {"SSL", "IAM", "SCRAM", "tls-truststore"})
    void unknownPresetIsAnErrorListingThePresets(String preset) {
        GroupUnderTest group = preset(preset);

        assertThatThrownBy(() -> build(group))
                .hasMessageContaining("security.preset")
                .hasMessageContaining("PLAINTEXT, TLS, TLS_CUSTOM_TRUSTSTORE, SASL_SCRAM_SHA_512, MSK_IAM");
    }
}
