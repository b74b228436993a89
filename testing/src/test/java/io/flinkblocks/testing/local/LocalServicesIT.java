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

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.firehose.FirehoseClient;
import software.amazon.awssdk.services.firehose.model.DeliveryStreamStatus;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.kinesis.model.StreamStatus;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.Credentials;

import io.flinkblocks.testing.secrets.PlantedSecrets;
import io.flinkblocks.testing.secrets.SecretsScanner;

/**
 * {@link LocalServices} run on the examples' own local properties files: every file it writes points
 * at a live service, where the stream, delivery stream, topic or bucket it names exists. Each check
 * reaches the service through the written values only (endpoint, listener, truststore, credentials),
 * with a client of its own.
 */
class LocalServicesIT {

    @TempDir
    static Path output;

    private static LocalServices services;
    private static String printed;
    private static Map<String, Map<String, Map<String, String>>> written;

    @BeforeAll
    static void startOnTheExamples() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
            services = LocalServices.start(output, List.of(RepositoryRoot.find().resolve("examples")), out);
        }
        printed = buffer.toString(StandardCharsets.UTF_8);
        written = new LinkedHashMap<>();
        services.writtenFiles().forEach((job, file) -> written.put(job, PropertiesFiles.read(file)));
    }

    @AfterAll
    static void stop() {
        if (services != null) {
            services.close();
        }
    }

    @Test
    void writesOneFileForEveryExampleAndPrintsTheCommandThatRunsIt() {
        assertThat(services.writtenFiles().keySet()).containsExactlyInAnyOrderElementsOf(RepositoryRoot.exampleJobs());
        services.writtenFiles().forEach((job, file) -> {
            assertThat(file).isRegularFile().hasParent(output);
            assertThat(printed)
                    .contains("./mvnw -q -f examples/" + job + " exec:java -Dexec.args=\"--properties " + file + "\"");
        });
        services.services()
                .endpoints()
                .values()
                .forEach(endpoint -> assertThat(printed).contains(endpoint));
    }

    @Test
    void kinesisGroupsPointAtTheLocalKinesisWhereTheirStreamsAreActive() {
        List<String> checked = new ArrayList<>();
        forEachGroup("kinesis", (job, group) -> {
            String stream = group.containsKey("stream.name") ? group.get("stream.name") : group.get("stream");
            try (KinesisClient client = clientAt(
                    KinesisClient.builder(),
                    group.get("aws.endpoint"),
                    group.get("aws.region"),
                    "local-access-key",
                    PlantedSecrets.AWS_SECRET_ACCESS_KEY)) {
                assertThat(client.describeStreamSummary(b -> b.streamName(stream))
                                .streamDescriptionSummary()
                                .streamStatus())
                        .as(job + " " + stream)
                        .isEqualTo(StreamStatus.ACTIVE);
            }
            checked.add(job);
        });
        assertThat(checked)
                .contains("getting-started", "getting-started-table", "efo-consumer", "cross-account", "s3-sink");
    }

    @Test
    void firehoseGroupsPointAtTheStandInWhereTheirDeliveryStreamIsActive() {
        List<String> checked = new ArrayList<>();
        forEachGroup("firehose", (job, group) -> {
            try (FirehoseClient client = clientAt(
                    FirehoseClient.builder(),
                    group.get("aws.endpoint"),
                    group.get("aws.region"),
                    group.get("aws.credentials.provider.basic.accesskeyid"),
                    group.get("aws.credentials.provider.basic.secretkey"))) {
                String name = group.get("delivery.stream.name");
                assertThat(client.describeDeliveryStream(b -> b.deliveryStreamName(name))
                                .deliveryStreamDescription()
                                .deliveryStreamStatus())
                        .isEqualTo(DeliveryStreamStatus.ACTIVE);
            }
            checked.add(job);
        });
        assertThat(checked).containsExactly("firehose-sink");
    }

    @Test
    void anAssumedRoleIsAnsweredByTheStsStandInTheFilePointsAt() {
        Map<String, String> source = written.get("cross-account").get("SourceAccountStream");
        try (StsClient client = clientAt(
                StsClient.builder(),
                source.get("aws.credentials.provider.role.stsEndpoint"),
                source.get("aws.region"),
                source.get("aws.credentials.provider.role.provider.basic.accesskeyid"),
                source.get("aws.credentials.provider.role.provider.basic.secretkey"))) {
            Credentials credentials = client.assumeRole(b -> b.roleArn(source.get("aws.credentials.provider.role.arn"))
                            .roleSessionName(source.get("aws.credentials.provider.role.sessionName")))
                    .credentials();
            assertThat(credentials.accessKeyId()).startsWith("ASIA");
        }
    }

    @Test
    void kafkaGroupsReachTheBrokerWithTheirOwnSettingsAndFindTheirTopics() throws Exception {
        List<String> checked = new ArrayList<>();
        for (Map.Entry<String, Map<String, Map<String, String>>> file : written.entrySet()) {
            for (Map<String, String> group : file.getValue().values()) {
                if (!"kafka".equals(group.get("connector"))) {
                    continue;
                }
                try (Admin admin = Admin.create(clientSettings(group))) {
                    Set<String> topics = admin.listTopics().names().get(30, TimeUnit.SECONDS);
                    assertThat(topics).as(file.getKey()).contains(group.get("topic"));
                }
                checked.add(file.getKey() + " " + group.get("security.preset"));
            }
        }
        assertThat(checked).contains("msk-replication PLAINTEXT", "custom-truststore TLS_CUSTOM_TRUSTSTORE");
    }

    @Test
    void theBucketOfAnS3PathExistsOnTheLocalS3() {
        String path = written.get("s3-sink").get("S3Sink").get("path");
        String bucket = URI.create(path).getHost();

        assertThat(services.services().s3().listObjects(bucket, "")).isEmpty();
        assertThat(printed).contains("note: s3://" + bucket + " is on the local S3");
    }

    @Test
    void startsOnlyTheServicesTheFilesNeed(@TempDir Path otherOutput) {
        Path gettingStarted = RepositoryRoot.find().resolve("examples/getting-started");
        try (LocalServices kinesisOnly = LocalServices.start(
                otherOutput, List.of(gettingStarted), new PrintStream(new ByteArrayOutputStream()))) {
            assertThat(kinesisOnly.services().endpoints().keySet()).containsExactly(LocalService.KINESIS);
            assertThat(kinesisOnly.writtenFiles()).containsOnlyKeys("getting-started");
        }
    }

    @Test
    void whatItPrintsHoldsNoSecretWhileTheFilesDo() throws IOException {
        Path log = Files.write(output.resolve("printed.txt"), printed.getBytes(StandardCharsets.UTF_8));
        SecretsScanner scanner = SecretsScanner.ofPlantedSecrets();

        assertThat(scanner.scan(List.of(log)).findings()).isEmpty();
        assertThat(scanner.scan(List.of(services.writtenFiles().get("custom-truststore")))
                        .findings())
                .extracting(SecretsScanner.Finding::secretName)
                .contains("TRUSTSTORE_PASSWORD");
    }

    /** The Kafka client keys of a group: bootstrap servers, and for TLS the protocol and the truststore. */
    private static Properties clientSettings(Map<String, String> group) {
        Properties settings = new Properties();
        settings.put("bootstrap.servers", group.get("bootstrap.servers"));
        if (group.get("security.preset").startsWith("TLS")) {
            settings.put("security.protocol", "SSL");
            for (String key : List.of("ssl.truststore.location", "ssl.truststore.type", "ssl.truststore.password")) {
                settings.put(key, group.get(key));
            }
        }
        return settings;
    }

    private static void forEachGroup(String connector, BiConsumer<String, Map<String, String>> check) {
        written.forEach((job, groups) -> groups.values().stream()
                .filter(group -> connector.equals(group.get("connector")))
                .forEach(group -> check.accept(job, group)));
    }

    /** A client of the service at a written endpoint, in a written region, signing with the given keys. */
    private static <B extends AwsClientBuilder<B, C>, C> C clientAt(
            B builder, String endpoint, String region, String accessKeyId, String secretKey) {
        return builder.endpointOverride(URI.create(endpoint))
                .region(Region.of(region))
                .credentialsProvider(
                        StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKeyId, secretKey)))
                .build();
    }
}
