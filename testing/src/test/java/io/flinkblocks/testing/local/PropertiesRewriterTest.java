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
package io.flinkblocks.testing.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.flinkblocks.testing.secrets.PlantedSecrets;

class PropertiesRewriterTest {

    /** Each setting's local value names the setting, so a test sees which one a key got. */
    private static final LocalEndpoints ENDPOINTS = setting -> "local:" + setting.name();

    @Test
    void awsEndpointFollowsTheConnectorAndNamesTheStreams() {
        Map<String, Map<String, String>> groups = groups(
                "In", Map.of("connector", "kinesis", "stream.name", "orders", "aws.endpoint", "http://127.0.0.1:4567"),
                "Table", Map.of("connector", "kinesis", "stream", "ticks", "aws.endpoint", "http://127.0.0.1:4567"),
                "ByArn",
                        Map.of(
                                "connector",
                                "kinesis",
                                "stream.arn",
                                "arn:aws:kinesis:us-east-1:000000000000:stream/byarn",
                                "aws.endpoint",
                                "http://127.0.0.1:4567"),
                "Out",
                        Map.of(
                                "connector",
                                "firehose",
                                "delivery.stream.name",
                                "delivery",
                                "aws.endpoint",
                                "http://127.0.0.1:4569"));

        PropertiesRewriter.Rewritten result = PropertiesRewriter.rewrite(groups, ENDPOINTS);

        assertThat(result.groups().get("In"))
                .containsEntry("aws.endpoint", "local:KINESIS_ENDPOINT")
                .containsEntry("stream.name", "orders");
        assertThat(result.groups().get("Table")).containsEntry("aws.endpoint", "local:KINESIS_ENDPOINT");
        assertThat(result.groups().get("Out")).containsEntry("aws.endpoint", "local:FIREHOSE_ENDPOINT");
        assertThat(result.resources())
                .containsExactly(
                        new LocalResource(LocalService.KINESIS, "orders"),
                        new LocalResource(LocalService.KINESIS, "ticks"),
                        new LocalResource(LocalService.KINESIS, "byarn"),
                        new LocalResource(LocalService.FIREHOSE, "delivery"));
        assertThat(result.services()).containsExactlyInAnyOrder(LocalService.KINESIS, LocalService.FIREHOSE);
        assertThat(result.rewrittenKeys())
                .containsExactly("In aws.endpoint", "Table aws.endpoint", "ByArn aws.endpoint", "Out aws.endpoint");
    }

    @Test
    void aGroupWithoutAnEndpointReachesTheRealServiceAndIsLeftAlone() {
        Map<String, String> real = Map.of("connector", "kinesis", "stream.name", "orders", "aws.region", "us-west-2");
        Map<String, Map<String, String>> groups = groups(
                "In",
                real,
                "FlinkEnvironment",
                Map.of("parallelism", "1"),
                "DeadLetters",
                Map.of("connector", "print", "stderr", "true"));

        PropertiesRewriter.Rewritten result = PropertiesRewriter.rewrite(groups, ENDPOINTS);

        assertThat(result.groups()).isEqualTo(groups);
        assertThat(result.resources()).isEmpty();
        assertThat(result.services()).isEmpty();
        assertThat(result.rewrittenKeys()).isEmpty();
    }

    @Test
    void theStsEndpointOfAnAssumedRoleIsRewrittenInAnyGroup() {
        Map<String, Map<String, String>> groups = groups(
                "Source",
                Map.of(
                        "connector",
                        "kinesis",
                        "stream.name",
                        "source",
                        "aws.endpoint",
                        "http://127.0.0.1:4567",
                        "aws.credentials.provider",
                        "ASSUME_ROLE",
                        "aws.credentials.provider.role.stsEndpoint",
                        "http://127.0.0.1:4571",
                        "aws.credentials.provider.role.provider.basic.secretkey",
                        PlantedSecrets.AWS_SECRET_ACCESS_KEY));

        Map<String, String> rewritten =
                PropertiesRewriter.rewrite(groups, ENDPOINTS).groups().get("Source");

        assertThat(rewritten)
                .containsEntry("aws.credentials.provider.role.stsEndpoint", "local:STS_ENDPOINT")
                .containsEntry("aws.endpoint", "local:KINESIS_ENDPOINT")
                .containsEntry(
                        "aws.credentials.provider.role.provider.basic.secretkey", PlantedSecrets.AWS_SECRET_ACCESS_KEY);
    }

    @Test
    void aPlaintextKafkaGroupGetsThePlaintextListenerAndNamesEveryTopic() {
        Map<String, Map<String, String>> groups = groups(
                "KafkaSource",
                Map.of(
                        "connector",
                        "kafka",
                        "bootstrap.servers",
                        "127.0.0.1:9092",
                        "security.preset",
                        "PLAINTEXT",
                        "topic",
                        "a, b"));

        PropertiesRewriter.Rewritten result = PropertiesRewriter.rewrite(groups, ENDPOINTS);

        assertThat(result.groups().get("KafkaSource"))
                .containsEntry("bootstrap.servers", "local:KAFKA_BOOTSTRAP_SERVERS")
                .doesNotContainKey("ssl.truststore.location");
        assertThat(result.resources())
                .containsExactly(
                        new LocalResource(LocalService.KAFKA, "a"), new LocalResource(LocalService.KAFKA, "b"));
    }

