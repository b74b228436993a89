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

import static io.flinkblocks.connectors.PropertyErrors.assertRejectsKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.flinkblocks.runtime.PropertyGroup;

class KafkaClientPropertiesTest {

    private static final List<String> OWN = KafkaKeys.COMMON;

    @TempDir
    Path folder;

    private static Map<String, String> basic() {
        Map<String, String> values = new HashMap<>();
        values.put("bootstrap.servers", "b-1.example:9092");
        return values;
    }

    /** The basic group with {@code security.preset} set. */
    private static Map<String, String> withPreset(String preset) {
        Map<String, String> values = basic();
        values.put("security.preset", preset);
        return values;
    }

    /** The basic group with the custom truststore preset and its {@code ssl.truststore.location}. */
    private static Map<String, String> withCustomTruststore(String location) {
        Map<String, String> values = withPreset("TLS_CUSTOM_TRUSTSTORE");
        values.put("ssl.truststore.location", location);
        return values;
    }

    private static Properties build(Map<String, String> values) {
        return KafkaClientProperties.fromProperties(PropertyGroup.of("KafkaSource", values), OWN);
    }

    @Test
    void passesEveryClientKeyThroughUntouched() {
        Map<String, String> values = basic();
        values.put("max.poll.records", "17");
        values.put("ssl.endpoint.identification.algorithm", "");
        values.put("client.rack", "use1-az1");
        values.put("some.future.kafka.key", "x");

        Properties client = build(values);

        assertThat(client)
                .containsEntry("max.poll.records", "17")
                .containsEntry("client.rack", "use1-az1")
                .containsEntry("some.future.kafka.key", "x")
                .containsEntry("bootstrap.servers", "b-1.example:9092");
    }

    @Test
    void leavesOurOwnKeysOut() {
        Map<String, String> values = withPreset("PLAINTEXT");
        values.put("connector", "kafka");

        assertThat(build(values)).doesNotContainKeys("security.preset", "connector");
    }

    @Test
    void withoutPresetAddsNoSecurityKeys() {
        assertThat(build(basic())).containsOnlyKeys("bootstrap.servers");
    }

    @Test
    void missingBootstrapServersIsAnError() {
        Map<String, String> values = basic();
        values.remove("bootstrap.servers");

        assertRejectsKey(() -> build(values), "bootstrap.servers", "missing")
                .hasMessageContaining("group 'KafkaSource'");
    }

    @Test
    void plaintextPresetSetsTheProtocol() {
        Map<String, String> values = withPreset("plaintext");

        assertThat(build(values)).containsEntry("security.protocol", "PLAINTEXT");
    }

    @Test
    void tlsPresetUsesSslWithTheDefaultTruststore() {
        Map<String, String> values = withPreset("TLS");

        assertThat(build(values))
                .containsEntry("security.protocol", "SSL")
                .doesNotContainKey("ssl.truststore.location");
    }

    @Test
    void customTruststorePresetNeedsALocation() {
        Map<String, String> values = withPreset("TLS_CUSTOM_TRUSTSTORE");

        assertThatThrownBy(() -> build(values))
                .hasMessageContaining("ssl.truststore.location")
                .hasMessageContaining("classpath:");
    }

    @Test
    void customTruststoreFromAFileIsPassedAsItIs() {
        Path truststore = Truststores.write(folder, "trust.jks", Truststores.emptyJks("s3cret-pw"));
        Map<String, String> values = withCustomTruststore(truststore.toString());
        values.put("ssl.truststore.password", "s3cret-pw");

        assertThat(build(values))
                .containsEntry("security.protocol", "SSL")
                .containsEntry("ssl.truststore.location", truststore.toString())
                .containsEntry("ssl.truststore.password", "s3cret-pw")
                .containsEntry("ssl.engine.factory.class", ClasspathTruststoreSslEngineFactory.class.getName());
    }

    @Test
    void classpathTruststoreGetsTheInstallingEngineFactory() throws Exception {
        Path root = folder.resolve("classes");
        Truststores.write(root, "certs/trust.jks", Truststores.emptyJks("s3cret-pw"));
        Map<String, String> values = withCustomTruststore("classpath:certs/trust.jks");
        values.put("ssl.truststore.password", "s3cret-pw");

        Properties client = Truststores.withContextClasspath(root, () -> build(values));

        assertThat(client)
                .containsEntry("ssl.truststore.location", "classpath:certs/trust.jks")
                .containsEntry("ssl.engine.factory.class", ClasspathTruststoreSslEngineFactory.class.getName());
    }

    @Test
    void missingClasspathTruststoreIsAnError() {
        Map<String, String> values = withCustomTruststore("classpath:no/such/trust.jks");

        assertThatThrownBy(() -> build(values))
                .hasMessageContaining("ssl.truststore.location")
                .hasMessageContaining("not on the class path")
                .hasMessageContaining("src/main/resources/no/such/trust.jks");
    }

