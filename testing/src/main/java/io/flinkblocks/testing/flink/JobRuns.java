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

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.apache.flink.annotation.PublicEvolving;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * Runs a job defined on an environment (on the test's MiniCluster) until what it wrote is complete, then
 * cancels it: the run of the jobs' end-to-end tests, whose sources never end. The condition usually
 * reads a stream of a local service, so it is checked every half second, not in a tight loop.
 *
 * <pre>{@code
 * JobLauncher.define(env, properties, MyJob::build);
 * JobRuns.runUntil(env, "my-job", "every record in " + output, () -> kinesis.readAllStrings(output).size() >= n);
 * }</pre>
 */
@PublicEvolving
public final class JobRuns {

    /** How long a job's end-to-end test may wait for its output. */
    public static final Duration TIMEOUT = Duration.ofSeconds(90);

    private static final long POLL_MS = 500;

    private JobRuns() {}

    /** Runs the job until {@code done} holds, for up to {@link #TIMEOUT}, and cancels it, also when it did not get there. */
    public static void runUntil(StreamExecutionEnvironment env, String name, String what, BooleanSupplier done)
            throws Exception {
        runUntil(env, name, what, TIMEOUT, done);
    }

    /** As {@link #runUntil(StreamExecutionEnvironment, String, String, BooleanSupplier)}, with another timeout. */
    public static void runUntil(
            StreamExecutionEnvironment env, String name, String what, Duration timeout, BooleanSupplier done)
            throws Exception {
        JobClient job = env.executeAsync(name);
        // The result completes when the job ends; its status is not asked for then, as a job-only
        // MiniCluster shuts down with its job.
        CompletableFuture<JobExecutionResult> result = job.getJobExecutionResult();
        try {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!done.getAsBoolean()) {
                if (result.isDone()) {
                    throw new AssertionError(name + " ended before " + what + ": " + outcome(result));
                }
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("Timed out after " + timeout + " waiting for " + what + " from " + name);
                }
                // Polling, not sleeping on a guess: the condition is checked again at once when this ends.
                TimeUnit.MILLISECONDS.sleep(POLL_MS);
            }
        } finally {
            if (!result.isDone()) {
                job.cancel().get();
            }
        }
    }

    private static String outcome(CompletableFuture<JobExecutionResult> result) {
        try {
            result.get();
            return "finished";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        } catch (ExecutionException e) {
            return "failed with " + e.getCause();
        }
    }
}