    @Test
    void aTlsKafkaGroupGetsTheSslListenerAndTheBrokersTruststore() {
        Map<String, Map<String, String>> groups = groups(
                "Preset",
                        Map.of(
                                "connector",
                                "kafka",
                                "bootstrap.servers",
                                "127.0.0.1:9093",
                                "security.preset",
                                "TLS_CUSTOM_TRUSTSTORE",
                                "ssl.truststore.location",
                                "classpath:kafka.client.truststore.jks",
                                "ssl.truststore.password",
                                "changeit",
                                "topic",
                                "in"),
                "Protocol",
                        Map.of(
                                "connector",
                                "kafka",
                                "bootstrap.servers",
                                "127.0.0.1:9093",
                                "security.protocol",
                                "SSL",
                                "topic",
                                "out"));

        PropertiesRewriter.Rewritten result = PropertiesRewriter.rewrite(groups, ENDPOINTS);

        for (String group : List.of("Preset", "Protocol")) {
            assertThat(result.groups().get(group))
                    .containsEntry("bootstrap.servers", "local:KAFKA_SSL_BOOTSTRAP_SERVERS")
                    .containsEntry("ssl.truststore.location", "local:KAFKA_TRUSTSTORE_LOCATION")
                    .containsEntry("ssl.truststore.type", "local:KAFKA_TRUSTSTORE_TYPE")
                    .containsEntry("ssl.truststore.password", "local:KAFKA_TRUSTSTORE_PASSWORD");
        }
        assertThat(result.rewrittenKeys())
                .contains("Preset ssl.truststore.password")
                .noneMatch(key -> key.contains("changeit"));
    }

