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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;

import org.apache.flink.api.common.JobStatus;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.connector.source.util.ratelimit.RateLimiterStrategy;
import org.apache.flink.connector.datagen.source.DataGeneratorSource;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.DiscardingSink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class LocalJobRunTest {

    @RegisterExtension
    static final LocalFlinkClusterExtension FLINK = new LocalFlinkClusterExtension(1, 1);

    private static final Duration TIMEOUT = Duration.ofMinutes(1);

    @Test
    void settlesAfterTwoMoreCheckpointsAndCancels(LocalFlinkCluster flink) throws Exception {
        LocalJobRun run = LocalJobRun.start(flink, endless(), "endless", TIMEOUT);
        assertThat(flink.status(run.job())).isEqualTo(JobStatus.RUNNING);
        assertThatThrownBy(() -> run.millisFrom(System.nanoTime()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("settle()");
        long checkpoints = flink.completedCheckpoints(run.job());

        assertThat(run.settle()).as("restarts").isZero();
        assertThat(flink.completedCheckpoints(run.job())).isGreaterThanOrEqualTo(checkpoints + 2);
        assertThat(run.millisToLastResult()).isNotNegative();
        run.cancel();
        assertThat(flink.status(run.job())).isEqualTo(JobStatus.CANCELED);
    }

    @Test
    void restoresTheSavepointItStoppedWith(LocalFlinkCluster flink, @TempDir Path folder) throws Exception {
        LocalJobRun first = LocalJobRun.start(flink, endless(), "endless", TIMEOUT);
        String savepoint = first.stopWithSavepoint(folder);
        assertThat(flink.status(first.job())).isEqualTo(JobStatus.FINISHED);

        LocalJobRun second = LocalJobRun.restore(flink, endless(), "endless again", savepoint, TIMEOUT);
        assertThat(flink.status(second.job())).isEqualTo(JobStatus.RUNNING);
        second.cancel();
    }

    /** Ten numbers a second, without end, checkpointed every 100 ms, in the cluster's one slot. */
    private static StreamExecutionEnvironment endless() {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(1);
        env.enableCheckpointing(100);
        env.fromSource(
                        new DataGeneratorSource<>(
                                i -> i, Long.MAX_VALUE, RateLimiterStrategy.perSecond(10), Types.LONG),
                        WatermarkStrategy.noWatermarks(),
                        "numbers")
                .uid("numbers")
                .addSink(new DiscardingSink<>())
                .uid("discard");
        return env;
    }
}
