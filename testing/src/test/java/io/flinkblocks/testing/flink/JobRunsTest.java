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

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.DiscardingSink;
import org.junit.jupiter.api.Test;

class JobRunsTest {

    /** Records seen by the job; static because the local job runs in this JVM. */
    private static final AtomicLong SEEN = new AtomicLong();

    @Test
    void runsAnEndlessJobUntilTheConditionHoldsAndCancelsIt() throws Exception {
        SEEN.set(0);
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(1);
        env.fromSequence(0, Long.MAX_VALUE).map(new Count()).addSink(new DiscardingSink<>());

        JobRuns.runUntil(env, "endless", "a hundred records", () -> SEEN.get() >= 100);

        assertThat(SEEN.get()).isGreaterThanOrEqualTo(100);
    }

    @Test
    void failsWhenTheJobEndsBeforeTheCondition() {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.fromSequence(0, 3).addSink(new DiscardingSink<>());

        assertThatThrownBy(() -> JobRuns.runUntil(env, "short", "what never comes", Duration.ofMinutes(1), () -> false))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("short ended before what never comes: finished");
    }

    private static final class Count implements MapFunction<Long, Long> {
        @Override
        public Long map(Long value) {
            SEEN.incrementAndGet();
            return value;
        }
    }
}