    @Test
    void anUnknownKafkaSecurityPresetIsAnErrorNotPlaintext() {
        Map<String, Map<String, String>> groups = groups(
                "KafkaSource",
                Map.of("connector", "kafka", "bootstrap.servers", "127.0.0.1:9094", "security.preset", "TSL"));

        assertThatThrownBy(() -> PropertiesRewriter.rewrite(groups, ENDPOINTS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("group 'KafkaSource'")
                .hasMessageContaining("unknown security.preset 'TSL'")
                .hasMessageContaining("PLAINTEXT, TLS, TLS_CUSTOM_TRUSTSTORE, SASL_SCRAM_SHA_512, MSK_IAM");
    }

    @Test
    void aKafkaSecurityPresetIsReadAsTheConnectorReadsIt() {
        Map<String, Map<String, String>> groups = groups(
                "KafkaSource",
                Map.of("connector", "kafka", "bootstrap.servers", "127.0.0.1:9094", "security.preset", " tls "));

        assertThat(PropertiesRewriter.rewrite(groups, ENDPOINTS).groups().get("KafkaSource"))
                .containsEntry("bootstrap.servers", "local:KAFKA_SSL_BOOTSTRAP_SERVERS");
    }

    @Test
    void theKafkaTableConnectorsPrefixedOptionsAreRewrittenToo() {
        Map<String, Map<String, String>> groups = groups(
                "InputTable",
                Map.of(
                        "connector",
                        "kafka",
                        "topic",
                        "ticks",
                        "properties.bootstrap.servers",
                        "127.0.0.1:9093",
                        "properties.security.protocol",
                        "SSL"));

        Map<String, String> rewritten =
                PropertiesRewriter.rewrite(groups, ENDPOINTS).groups().get("InputTable");

        assertThat(rewritten)
                .containsEntry("properties.bootstrap.servers", "local:KAFKA_SSL_BOOTSTRAP_SERVERS")
                .containsEntry("properties.ssl.truststore.location", "local:KAFKA_TRUSTSTORE_LOCATION")
                .doesNotContainKey("bootstrap.servers");
    }

    @Test
    void whatNoStandInServesIsLeftAsItIsAndSaidWithoutItsValues() {
        Map<String, Map<String, String>> groups = groups(
                "Sasl",
                        Map.of(
                                "connector",
                                "kafka",
                                "bootstrap.servers",
                                "b-1.example:9096",
                                "security.preset",
                                "SASL_SCRAM_SHA_512",
                                "sasl.password",
                                PlantedSecrets.SASL_PASSWORD,
                                "topic",
                                "t"),
                "Dynamo", Map.of("connector", "dynamodb", "aws.endpoint", "http://127.0.0.1:8000"));

        PropertiesRewriter.Rewritten result = PropertiesRewriter.rewrite(groups, ENDPOINTS);

        assertThat(result.groups()).isEqualTo(groups);
        assertThat(result.resources()).isEmpty();
        assertThat(result.leftAlone())
                .hasSize(2)
                .allSatisfy(reason -> assertThat(reason).doesNotContain(PlantedSecrets.SASL_PASSWORD));
        assertThat(result.leftAlone().get(1)).contains("group 'Dynamo'", "aws.endpoint", "dynamodb");
    }

    @Test
    void s3PathsNameBucketsAndS3EndpointKeysPointAtTheLocalS3() {
        Map<String, Map<String, String>> groups = groups(
                "S3Sink",
                        Map.of(
                                "connector",
                                "filesystem",
                                "path",
                                "s3://ka-app-code-local/data",
                                "s3.endpoint",
                                "http://127.0.0.1:9000"),
                "Other",
                        Map.of(
                                "path",
                                "s3a://second-bucket",
                                "fs.s3a.endpoint",
                                "http://127.0.0.1:9000",
                                "aws.credentials.provider.basic.secretkey",
                                "s3://not-a-bucket/x"),
                "Local", Map.of("path", "file:///tmp/out"));

        PropertiesRewriter.Rewritten result = PropertiesRewriter.rewrite(groups, ENDPOINTS);

        assertThat(result.groups().get("S3Sink"))
                .containsEntry("s3.endpoint", "local:S3_ENDPOINT")
                .containsEntry("path", "s3://ka-app-code-local/data");
        assertThat(result.groups().get("Other")).containsEntry("fs.s3a.endpoint", "local:S3_ENDPOINT");
        assertThat(result.resources())
                .containsExactly(
                        new LocalResource(LocalService.S3, "ka-app-code-local"),
                        new LocalResource(LocalService.S3, "second-bucket"));
    }

    @Test
    void aBucketAloneNeedsTheLocalS3() {
        Map<String, Map<String, String>> groups =
                groups("S3Sink", Map.of("connector", "filesystem", "path", "s3://bucket/data"));

        assertThat(PropertiesRewriter.servicesNeeded(groups)).containsExactly(LocalService.S3);
    }

    @Test
    void theInputIsNotChanged() {
        Map<String, String> group = new LinkedHashMap<>(
                Map.of("connector", "kinesis", "stream.name", "s", "aws.endpoint", "http://127.0.0.1:4567"));
        Map<String, Map<String, String>> groups = groups("In", group);

        PropertiesRewriter.rewrite(groups, ENDPOINTS);

        assertThat(group).containsEntry("aws.endpoint", "http://127.0.0.1:4567");
    }

    @Test
    void secretLookingKeysAreJudgedByTheirName() {
        assertThat(List.of(
                        "aws.credentials.provider.basic.secretkey",
                        "ssl.truststore.password",
                        "sasl.jaas.config",
                        "aws.session.token",
                        "ssl.key.passphrase",
                        "SSL_KEYSTORE_PASSWD",
                        "private.key"))
                .allMatch(ServiceKeys::isSecretLooking);
        assertThat(List.of("aws.endpoint", "bootstrap.servers", "stream.name", "aws.credentials.provider.role.arn"))
                .noneMatch(ServiceKeys::isSecretLooking);
    }

    /** The fixed local ports of the examples' files: 4567 Kinesis, 4569 Firehose, 4571 STS, 9092 and 9093 Kafka. */
    private static final Pattern FIXED_LOCAL_PORT = Pattern.compile("127\\.0\\.0\\.1:(4567|4569|4571|9092|9093)\\b");

    @Test
    void everyExamplesLocalFileIsPointedAtTheLocalServicesEntirely() {
        List<Path> files = PropertiesFiles.find(List.of(RepositoryRoot.find().resolve("examples")));
        assertThat(files).hasSameSizeAs(RepositoryRoot.exampleJobs());

        EnumSet<LocalService> needed = EnumSet.noneOf(LocalService.class);
        for (Path file : files) {
            Map<String, Map<String, String>> groups = PropertiesFiles.read(file);
            PropertiesRewriter.Rewritten result = PropertiesRewriter.rewrite(groups, ENDPOINTS);

            assertThat(result.rewrittenKeys()).as(file.toString()).isNotEmpty();
            assertThat(result.leftAlone()).as(file.toString()).isEmpty();
            result.groups()
                    .forEach((group, keys) -> keys.forEach((key, value) -> assertThat(
                                    FIXED_LOCAL_PORT.matcher(value).find())
                            .as(file + " " + group + " " + key)
                            .isFalse()));
            needed.addAll(PropertiesRewriter.servicesNeeded(groups));
        }
        assertThat(needed).isEqualTo(EnumSet.allOf(LocalService.class));
    }

    private static Map<String, Map<String, String>> groups(Object... idsAndGroups) {
        Map<String, Map<String, String>> groups = new LinkedHashMap<>();
        for (int i = 0; i < idsAndGroups.length; i += 2) {
            @SuppressWarnings("unchecked")
            Map<String, String> group = (Map<String, String>) idsAndGroups[i + 1];
            groups.put((String) idsAndGroups[i], group);
        }
        return groups;
    }
}
