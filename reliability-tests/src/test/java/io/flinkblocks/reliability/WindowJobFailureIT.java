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
package io.flinkblocks.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.apache.flink.api.common.JobID;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.flinkblocks.connectors.kafka.KafkaSinks;
import io.flinkblocks.testing.OperatorUidCheck;
import io.flinkblocks.testing.flink.FailOnce;
import io.flinkblocks.testing.flink.LocalFlinkCluster;
import io.flinkblocks.testing.flink.LocalFlinkClusterExtension;
import io.flinkblocks.testing.flink.StateBackendUnderTest;
import io.flinkblocks.testing.kafka.KafkaBrokerExtension;
import io.flinkblocks.testing.kafka.LocalKafkaBroker;

/**
 * The tumbling-window job (parse, event time, 1 s count per ticker) from Kafka to Kafka, failing once
 * at three quarters of its window results, after checkpoints completed: every window result computed without Flink is in the output. With an
 * EXACTLY_ONCE sink none is there twice; with AT_LEAST_ONCE the results emitted between the last
 * checkpoint and the failure may be written again, and the test counts them and prints the count.
 * The EXACTLY_ONCE case runs on the heap and on RocksDB with incremental checkpoints, as MSF runs it:
 * the restart restores the open windows from the last checkpoint of either backend. The AT_LEAST_ONCE
 * case differs only in the sink, and runs on the heap.
 */
class WindowJobFailureIT {

    @RegisterExtension
    static final KafkaBrokerExtension KAFKA = new KafkaBrokerExtension();

    private static final int TICKS = 6000;
    private static final int PARTITIONS = 1;
    private static final int PARALLELISM = 2;
    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    @RegisterExtension
    static final LocalFlinkClusterExtension FLINK = new LocalFlinkClusterExtension(1, 2);

    @ParameterizedTest
    @EnumSource(StateBackendUnderTest.class)
    void exactlyOnceSinkHasEveryWindowResultOnceAfterAFailure(StateBackendUnderTest backend, LocalKafkaBroker broker)
            throws Exception {
        List<String> output = runWithFailure(broker, Jobs.named("window-eo", backend), "EXACTLY_ONCE", backend);
        List<String> expected = GoodTicks.tumblingCounts(TICKS, TickWindowJob.WINDOW.toMillis());

        assertThat(Jobs.duplicates(output)).as("duplicate window results").isEmpty();
        assertThat(output).hasSize(expected.size()).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void atLeastOnceSinkHasEveryWindowResultAndTheDuplicatesAreCounted(LocalKafkaBroker broker) throws Exception {
        List<String> output = runWithFailure(broker, "window-alo", "AT_LEAST_ONCE", StateBackendUnderTest.HEAP);
        List<String> expected = GoodTicks.tumblingCounts(TICKS, TickWindowJob.WINDOW.toMillis());

        Map<String, Long> duplicates = Jobs.duplicates(output);
        long duplicateCount =
                duplicates.values().stream().mapToLong(Long::longValue).sum();
        System.out.printf(
                "AT_LEAST_ONCE window job with one failure: %d results expected, %d written, %d duplicates%n",
                expected.size(), output.size(), duplicateCount);
        assertThat(new HashSet<>(output)).as("distinct results").isEqualTo(new HashSet<>(expected));
        assertThat(output)
                .as("results written: every expected one plus the counted duplicates")
                .hasSize((int) (expected.size() + duplicateCount));
    }

    /**
     * Runs the job on an unbounded topic: half the ticks, committed results (so checkpoints completed),
     * then the rest, during which the failure hits, at three quarters of the window results.
     */
    private static List<String> runWithFailure(
            LocalKafkaBroker broker, String run, String guarantee, StateBackendUnderTest backend) throws Exception {
        LocalFlinkCluster flink = FLINK.cluster();
        broker.createTopics(PARTITIONS, run + "-in", run + "-out");
        List<String> expected = GoodTicks.tumblingCounts(TICKS, TickWindowJob.WINDOW.toMillis());
        FailOnce.arm(expected.size() * 3 / 4);
        StreamExecutionEnvironment env = Jobs.environment(PARALLELISM, backend);
        TickWindowJob job = TickWindowJob.define(
                env, Jobs.kafkaSource(broker, run + "-in", false), TickWindowJob.COUNT_WINDOW, ticks -> ticks);
        // The failure hits among the results of one firing, after some of them went to the sink: what
        // a restart does to results already written is then visible.
        KafkaSinks.strings(
                job.countLines().map(new FailOnce<String>()).uid("fail-once").name("Fail once"),
                Jobs.kafkaSink(broker, run + "-out", guarantee));
        OperatorUidCheck.assertEveryOperatorHasUid(env);

        JobID id = flink.submit(env, "tumbling window with a failure, " + guarantee + ", " + backend);
        try (TopicWriter writer = new TopicWriter(broker, run + "-in")) {
            writer.write(GoodTicks.json(0, TICKS / 2), PARTITIONS);
            LocalFlinkCluster.await(
                    "first results committed",
                    TIMEOUT,
                    () -> !broker.consumeAllCommitted(run + "-out").isEmpty());
            writer.write(GoodTicks.json(TICKS / 2, TICKS), PARTITIONS);
            writer.write(GoodTicks.flush(TICKS), PARTITIONS);
            LocalFlinkCluster.await("the restart", TIMEOUT, () -> flink.restarts(id) >= 1);
            flink.awaitAllTasksRunning(id, TIMEOUT);
            // Watermarks are not part of a checkpoint: when the restored source has nothing left to read,
            // windows restored open wait for a newer record, as a live stream brings. This one is it.
            writer.write(GoodTicks.flush(TICKS), PARTITIONS);
        }
        LocalFlinkCluster.await(
                "every expected result committed",
                TIMEOUT,
                () -> new HashSet<>(broker.consumeAllCommitted(run + "-out")).containsAll(expected));
        // Two more checkpoints: a duplicate still on its way would be committed by then.
        flink.awaitCheckpointsAfter(id, flink.completedCheckpoints(id), 2, TIMEOUT);
        int restarts = flink.restarts(id);
        String stateBackend = flink.stateBackendName(id);
        flink.cancel(id);

        assertThat(stateBackend).as("the job's state backend").isEqualTo(backend.stateBackendName());
        assertThat(FailOnce.failures()).as("injected failures").isEqualTo(1);
        assertThat(restarts).as("restarts").isEqualTo(1);
        return broker.consumeAllCommitted(run + "-out");
    }
}
