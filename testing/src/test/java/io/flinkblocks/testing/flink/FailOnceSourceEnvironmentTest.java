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
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import org.apache.flink.api.common.JobID;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestartStrategyOptions;
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

    @Test
    void aSourceFailsOnceAndTheRestartReadsEveryRecord(LocalFlinkCluster flink) throws Exception {
        StreamExecutionEnvironment env = failingOnce();
        env.fromSequence(1, NUMBERS).uid("numbers").addSink(new Written()).uid("written");

        assertFailedOnceAndWroteEveryNumber(flink, env);
    }

    @Test
    void aSourceFunctionFailsOnceAndTheRestartReadsEveryRecord(LocalFlinkCluster flink) throws Exception {
        StreamExecutionEnvironment env = failingOnce();
        env.addSource(new Numbers()).uid("numbers").addSink(new Written()).uid("written");

        assertFailedOnceAndWroteEveryNumber(flink, env);
    }

    /** Armed to fail at half the numbers, with two parallel subtasks, checkpoints and restarts. */
    private static StreamExecutionEnvironment failingOnce() {
        FailOnce.arm((int) NUMBERS / 2);
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

    /** The numbers 1 to NUMBERS, each subtask its share, from the start again after a restart. */
    @SuppressWarnings("deprecation") // the legacy source API is the one under test
    private static final class Numbers extends RichParallelSourceFunction<Long> {
        private static final long serialVersionUID = 1L;
        private volatile boolean running = true;

        @Override
        public void run(SourceContext<Long> context) {
            int subtasks = getRuntimeContext().getTaskInfo().getNumberOfParallelSubtasks();
            int subtask = getRuntimeContext().getTaskInfo().getIndexOfThisSubtask();
            for (long n = 1 + subtask; n <= NUMBERS && running; n += subtasks) {
                synchronized (context.getCheckpointLock()) {
                    context.collect(n);
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
