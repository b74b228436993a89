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

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import io.flinkblocks.testing.ApplicationPropertiesFile;
import io.flinkblocks.testing.FlinkEnvironmentGroups;
import io.flinkblocks.testing.cluster.ClusterJobRun;
import io.flinkblocks.testing.cluster.CommittedSavepoints;
import io.flinkblocks.testing.cluster.FlinkClusterExtension;
import io.flinkblocks.testing.cluster.FlinkStandaloneCluster;
import io.flinkblocks.testing.kafka.KafkaBrokerExtension;
import io.flinkblocks.testing.kafka.KafkaGroups;
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
            FlinkStandaloneCluster flink, LocalKafkaBroker broker, @TempDir Path folder) {
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

        ClusterJobRun run = ClusterJobRun.restore(flink, savepoint, properties, TIMEOUT);
        assertThat(flink.restoredFrom(run.job()))
                .as("the savepoint the job restored")
                .isPresent();
        broker.produce(SOURCE_TOPIC, after);
        run.await(
                "the new records committed",
                () -> broker.consumeAllCommitted("msk-replication-restored-out").size() >= AFTER);
        run.settle();
        run.cancel();

        List<String> written = broker.consumeAllCommitted("msk-replication-restored-out");
        CommittedSavepoints.printRestore(
                SAVEPOINT, savepoint, run, written.size() + " records committed", AFTER + " expected");
        assertThat(written)
                .as("the records after the savepoint's offset, once each")
                .containsExactlyInAnyOrderElementsOf(after);
    }

    /**
     * Copies 40 records, waits until they are committed and two more checkpoints have passed (so no
     * transaction is pending), then stops with a savepoint, committed as the module's.
     */
    private static void takeSavepoint(FlinkStandaloneCluster flink, LocalKafkaBroker broker, Path folder) {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
            assertThat(admin.listTopics().names().get())
                    .as("topics of this broker")
                    .doesNotContain(SOURCE_TOPIC);
        } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e);
        }
        broker.createTopics(1, SOURCE_TOPIC, "msk-replication-savepoint-out");
        Path properties = writeProperties(folder.resolve("take.json"), broker, "msk-replication-savepoint-out");
        ClusterJobRun run = ClusterJobRun.start(flink, properties, TIMEOUT);
        broker.produce(SOURCE_TOPIC, records("before", BEFORE));
        run.await(
                "the first records committed",
                () -> broker.consumeAllCommitted("msk-replication-savepoint-out")
                                .size()
                        >= BEFORE);
        run.awaitCheckpoints("two more checkpoints", 2);
        String savepoint = run.stopWithSavepoint();
        assertThat(Set.copyOf(broker.consumeAllCommitted("msk-replication-savepoint-out")))
                .hasSize(BEFORE);
        CommittedSavepoints.commit(savepoint, SAVEPOINT);
    }

    private static List<String> records(String run, int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> "{\"run\": \"" + run + "\", \"seq\": " + i + "}")
                .collect(Collectors.toList());
    }

    /** The properties file MSF would write; the sink's transactional id prefix is the one in the savepoint. */
    private static Path writeProperties(Path file, LocalKafkaBroker broker, String sinkTopic) {
        Map<String, Map<String, String>> groups = new LinkedHashMap<>();
        groups.put(FlinkEnvironmentGroups.GROUP, FlinkEnvironmentGroups.longRun());
        groups.put(
                MskReplicationJob.SOURCE_GROUP,
                KafkaGroups.source(KafkaGroups.plaintext(broker), SOURCE_TOPIC, "msk-replication-savepoint"));
        groups.put(
                MskReplicationJob.SINK_GROUP,
                KafkaGroups.exactlyOnceSink(
                        KafkaGroups.plaintext(broker), sinkTopic, "msk-replication-savepoint", 600_000));
        return ApplicationPropertiesFile.write(file, groups);
    }
}
