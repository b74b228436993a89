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
package io.flinkblocks.examples.customtruststore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.flink.api.common.JobID;
import org.apache.flink.api.common.JobStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.flinkblocks.testing.ApplicationPropertiesFile;
import io.flinkblocks.testing.ShadedJar;
import io.flinkblocks.testing.cluster.ClusterJobRun;
import io.flinkblocks.testing.cluster.FlinkClusterExtension;
import io.flinkblocks.testing.cluster.FlinkStandaloneCluster;
import io.flinkblocks.testing.jobs.KafkaReplicationGroups;
import io.flinkblocks.testing.kafka.KafkaBrokerExtension;
import io.flinkblocks.testing.kafka.KafkaGroups;
import io.flinkblocks.testing.kafka.LocalKafkaBroker;
import io.flinkblocks.testing.results.WrittenRecords;

/**
 * The shaded JAR on a real cluster, with the broker's truststore packaged inside it and named
 * {@code classpath:kafka.client.truststore.jks}, as a user builds the job. Nothing else on the cluster
 * has the truststore: the JobManager (the properties check while the job is built, the source's
 * enumerator) and the TaskManager (the source's reader, the exactly-once sink's producers) must each
 * find it through the user code class loader that holds the JAR, or the TLS handshake fails.
 */
class CustomTruststoreClusterIT {

    private static final Logger LOG = LoggerFactory.getLogger(CustomTruststoreClusterIT.class);
    private static final Duration TIMEOUT = Duration.ofMinutes(3);
    private static final int RECORDS = 1_000;

    @RegisterExtension
    static final KafkaBrokerExtension KAFKA = new KafkaBrokerExtension();

    @RegisterExtension
    static final FlinkClusterExtension FLINK = new FlinkClusterExtension();

    @TempDir
    static Path folder;

    private static String jar;

    /**
     * The JAR the build made, with the truststore generated for the broker of this run at the root, where
     * {@code src/main/resources/kafka.client.truststore.jks} would put it; uploaded once.
     */
    @BeforeAll
    static void packageTheBrokersTruststoreAndUpload() throws IOException {
        Path built = ClusterJobRun.shadedJar();
        assertThat(ShadedJar.open(built).entries())
                .as("the built JAR carries no truststore of its own")
                .doesNotContain(CustomTruststoreJob.TRUSTSTORE_RESOURCE);
        Path withTruststore = Files.copy(built, folder.resolve("custom-truststore-with-truststore.jar"));
        try (FileSystem zip = FileSystems.newFileSystem(URI.create("jar:" + withTruststore.toUri()), Map.of())) {
            Files.write(
                    zip.getPath("/" + CustomTruststoreJob.TRUSTSTORE_RESOURCE),
                    KAFKA.broker().certificates().truststoreBytes());
        }
        jar = FLINK.cluster().uploadJar(withTruststore);
    }

    @Test
    void replicatesOverTlsTrustingTheBrokerThroughTheTruststoreInTheJar(
            FlinkStandaloneCluster flink, LocalKafkaBroker broker) throws IOException {
        long start = System.nanoTime();
        broker.createTopics(1, "cluster-tls-in", "cluster-tls-out");
        List<String> ticks =
                IntStream.range(0, RECORDS).mapToObj(i -> "tick-" + i).collect(Collectors.toList());
        broker.produce("cluster-tls-in", ticks);
        Path properties = ApplicationPropertiesFile.write(
                folder.resolve("tls.json"), groups(broker, broker.certificates().truststorePassword()));

        JobID job = flink.run(jar, "--properties", properties.toString());
        flink.awaitStatus(job, JobStatus.FINISHED, TIMEOUT);
        long seconds = Duration.ofNanos(System.nanoTime() - start).toSeconds();

        List<String> copied = broker.consumeAllCommitted("cluster-tls-out");
        long duplicates = WrittenRecords.of(copied).duplicates();
        long restarts = flink.restarts(job);
        LOG.info(
                "custom-truststore on the cluster: {} records in, {} committed out, {} duplicates, {} restarts, {} s",
                ticks.size(),
                copied.size(),
                duplicates,
                restarts,
                seconds);
        assertThat(duplicates).isZero();
        assertThat(copied).containsExactlyInAnyOrderElementsOf(ticks);
        assertThat(restarts).isZero();
        assertThat(flink.exceptions(job)).isEmpty();
        // The truststore password is a planted secret: no process of the cluster logs it.
        assertThat(flink.scanLogs().findings())
                .as("cluster log lines holding a planted secret")
                .isEmpty();
    }

    @Test
    void aWrongPasswordForTheTruststoreInTheJarIsRefusedWhenTheJobIsSubmitted(
            FlinkStandaloneCluster flink, LocalKafkaBroker broker) throws IOException {
        Path properties =
                ApplicationPropertiesFile.write(folder.resolve("wrong-password.json"), groups(broker, "changeit"));

        // The main runs on the JobManager, whose check opens the truststore from the JAR and names the key.
        assertThatThrownBy(() -> flink.run(jar, "--properties", properties.toString()))
                .hasMessageContaining("HTTP 400")
                .hasMessageContaining("key 'ssl.truststore.password'")
                .hasMessageContaining("does not open truststore 'classpath:kafka.client.truststore.jks'");
    }

    private static Map<String, Map<String, String>> groups(LocalKafkaBroker broker, String truststorePassword) {
        Map<String, String> tls = KafkaGroups.customTruststore(
                broker, "classpath:" + CustomTruststoreJob.TRUSTSTORE_RESOURCE, truststorePassword);
        return KafkaReplicationGroups.boundedExactlyOnce(
                Map.of("checkpoint.interval", "1s", "checkpoint.min-pause", "200ms", "parallelism", "1"),
                tls,
                "cluster-tls-in",
                "cluster-tls-out",
                "custom-truststore-cluster-it");
    }
}
