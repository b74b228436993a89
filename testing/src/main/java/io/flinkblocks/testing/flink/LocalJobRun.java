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

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.apache.flink.annotation.PublicEvolving;
import org.apache.flink.api.common.JobID;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * One run of a job defined on an environment on a {@link LocalFlinkCluster}, from submission until it is
 * settled: the steps of the fault tests, which put input, make something fail and await every result.
 *
 * <pre>{@code
 * LocalJobRun run = LocalJobRun.start(flink, env, "my-job", TIMEOUT);
 * kinesis.putStrings(input, records);
 * long killed = System.nanoTime();
 * flink.replaceTaskManager(0);
 * run.await("every record in " + output, () -> kinesis.readAllStrings(output).size() >= records.size());
 * int restarts = run.settle();
 * run.cancel();
 * }</pre>
 */
@PublicEvolving
public final class LocalJobRun {

    private final LocalFlinkCluster flink;
    private final JobID job;
    private final Duration timeout;
    private final long started;
    private long settledAt;

    private LocalJobRun(LocalFlinkCluster flink, JobID job, Duration timeout, long started) {
        this.flink = flink;
        this.job = job;
        this.timeout = timeout;
        this.started = started;
    }

    /**
     * Submits the job defined on {@code env} as {@code name} and returns once every task of it runs, so a
     * record put into its source afterwards is read by a running job.
     */
    public static LocalJobRun start(
            LocalFlinkCluster flink, StreamExecutionEnvironment env, String name, Duration timeout) throws Exception {
        long started = System.nanoTime();
        return running(flink, flink.submit(env, name), timeout, started);
    }

    /**
     * As {@link #start}, restored from {@code savepoint} with {@code allowNonRestoredState=false}: state of
     * the savepoint that no operator takes fails the submission.
     */
    public static LocalJobRun restore(
            LocalFlinkCluster flink, StreamExecutionEnvironment env, String name, String savepoint, Duration timeout)
            throws Exception {
        long started = System.nanoTime();
        return running(flink, flink.submitFromSavepoint(env, name, savepoint, false), timeout, started);
    }

    private static LocalJobRun running(LocalFlinkCluster flink, JobID job, Duration timeout, long started) {
        flink.awaitAllTasksRunning(job, timeout);
        return new LocalJobRun(flink, job, timeout, started);
    }

    public JobID job() {
        return job;
    }

    /** Waits, up to the run's timeout, until {@code condition} holds; {@code what} names it in the failure. */
    public void await(String what, BooleanSupplier condition) {
        LocalFlinkCluster.await(what, timeout, condition);
    }

    /**
     * Notes the time of the last expected result, then waits for two more completed checkpoints (a result
     * written twice, or one too many, would be out by then) and returns the job's restarts.
     */
    public int settle() {
        settledAt = System.nanoTime();
        flink.awaitCheckpointsAfter(job, flink.completedCheckpoints(job), 2, timeout);
        return flink.restarts(job);
    }

    /** Milliseconds from submission to the last expected result, as {@link #settle} noted it. */
    public long millisToLastResult() {
        return millisFrom(started);
    }

    /**
     * Milliseconds from {@code nanoTime} (a {@link System#nanoTime()} the test noted, such as when it made
     * something fail) to the last expected result, as {@link #settle} noted it.
     */
    public long millisFrom(long nanoTime) {
        if (settledAt == 0) {
            throw new IllegalStateException("settle() marks the last result: call it first");
        }
        return (settledAt - nanoTime) / 1_000_000;
    }

    /** Stops the job with a canonical savepoint under {@code folder}; returns its path. */
    public String stopWithSavepoint(Path folder) throws Exception {
        return flink.stopWithSavepoint(job, folder);
    }

    public void cancel() throws Exception {
        flink.cancel(job);
    }
}
