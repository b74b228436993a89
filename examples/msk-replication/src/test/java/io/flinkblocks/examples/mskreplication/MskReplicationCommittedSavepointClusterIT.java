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
package io.flinkblocks.examples.mskreplication;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.flink.api.common.JobID;
import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import io.flinkblocks.testing.ApplicationPropertiesFile;
import io.flinkblocks.testing.cluster.CommittedSavepoints;
import io.flinkblocks.testing.cluster.FlinkClusterExtension;
import io.flinkblocks.testing.cluster.FlinkStandaloneCluster;
import io.flinkblocks.testing.kafka.KafkaBrokerExtension;
import io.flinkblocks.testing.kafka.LocalKafkaBroker;

/**
 * Users' state survives this version: msk-replication's shaded JAR restores, with
 * {@code allowNonRestoredState=false}, the savepoint committed under
 * {@code src/test/resources/savepoints/msk-replication/}, taken on a real cluster from a job that had
 * copied the first 40 records of the one partition of {@value #SOURCE_TOPIC}: the Kafka source's split
 * (that partition, next offset 40) and the exactly-once sink's state (its transactional id prefix, no
 * transaction pending: the savepoint was taken after everything was committed). On a fresh broker whose
 * {@value #SOURCE_TOPIC} holds 40 other records and then 25 new ones, the restored job copies exactly the
 * 25 new ones: it continues at the offset of the savepoint. A change that breaks the source's or the
 * sink's state fails here.
 *
 * <p>{@code -Dflinkblocks.savepoints.regenerate=true} takes the savepoint anew and replaces the committed
 * one before restoring it (see RELIABILITY.md).
 */
class MskReplicationCommittedSavepointClusterIT {

    static final String SAVEPOINT = "msk-replication";
    static final String SOURCE_TOPIC = "msk-replication-savepoint-in";

    @RegisterExtension
    static final KafkaBrokerExtension KAFKA = new KafkaBrokerExtension();

    @RegisterExtension
    static final FlinkClusterExtension FLINK = new FlinkClusterExtension();

    private static final Duration TIMEOUT = Duration.ofMinutes(3);
    private static final int BEFORE = 40;
    private static final int AFTER = 25;

    @Test
    void theJarRestoresTheCommittedSavepointAndContinuesAtItsOffsets(
            FlinkStandaloneCluster flink, LocalKafkaBroker broker, @TempDir Path folder) throws IOException {
        if (CommittedSavepoints.regenerate()) {
            takeSavepoint(flink, broker, folder);
        } else {
            // A fresh broker: the first 40 offsets hold records the savepoint has already copied.
            broker.createTopics(1, SOURCE_TOPIC);
            broker.produce(SOURCE_TOPIC, records("before", BEFORE));
        }
        String savepoint = CommittedSavepoints.copyOf(SAVEPOINT, folder);
        broker.createTopics(1, "msk-replication-restored-out");
        List<String> after = records("after", AFTER);
        Path properties = writeProperties(folder.resolve("restore.json"), broker, "msk-replication-restored-out");

        long submitted = System.nanoTime();
        JobID job = flink.runFromSavepoint(
                flink.uploadJar(Paths.get(System.getProperty("shaded.jar"))),
                savepoint,
                false,
                "--properties",
                properties.toString());
        flink.awaitAllTasksRunning(job, TIMEOUT);
        long running = System.nanoTime();
        assertThat(flink.restoredFrom(job)).as("the savepoint the job restored").isPresent();
        broker.produce(SOURCE_TOPIC, after);
        FlinkStandaloneCluster.await(
                "the new records committed",
                TIMEOUT,
                () -> broker.consumeAllCommitted("msk-replication-restored-out").size() >= AFTER);
        long done = System.nanoTime();
        long checkpoints = flink.completedCheckpoints(job);
        FlinkStandaloneCluster.await(
                "two more checkpoints", TIMEOUT, () -> flink.completedCheckpoints(job) >= checkpoints + 2);
        flink.cancel(job);

        List<String> written = broker.consumeAllCommitted("msk-replication-restored-out");
        System.out.printf(
                Locale.ROOT,
                "msk-replication from the committed savepoint (%d bytes): RUNNING %d ms after submission,"
                        + " %d records committed %d ms later, %d expected%n",
                CommittedSavepoints.size(savepoint),
                (running - submitted) / 1_000_000,
                written.size(),
                (done - running) / 1_000_000,
                AFTER);
        assertThat(written)
                .as("the records after the savepoint's offset, once each")
                .containsExactlyInAnyOrderElementsOf(after);
    }

