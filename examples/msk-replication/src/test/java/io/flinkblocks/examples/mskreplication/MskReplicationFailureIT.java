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

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.flink.api.common.JobID;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.flinkblocks.runtime.ApplicationProperties;
import io.flinkblocks.runtime.JobLauncher;
import io.flinkblocks.testing.FlinkEnvironmentGroups;
import io.flinkblocks.testing.OperatorUidCheck;
import io.flinkblocks.testing.flink.FailOnce;
import io.flinkblocks.testing.flink.FailOnceSourceEnvironment;
import io.flinkblocks.testing.flink.LocalFlinkCluster;
import io.flinkblocks.testing.flink.LocalFlinkClusterExtension;
import io.flinkblocks.testing.flink.LocalJobRun;
import io.flinkblocks.testing.kafka.KafkaBrokerExtension;
import io.flinkblocks.testing.kafka.KafkaGroups;
import io.flinkblocks.testing.kafka.LocalKafkaBroker;

/**
 * The msk-replication job under failures, exactly once: 10 000 distinct records go through a job that
 * fails mid-stream, and the destination holds each of them exactly once for {@code read_committed}
 * readers. Two failures: the source operator throwing once after half the input, and the loss of one of the
 * two task managers, each running one of the job's two parallel pipelines.
 */
class MskReplicationFailureIT {

    @RegisterExtension
    static final KafkaBrokerExtension KAFKA = new KafkaBrokerExtension();

    private static final int RECORDS = 10_000;
    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    // One slot per task manager and parallelism 2: each task manager runs half of the job.
    @RegisterExtension
    static final LocalFlinkClusterExtension FLINK = new LocalFlinkClusterExtension(2, 1);

    @Test
    void anOperatorFailureHalfwayLosesAndDuplicatesNothing(LocalKafkaBroker broker) throws Exception {
        LocalFlinkCluster flink = FLINK.cluster();
        List<String> records = ReplicatedRecords.of("fail", RECORDS);
        broker.createTopics(2, "fail-in", "fail-out");
        broker.produce("fail-in", records);
        FailOnce.arm(RECORDS / 2);
        StreamExecutionEnvironment env = new FailOnceSourceEnvironment();
        JobLauncher.define(env, properties(broker, "fail", true), MskReplicationJob::build);
        OperatorUidCheck.assertEveryOperatorHasUid(env);

        JobID job = flink.submit(env, "msk-replication with a failing operator");
        assertThat(flink.awaitResult(job, TIMEOUT).isSuccess())
                .as("the job ends normally after its restart")
                .isTrue();

        assertThat(FailOnce.failures()).as("injected failures").isEqualTo(1);
        assertThat(flink.restarts(job)).as("restarts").isEqualTo(1);
        ReplicatedRecords.assertExactlyOnce(broker.consumeAllCommitted("fail-out"), records);
    }

    @Test
    void losingATaskManagerMidStreamLosesAndDuplicatesNothing(LocalKafkaBroker broker) throws Exception {
        LocalFlinkCluster flink = FLINK.cluster();
        List<String> records = ReplicatedRecords.of("kill", RECORDS);
        broker.createTopics(2, "kill-in", "kill-out");
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        // Unbounded source: the second half is produced after the task manager is gone.
        JobLauncher.define(env, properties(broker, "kill", false), MskReplicationJob::build);
        LocalJobRun run = LocalJobRun.start(flink, env, "msk-replication losing a task manager", TIMEOUT);

        broker.produce("kill-in", records.subList(0, RECORDS / 2));
        run.await(
                "committed output before the kill",
                () -> !broker.consumeAllCommitted("kill-out").isEmpty());
        flink.replaceTaskManager(0);
        broker.produce("kill-in", records.subList(RECORDS / 2, RECORDS));
        run.await(
                "all records committed",
                () -> broker.consumeAllCommitted("kill-out").size() >= RECORDS);
        // Two more checkpoints commit whatever a duplicate would have been written into.
        int restarts = run.settle();
        run.cancel();

        assertThat(restarts).as("restarts after the task manager was lost").isGreaterThanOrEqualTo(1);
        ReplicatedRecords.assertExactlyOnce(broker.consumeAllCommitted("kill-out"), records);
    }

    private static ApplicationProperties properties(LocalKafkaBroker broker, String run, boolean bounded) {
        Map<String, String> source =
                KafkaGroups.source(KafkaGroups.plaintext(broker), run + "-in", "failure-it-" + run);
        if (bounded) {
            source.put("stopping.offsets", "LATEST");
        }
        return ApplicationProperties.of(Map.of(
                FlinkEnvironmentGroups.GROUP,
                FlinkEnvironmentGroups.failureRun(2),
                "KafkaSource",
                source,
                "KafkaSink",
                KafkaGroups.exactlyOnceSink(KafkaGroups.plaintext(broker), run + "-out", "failure-it-" + run, 60_000)));
    }
}
