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
package io.flinkblocks.testing.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import org.apache.flink.api.common.JobID;
import org.apache.flink.api.common.state.CheckpointListener;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.runtime.state.FunctionInitializationContext;
import org.apache.flink.runtime.state.FunctionSnapshotContext;
import org.apache.flink.streaming.api.checkpoint.CheckpointedFunction;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.SinkFunction;
import org.apache.flink.streaming.api.functions.source.RichParallelSourceFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class FailOnceSourceEnvironmentTest {

    @RegisterExtension
    static final LocalFlinkClusterExtension FLINK = new LocalFlinkClusterExtension(1, 2);

    private static final long NUMBERS = 2_000;
    private static final Set<Long> WRITTEN = ConcurrentHashMap.newKeySet();
    private static final AtomicInteger RESTORED_POSITIONS = new AtomicInteger();

    @Test
    void aSourceFailsOnceAndTheRestartReadsEveryRecord(LocalFlinkCluster flink) throws Exception {
        StreamExecutionEnvironment env = failingOnce((int) NUMBERS / 2);
        env.fromSequence(1, NUMBERS).uid("numbers").addSink(new Written()).uid("written");

        assertFailedOnceAndWroteEveryNumber(flink, env);
    }

    @Test
    void aSourceFunctionFailsOnceAndTheRestartReadsEveryRecord(LocalFlinkCluster flink) throws Exception {
        StreamExecutionEnvironment env = failingOnce((int) NUMBERS * 3 / 4);
        env.addSource(new Numbers()).uid("numbers").addSink(new Written()).uid("written");
        RESTORED_POSITIONS.set(0);

        assertFailedOnceAndWroteEveryNumber(flink, env);
        assertThat(RESTORED_POSITIONS.get())
                .as("subtask positions the wrapped function restored after the restart")
                .isPositive();
    }

    /** Armed to fail at number {@code failAt}, with two parallel subtasks, checkpoints and restarts. */
    private static StreamExecutionEnvironment failingOnce(int failAt) {
        FailOnce.arm(failAt);
        WRITTEN.clear();
        Configuration restarts = new Configuration();
        restarts.set(RestartStrategyOptions.RESTART_STRATEGY, "fixed-delay");
        restarts.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_ATTEMPTS, 3);
        restarts.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_DELAY, Duration.ofMillis(100));
        StreamExecutionEnvironment env = new FailOnceSourceEnvironment();
        env.configure(restarts);
        env.setParallelism(2);
        env.enableCheckpointing(100);
        return env;
    }

    private static void assertFailedOnceAndWroteEveryNumber(LocalFlinkCluster flink, StreamExecutionEnvironment env)
            throws Exception {
        JobID job = flink.submit(env, "numbers failing once");

        assertThat(flink.awaitResult(job, Duration.ofMinutes(1)).isSuccess())
                .as("the job ends normally after its restart")
                .isTrue();
        assertThat(FailOnce.failures()).as("injected failures").isEqualTo(1);
        assertThat(flink.restarts(job)).as("restarts").isEqualTo(1);
        assertThat(WRITTEN)
                .containsExactlyInAnyOrderElementsOf(
                        LongStream.rangeClosed(1, NUMBERS).boxed().collect(Collectors.toSet()));
    }

    /**
     * The numbers 1 to NUMBERS, each subtask its share, from its checkpointed position after a restart.
     * Past the first half it waits for a completed checkpoint, so the failure, later, restores a position.
     */
    @SuppressWarnings("deprecation") // the legacy source API is the one under test
    private static final class Numbers extends RichParallelSourceFunction<Long>
            implements CheckpointedFunction, CheckpointListener {
        private static final long serialVersionUID = 1L;
        private transient ListState<Long> nextState;
        private transient long next;
        private transient CountDownLatch checkpointCompleted;
        private volatile boolean running = true;

        @Override
        public void initializeState(FunctionInitializationContext context) throws Exception {
            nextState = context.getOperatorStateStore().getListState(new ListStateDescriptor<>("next", Types.LONG));
            int subtask = getRuntimeContext().getTaskInfo().getIndexOfThisSubtask();
            next = 1 + subtask;
            checkpointCompleted = new CountDownLatch(1);
            for (Long restored : nextState.get()) {
                next = restored;
                RESTORED_POSITIONS.incrementAndGet();
            }
        }

        @Override
        public void snapshotState(FunctionSnapshotContext context) throws Exception {
            nextState.update(List.of(next));
        }

        @Override
        public void notifyCheckpointComplete(long checkpointId) {
            checkpointCompleted.countDown();
        }

        @Override
        public void run(SourceContext<Long> context) throws InterruptedException {
            int subtasks = getRuntimeContext().getTaskInfo().getNumberOfParallelSubtasks();
            while (next <= NUMBERS && running) {
                if (next > NUMBERS / 2) {
                    checkpointCompleted.await();
                }
                synchronized (context.getCheckpointLock()) {
                    context.collect(next);
                    next += subtasks;
                }
            }
        }

        @Override
        public void cancel() {
            running = false;
        }
    }

    /** Keeps what reaches the end of the job, in the test's JVM. */
    private static final class Written implements SinkFunction<Long> {
        private static final long serialVersionUID = 1L;

        @Override
        public void invoke(Long value, Context context) {
            WRITTEN.add(value);
        }
    }
}
