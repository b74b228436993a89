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
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

import org.apache.flink.api.common.JobStatus;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import io.flinkblocks.testing.ApplicationPropertiesFile;
import io.flinkblocks.testing.FlinkEnvironmentGroups;
import io.flinkblocks.testing.cluster.ClusterJobRun;
import io.flinkblocks.testing.cluster.FlinkClusterExtension;
import io.flinkblocks.testing.cluster.FlinkStandaloneCluster;
import io.flinkblocks.testing.cluster.TaskManagerKill;
import io.flinkblocks.testing.kafka.KafkaBrokerExtension;
import io.flinkblocks.testing.kafka.KafkaGroups;
import io.flinkblocks.testing.kafka.LocalKafkaBroker;
import io.flinkblocks.testing.results.WrittenRecords;

/**
 * msk-replication's shaded JAR on a real cluster whose TaskManager process is killed with {@code kill -9}
 * mid-stream: the JobManager notices the loss by its heartbeats, the job restarts by itself from its
 * last completed checkpoint on the TaskManager that replaces the dead one (as MSF or Kubernetes replace a
 * lost machine), and the destination holds each of the 10 000 records exactly once for
 * {@code read_committed} readers. The transactions the dead process left open are aborted by the
 * restarted sink, so they never show.
 */
class MskReplicationProcessKillClusterIT {

    @RegisterExtension
    static final KafkaBrokerExtension KAFKA = new KafkaBrokerExtension();

    @RegisterExtension
    static final FlinkClusterExtension FLINK = new FlinkClusterExtension();

    private static final int RECORDS = 10_000;
    private static final Duration TIMEOUT = Duration.ofMinutes(3);

    @Test
    void killingTheTaskManagerProcessMidStreamLosesAndDuplicatesNothing(
            FlinkStandaloneCluster flink, LocalKafkaBroker broker, @TempDir Path folder) {
        List<String> records = ReplicatedRecords.of("process-kill", RECORDS);
        broker.createTopics(2, "process-kill-in", "process-kill-out");
        Path properties = writeProperties(folder.resolve("application_properties.json"), broker);

        ClusterJobRun run = ClusterJobRun.start(flink, properties, TIMEOUT);
        broker.produce("process-kill-in", records.subList(0, RECORDS / 2));
        run.await(
                "committed output before the kill",
                () -> !broker.consumeAllCommitted("process-kill-out").isEmpty());
        // A quarter more, and the kill once the job has written some of them into a transaction that no
        // checkpoint has committed yet (unless a checkpoint commits them all first).
        broker.produce("process-kill-in", records.subList(RECORDS / 2, RECORDS * 3 / 4));
        int[] committed = new int[1];
        long[] logged = new long[1];
        run.await("records of an open transaction in the destination's log", () -> {
            committed[0] = broker.consumeAllCommitted("process-kill-out").size();
            logged[0] = recordsInLog(broker, "process-kill-out");
            return logged[0] > committed[0] || committed[0] == RECORDS * 3 / 4;
        });
        int committedBeforeKill = committed[0];
        long openBeforeKill = logged[0] - committed[0];
        long checkpointsBeforeKill = flink.completedCheckpoints(run.job());

        TaskManagerKill kill = run.killTaskManager(0);
        // The last quarter arrives while the job has no TaskManager: it must be read once the job is back.
        broker.produce("process-kill-in", records.subList(RECORDS * 3 / 4, RECORDS));
        int replacement = kill.replace();
        run.await(
                "all records committed",
                () -> broker.consumeAllCommitted("process-kill-out").size() >= RECORDS);
        // Two more checkpoints commit whatever a duplicate would have been written into.
        long restarts = run.settle();
        JobStatus status = flink.status(run.job());
        List<String> exceptions = flink.exceptions(run.job());
        run.cancel();

        List<String> output = broker.consumeAllCommitted("process-kill-out");
        // The log also holds what the dead process wrote into transactions that were then aborted.
        long inLog = recordsInLog(broker, "process-kill-out");
        System.out.printf(
                Locale.ROOT,
                "msk-replication, TaskManager process killed: %d records, %d committed before the kill"
                        + " and %d more in its open transaction (%d checkpoints), %d committed in the end (%d in the log with the aborted ones), %d lost, %d duplicates, %d restarts; restart seen %d ms after"
                        + " the kill, RUNNING again %d ms after it (replacement TaskManager %d started in between), all records"
                        + " %d ms after it, %d ms in all%n",
                RECORDS,
                committedBeforeKill,
                openBeforeKill,
                checkpointsBeforeKill,
                output.size(),
                inLog,
                ReplicatedRecords.lost(output, records).size(),
                WrittenRecords.of(output).duplicates(),
                restarts,
                kill.millisToRestart(),
                kill.millisToRunning(),
                replacement,
                kill.millisToLastResult(),
                run.millisToLastResult());

        assertThat(committedBeforeKill).as("records committed before the kill").isBetween(1, RECORDS * 3 / 4);
        assertThat(restarts).as("restarts after the kill").isGreaterThanOrEqualTo(1);
        assertThat(status).as("status after the restart").isEqualTo(JobStatus.RUNNING);
        assertThat(exceptions)
                .as("the job's failures")
                .anySatisfy(trace -> assertThat(trace).contains("taskmanager-0"));
        ReplicatedRecords.assertExactlyOnce(output, records);
    }

    /** Every record of the topic, those of aborted transactions included ({@code read_uncommitted}, to the log end). */
    private static long recordsInLog(LocalKafkaBroker broker, String topic) {
        Properties config = new Properties();
        config.putAll(broker.clientProperties(LocalKafkaBroker.Listener.PLAINTEXT));
        config.put("isolation.level", "read_uncommitted");
        long count = 0;
        try (KafkaConsumer<byte[], byte[]> consumer =
                new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition()))
                    .collect(Collectors.toList());
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(30));
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("Reading " + topic + " did not reach " + end);
                }
                count += consumer.poll(Duration.ofMillis(500)).count();
            }
        }
        return count;
    }

    /** The properties file MSF would write, pointed at the local broker. */
    private static Path writeProperties(Path file, LocalKafkaBroker broker) {
        Map<String, Map<String, String>> groups = new LinkedHashMap<>();
        // Restarts as the cluster's (fixed delay without a limit): the job waits for a TaskManager to come back.
        // Checkpoints every 5 s: records stay in an open transaction long enough for the kill to find some there.
        Map<String, String> environment = FlinkEnvironmentGroups.longRun();
        environment.put("checkpoint.interval", "5s");
        groups.put(FlinkEnvironmentGroups.GROUP, environment);
        groups.put(
                MskReplicationJob.SOURCE_GROUP,
                KafkaGroups.source(KafkaGroups.plaintext(broker), "process-kill-in", "process-kill-it"));
        groups.put(
                MskReplicationJob.SINK_GROUP,
                KafkaGroups.exactlyOnceSink(
                        KafkaGroups.plaintext(broker), "process-kill-out", "process-kill-it", 600_000));
        return ApplicationPropertiesFile.write(file, groups);
    }
}