    /**
     * Copies 40 records, waits until they are committed and two more checkpoints have passed (so no
     * transaction is pending), then stops with a savepoint, committed as the module's.
     */
    private static void takeSavepoint(FlinkStandaloneCluster flink, LocalKafkaBroker broker, Path folder)
            throws IOException {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
            assertThat(admin.listTopics().names().get())
                    .as("topics of this broker")
                    .doesNotContain(SOURCE_TOPIC);
        } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e);
        }
        broker.createTopics(1, SOURCE_TOPIC, "msk-replication-savepoint-out");
        Path properties = writeProperties(folder.resolve("take.json"), broker, "msk-replication-savepoint-out");
        JobID job = flink.submit(Paths.get(System.getProperty("shaded.jar")), "--properties", properties.toString());
        flink.awaitAllTasksRunning(job, TIMEOUT);
        broker.produce(SOURCE_TOPIC, records("before", BEFORE));
        FlinkStandaloneCluster.await(
                "the first records committed",
                TIMEOUT,
                () -> broker.consumeAllCommitted("msk-replication-savepoint-out")
                                .size()
                        >= BEFORE);
        long checkpoints = flink.completedCheckpoints(job);
        FlinkStandaloneCluster.await(
                "two more checkpoints", TIMEOUT, () -> flink.completedCheckpoints(job) >= checkpoints + 2);
        String savepoint = flink.stopWithSavepoint(job);
        assertThat(Set.copyOf(broker.consumeAllCommitted("msk-replication-savepoint-out")))
                .hasSize(BEFORE);
        Path committed = CommittedSavepoints.commit(savepoint, SAVEPOINT);
        System.out.printf(
                Locale.ROOT,
                "msk-replication savepoint %s committed as %s (%d bytes)%n",
                savepoint,
                committed,
                CommittedSavepoints.size(committed.toString()));
    }

    private static List<String> records(String run, int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> "{\"run\": \"" + run + "\", \"seq\": " + i + "}")
                .collect(Collectors.toList());
    }

    /** The properties file MSF would write; the sink's transactional id prefix is the one in the savepoint. */
    private static Path writeProperties(Path file, LocalKafkaBroker broker, String sinkTopic) {
        Map<String, Map<String, String>> groups = new LinkedHashMap<>();
        groups.put(
                "FlinkEnvironment",
                Map.of(
                        "checkpoint.interval",
                        "1s",
                        "checkpoint.min-pause",
                        "500ms",
                        "parallelism",
                        "1",
                        "restart.strategy",
                        "FIXED_DELAY",
                        "restart.attempts",
                        "1000",
                        "restart.delay",
                        "1s"));
        groups.put(
                MskReplicationJob.SOURCE_GROUP,
                Map.of(
                        "connector",
                        "kafka",
                        "bootstrap.servers",
                        broker.bootstrapServers(),
                        "security.preset",
                        "PLAINTEXT",
                        "topic",
                        SOURCE_TOPIC,
                        "group.id",
                        "msk-replication-savepoint",
                        "starting.offsets",
                        "EARLIEST"));
        groups.put(
                MskReplicationJob.SINK_GROUP,
                Map.of(
                        "connector",
                        "kafka",
                        "bootstrap.servers",
                        broker.bootstrapServers(),
                        "security.preset",
                        "PLAINTEXT",
                        "topic",
                        sinkTopic,
                        "delivery.guarantee",
                        "EXACTLY_ONCE",
                        "transactional.id.prefix",
                        "msk-replication-savepoint",
                        "transaction.timeout.ms",
                        "600000"));
        return ApplicationPropertiesFile.write(file, groups);
    }
}
