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

import java.util.concurrent.atomic.AtomicInteger;

import org.apache.flink.annotation.PublicEvolving;
import org.apache.flink.api.common.functions.MapFunction;

/**
 * Passes records through and throws once, when the records seen by all its subtasks together reach
 * the armed count: a failure injected mid-stream, to test what a restart does to a job's output.
 *
 * <pre>{@code
 * FailOnce.arm(5_000);
 * stream.map(new FailOnce<String>()).uid("fail-once").name("Fail once");
 * ...
 * assertThat(FailOnce.failures()).isEqualTo(1);
 * }</pre>
 *
 * <p>{@link FailOnceSourceEnvironment} puts it in the sources of a job as it ships, for a job that
 * offers no place for one more operator.
 *
 * <p>State is static because MiniCluster tasks run in the test's JVM and a restart creates new function
 * instances, which must not fail again; so one test at a time per JVM may use it, arming it first.
 */
@PublicEvolving
public final class FailOnce<T> implements MapFunction<T, T> {

    private static final long serialVersionUID = 1L;
    private static final AtomicInteger SEEN = new AtomicInteger();
    private static final AtomicInteger FAILURES = new AtomicInteger();
    private static volatile int failAt;

    /** Resets the counts and fails at the {@code records}-th record seen after this call. */
    public static void arm(int records) {
        SEEN.set(0);
        FAILURES.set(0);
        failAt = records;
    }

    /** How many failures were injected since {@link #arm}: 0 or 1. */
    public static int failures() {
        return FAILURES.get();
    }

    @Override
    public T map(T value) {
        if (SEEN.incrementAndGet() == failAt) {
            FAILURES.incrementAndGet();
            throw new IllegalStateException("Injected failure after " + failAt + " records");
        }
        return value;
    }
}