    @Test
    void missingTruststoreFileIsAnError() {
        Map<String, String> values =
                withCustomTruststore(folder.resolve("absent.jks").toString());

        assertThatThrownBy(() -> build(values))
                .hasMessageContaining("absent.jks")
                .hasMessageContaining("does not exist");
    }

    @Test
    void truststoreThatIsAFolderIsAnError() {
        Map<String, String> values = withCustomTruststore(folder.toString());

        assertThatThrownBy(() -> build(values)).hasMessageContaining("is not a readable file");
    }

    @Test
    void wrongTruststorePasswordIsDetectedAtBuildTimeWithoutShowingIt() {
        Path truststore = Truststores.write(folder, "trust.jks", Truststores.emptyJks("right-password"));
        Map<String, String> values = withCustomTruststore(truststore.toString());
        values.put("ssl.truststore.password", "Wr0ng-Pa55word");

        assertThatThrownBy(() -> build(values))
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
        Map<String, String> values = withCustomTruststore(truststore.toString());

        assertThatThrownBy(() -> build(values)).hasMessageContaining("is not a JKS key store");
    }

    @Test
    void truststoreCheckCanBeTurnedOffForPathsThatOnlyExistOnTheCluster() {
        Map<String, String> values = withCustomTruststore("/only/on/the/task/managers.jks");
        values.put("truststore.check", "false");

        assertThat(build(values)).containsEntry("ssl.truststore.location", "/only/on/the/task/managers.jks");
    }

    @Test
    void scramPresetBuildsTheJaasConfigFromUserAndPassword() {
        Map<String, String> values = withPreset("SASL_SCRAM_SHA_512");
        values.put("sasl.username", "alice");
        values.put("sasl.password", "pa\"ss\\word");

        assertThat(build(values))
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
        Map<String, String> values = withPreset("SASL_SCRAM_SHA_512");
        values.put("sasl.jaas.config", "custom required;");

        assertThat(build(values)).containsEntry("sasl.jaas.config", "custom required;");
    }

    @Test
    void scramPresetNeedsAPassword() {
        Map<String, String> values = withPreset("SASL_SCRAM_SHA_512");
        values.put("sasl.username", "alice");

        assertRejectsKey(() -> build(values), "sasl.password", "missing");
    }

    @Test
    void mskIamPresetProducesTheDocumentedClientProperties() {
        Map<String, String> values = withPreset("MSK_IAM");

        Properties client = build(values);

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
        Map<String, String> values = withPreset("MSK_IAM");
        values.put("bootstrap.servers", "127.0.0.1:9098");
        Properties client = build(values);

        // Creating the client loads the login module and callback handler and logs in; no call to AWS is made
        // before the first connection.
        try (KafkaProducer<byte[], byte[]> producer =
                new KafkaProducer<>(client, new ByteArraySerializer(), new ByteArraySerializer())) {
            assertThat(producer.metrics()).isNotEmpty();
        }
    }

    @Test
    void mskIamPresetNamesTheRoleToAssume() {
        Map<String, String> values = withPreset("MSK_IAM");
        values.put("msk.iam.role.arn", "arn:aws:iam::123456789012:role/msk-reader");
        values.put("msk.iam.role.session.name", "replication");
        values.put("msk.iam.sts.region", "eu-west-1");

        assertThat(build(values))
                .containsEntry(
                        "sasl.jaas.config",
                        "software.amazon.msk.auth.iam.IAMLoginModule required"
                                + " awsRoleArn=\"arn:aws:iam::123456789012:role/msk-reader\" awsRoleSessionName=\"replication\""
                                + " awsStsRegion=\"eu-west-1\";");
    }

    @Test
    void mskIamSessionNameWithoutRoleIsAnError() {
        Map<String, String> values = withPreset("MSK_IAM");
        values.put("msk.iam.role.session.name", "replication");

        assertThatThrownBy(() -> build(values))
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
        Map<String, String> values = withPreset("MSK_IAM");
        values.put("security.protocol", "SSL");

        assertThatThrownBy(() -> build(values))
                .hasMessageContaining("security.protocol")
                .hasMessageContaining("'SSL'")
                .hasMessageContaining("contradicts")
                .hasMessageContaining("MSK_IAM");
    }

    @Test
    void presetAgreeingWithAnExplicitKeyIsFine() {
        Map<String, String> values = withPreset("TLS");
        values.put("security.protocol", "SSL");

        assertThat(build(values)).containsEntry("security.protocol", "SSL");
    }

    @ParameterizedTest
    @ValueSource(strings = {"SSL", "IAM", "SCRAM", "tls-truststore"})
    void unknownPresetIsAnErrorListingThePresets(String preset) {
        Map<String, String> values = withPreset(preset);

        assertThatThrownBy(() -> build(values))
                .hasMessageContaining("security.preset")
                .hasMessageContaining("PLAINTEXT, TLS, TLS_CUSTOM_TRUSTSTORE, SASL_SCRAM_SHA_512, MSK_IAM");
    }
}
