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
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.flink.api.common.JobID;
import org.apache.flink.api.common.JobStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.flinkblocks.testing.ApplicationPropertiesFile;
import io.flinkblocks.testing.cluster.ClusterJobRun;
import io.flinkblocks.testing.cluster.FlinkClusterExtension;
import io.flinkblocks.testing.cluster.FlinkStandaloneCluster;
import io.flinkblocks.testing.jobs.KafkaReplicationGroups;
import io.flinkblocks.testing.kafka.KafkaBrokerExtension;
import io.flinkblocks.testing.kafka.KafkaGroups;
import io.flinkblocks.testing.kafka.LocalKafkaBroker;
import io.flinkblocks.testing.results.WrittenRecords;
import io.flinkblocks.testing.ticks.TickJson;

/**
 * The shaded JAR on a real cluster (a JobManager and a TaskManager JVM, RocksDB with incremental
 * checkpoints), submitted through REST with {@code --properties}, as MSF runs it: Kafka to Kafka with
 * the exactly-once sink, the source reading {@code read_committed}. The transactions are committed by
 * the TaskManager's producers on checkpoints, across processes, so every input record must be in the
 * destination exactly once for a {@code read_committed} reader: no loss, no duplicate.
 */
class MskReplicationClusterIT {

    private static final Logger LOG = LoggerFactory.getLogger(MskReplicationClusterIT.class);
    private static final Duration TIMEOUT = Duration.ofMinutes(3);
    private static final int RECORDS = 2_000;

    @RegisterExtension
    static final KafkaBrokerExtension KAFKA = new KafkaBrokerExtension();

    @RegisterExtension
    static final FlinkClusterExtension FLINK = new FlinkClusterExtension();

    @Test
    void copiesEveryCommittedRecordExactlyOnce(
            FlinkStandaloneCluster flink, LocalKafkaBroker broker, @TempDir Path folder) throws IOException {
        long start = System.nanoTime();
        broker.createTopics(1, "cluster-in", "cluster-out");
        List<String> ticks = TickJson.samples("AMZN", RECORDS);
        broker.produce("cluster-in", ticks);

        Map<String, Map<String, String>> groups = KafkaReplicationGroups.boundedExactlyOnce(
                Map.of("checkpoint.interval", "1s", "checkpoint.min-pause", "200ms", "parallelism", "1"),
                KafkaGroups.plaintext(broker),
                "cluster-in",
                "cluster-out",
                "msk-replication-cluster-it");
        Path properties = ApplicationPropertiesFile.write(folder.resolve("application-properties.json"), groups);

        String jar = flink.uploadJar(ClusterJobRun.shadedJar());
        JobID job = flink.run(jar, "--properties", properties.toString());
        // Bounded input (stopping at the latest offsets): the job finishes, and its final checkpoint
        // commits the last transaction.
        flink.awaitStatus(job, JobStatus.FINISHED, TIMEOUT);
        long seconds = Duration.ofNanos(System.nanoTime() - start).toSeconds();

        List<String> copied = broker.consumeAllCommitted("cluster-out");
        long duplicates = WrittenRecords.of(copied).duplicates();
        long restarts = flink.restarts(job);
        LOG.info(
                "msk-replication on the cluster: {} records in, {} committed out, {} duplicates, {} restarts,"
                        + " {} checkpoints, {} s",
                ticks.size(),
                copied.size(),
                duplicates,
                restarts,
                flink.completedCheckpoints(job),
                seconds);
        assertThat(duplicates).isZero();
        assertThat(copied).containsExactlyInAnyOrderElementsOf(ticks);
        assertThat(restarts).isZero();
        assertThat(flink.exceptions(job)).isEmpty();
        assertThat(flink.checkpointConfiguration(job)).containsEntry("state_backend", "EmbeddedRocksDBStateBackend");
        assertThat(flink.scanLogs().findings())
                .as("cluster log lines holding a planted secret")
                .isEmpty();
    }
}
