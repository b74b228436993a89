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

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.apache.flink.api.common.JobID;
import org.apache.flink.runtime.jobmaster.JobResult;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.ExceptionUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.flinkblocks.connectors.kafka.KafkaSinks;
import io.flinkblocks.testing.OperatorUidCheck;
import io.flinkblocks.testing.flink.LocalFlinkCluster;
import io.flinkblocks.testing.flink.LocalFlinkClusterExtension;
import io.flinkblocks.testing.flink.StateBackendUnderTest;
import io.flinkblocks.testing.kafka.KafkaBrokerExtension;
import io.flinkblocks.testing.kafka.LocalKafkaBroker;

/**
 * The path MSF takes on every update and scaling: the event-time tumbling-window job runs at
 * parallelism 1, is stopped with a savepoint while windows are open, and restarts from it at
 * parallelism 2; its output, exactly once, equals the results computed without Flink over all ticks,
 * as if it had never stopped; on the heap and on RocksDB with incremental checkpoints, as MSF runs it
 * (the savepoint is in the canonical format either way; on RocksDB its key groups are split between
 * two RocksDB instances on restore). A job whose window uid changed is refused by the restore, loudly:
 * on the heap only, as the refusal comes from the savepoint's operator ids, before any state backend.
 */
class SavepointRescaleIT {

    @RegisterExtension
    static final KafkaBrokerExtension KAFKA = new KafkaBrokerExtension();

    private static final int TICKS = 6000;
    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    @RegisterExtension
    static final LocalFlinkClusterExtension FLINK = new LocalFlinkClusterExtension(1, 2);

    @ParameterizedTest
    @EnumSource(StateBackendUnderTest.class)
    void resultsContinueAcrossStopWithSavepointAndDoubleParallelism(
            StateBackendUnderTest backend, LocalKafkaBroker broker, @TempDir Path savepoints) throws Exception {
        LocalFlinkCluster flink = FLINK.cluster();
        String run = Jobs.named("rescale", backend);
        broker.createTopics(1, run + "-in", run + "-out");
        TopicWriter writer = new TopicWriter(broker, run + "-in");
        writer.write(GoodTicks.json(0, TICKS / 2), 1);

        JobID first =
                flink.submit(job(broker, run, 1, TickWindowJob.COUNT_WINDOW, backend), "window job at parallelism 1");
        LocalFlinkCluster.await(
                "first results committed",
                TIMEOUT,
                () -> !broker.consumeAllCommitted(run + "-out").isEmpty());
        String firstBackend = flink.stateBackendName(first);
        String savepoint = flink.stopWithSavepoint(first, savepoints);
        int beforeStop = broker.consumeAllCommitted(run + "-out").size();

        writer.write(GoodTicks.json(TICKS / 2, TICKS), 1);
        writer.write(GoodTicks.flush(TICKS), 1);
        writer.close();
        JobID second = flink.submitFromSavepoint(
                job(broker, run, 2, TickWindowJob.COUNT_WINDOW, backend),
                "window job at parallelism 2",
                savepoint,
                false);
        List<String> expected = GoodTicks.tumblingCounts(TICKS, TickWindowJob.WINDOW.toMillis());
        LocalFlinkCluster.await(
                "all results committed",
                TIMEOUT,
                () -> broker.consumeAllCommitted(run + "-out").size() >= expected.size());
        // Two more checkpoints commit whatever a duplicate would have been written into.
        flink.awaitCheckpointsAfter(second, flink.completedCheckpoints(second), 2, TIMEOUT);
        int restarts = flink.restarts(second);
        String secondBackend = flink.stateBackendName(second);
        flink.cancel(second);

        List<String> output = broker.consumeAllCommitted(run + "-out");
        System.out.printf(
                "Rescale through a savepoint on %s: %d results before the stop, %d after, %d expected%n",
                backend, beforeStop, output.size() - beforeStop, expected.size());
        assertThat(firstBackend).as("state backend of the job at parallelism 1").isEqualTo(backend.stateBackendName());
        assertThat(secondBackend).as("state backend of the restored job").isEqualTo(backend.stateBackendName());
        assertThat(beforeStop).as("results written before the stop").isBetween(1, expected.size() - 1);
        assertThat(restarts).as("restarts of the restored job").isZero();
        assertThat(Jobs.duplicates(output)).as("duplicate window results").isEmpty();
        assertThat(output).hasSize(expected.size()).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void aJobWhoseWindowUidChangedIsRefusedByTheRestore(LocalKafkaBroker broker, @TempDir Path savepoints)
            throws Exception {
        LocalFlinkCluster flink = FLINK.cluster();
        broker.createTopics(1, "uid-in", "uid-out");
        try (TopicWriter writer = new TopicWriter(broker, "uid-in")) {
            writer.write(GoodTicks.json(0, 500), 1);
        }
        JobID first = flink.submit(
                job(broker, "uid", 1, TickWindowJob.COUNT_WINDOW, StateBackendUnderTest.HEAP), "window job");
        LocalFlinkCluster.await(
                "first results committed",
                TIMEOUT,
                () -> !broker.consumeAllCommitted("uid-out").isEmpty());
        String savepoint = flink.stopWithSavepoint(first, savepoints);

        JobID renamed = flink.submitFromSavepoint(
                job(broker, "uid", 1, "Count per ticker renamed", StateBackendUnderTest.HEAP),
                "window job with another window uid",
                savepoint,
                false);
        JobResult result = flink.awaitResult(renamed, TIMEOUT);

        assertThat(result.isSuccess())
                .as("restore of a job that lost an operator's uid")
                .isFalse();
        Throwable error = result.getSerializedThrowable()
                .orElseThrow()
                .deserializeError(getClass().getClassLoader());
        assertThat(ExceptionUtils.stringifyException(error))
                .contains("Failed to rollback to checkpoint/savepoint " + savepoint)
                .contains("Cannot map checkpoint/savepoint state for operator")
                .contains("allowNonRestoredState");
    }

    private static StreamExecutionEnvironment job(
            LocalKafkaBroker broker, String run, int parallelism, String countWindow, StateBackendUnderTest backend) {
        StreamExecutionEnvironment env = Jobs.environment(parallelism, backend);
        TickWindowJob job =
                TickWindowJob.define(env, Jobs.kafkaSource(broker, run + "-in", false), countWindow, ticks -> ticks);
        KafkaSinks.strings(job.countLines(), Jobs.kafkaSink(broker, run + "-out", "EXACTLY_ONCE"));
        OperatorUidCheck.assertEveryOperatorHasUid(env);
        return env;
    }
}
