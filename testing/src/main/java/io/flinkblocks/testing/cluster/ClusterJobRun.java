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
package io.flinkblocks.testing.cluster;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.apache.flink.annotation.PublicEvolving;
import org.apache.flink.api.common.JobID;

/**
 * One run of a job's shaded JAR on a {@link FlinkStandaloneCluster}, as MSF runs it (uploaded and run
 * through REST with a {@code --properties} file), from submission until it is settled: the steps every
 * cluster test of a job takes, in one place. A run starts afresh ({@link #start}) or from a savepoint
 * ({@link #restore}), as MSF starts an application after an update.
 *
 * <pre>{@code
 * ClusterJobRun run = ClusterJobRun.start(flink, properties, TIMEOUT);
 * kinesis.putStrings(input, records);
 * run.await("every record in " + output, () -> kinesis.readAllStrings(output).size() >= records.size());
 * long restarts = run.settle();
 * run.cancel();
 * }</pre>
 */
@PublicEvolving
public final class ClusterJobRun {

    /** The system property that names the shaded JAR (set by the Failsafe configuration of a job module). */
    public static final String SHADED_JAR_PROPERTY = "shaded.jar";

    /** The {@code runningAt} of a run whose tasks were not awaited. */
    private static final long NOT_AWAITED = Long.MIN_VALUE;

    private final FlinkStandaloneCluster flink;
    private final JobID job;
    private final Duration timeout;
    private final long started;
    private final long runningAt;
    private long settledAt;

    private ClusterJobRun(FlinkStandaloneCluster flink, JobID job, Duration timeout, long started, long runningAt) {
        this.flink = flink;
        this.job = job;
        this.timeout = timeout;
        this.started = started;
        this.runningAt = runningAt;
    }

    /** Runs the module's shaded JAR ({@value #SHADED_JAR_PROPERTY}) with {@code --properties properties}. */
    public static ClusterJobRun start(FlinkStandaloneCluster flink, Path properties, Duration timeout) {
        return start(flink, shadedJar(), properties, timeout);
    }

    /**
     * Uploads {@code jar}, runs it with {@code --properties properties} and returns once every task of
     * the job runs, so a record put into its source afterwards is read by a running job.
     */
    public static ClusterJobRun start(FlinkStandaloneCluster flink, Path jar, Path properties, Duration timeout) {
        long started = System.nanoTime();
        JobID job = flink.run(flink.uploadJar(jar), "--properties", properties.toString());
        return running(flink, job, timeout, started);
    }

    /**
     * Uploads {@code jar}, runs it with {@code --properties properties} and returns at once, without
     * waiting for its tasks: for a test that only awaits what the job writes, with
     * {@link #awaitWithoutFailure}, which fails as soon as the job does.
     */
    public static ClusterJobRun submit(FlinkStandaloneCluster flink, Path jar, Path properties, Duration timeout) {
        return submit(flink, flink.uploadJar(jar), properties, timeout);
    }

    /** {@link #submit(FlinkStandaloneCluster, Path, Path, Duration)} for a JAR uploaded before, by its id. */
    public static ClusterJobRun submit(FlinkStandaloneCluster flink, String jarId, Path properties, Duration timeout) {
        long started = System.nanoTime();
        JobID job = flink.run(jarId, "--properties", properties.toString());
        return new ClusterJobRun(flink, job, timeout, started, NOT_AWAITED);
    }

    /**
     * Runs the module's shaded JAR from {@code savepoint} with {@code allowNonRestoredState=false}, as MSF
     * restores an application from its snapshot after an update: state of the savepoint that no operator
     * takes fails the submission. Returns once every task of the job runs.
     */
    public static ClusterJobRun restore(
            FlinkStandaloneCluster flink, String savepoint, Path properties, Duration timeout) {
        long started = System.nanoTime();
        JobID job = flink.runFromSavepoint(
                flink.uploadJar(shadedJar()), savepoint, false, "--properties", properties.toString());
        return running(flink, job, timeout, started);
    }

    /** The module's shaded JAR, named by {@value #SHADED_JAR_PROPERTY}. */
    public static Path shadedJar() {
        String jar = System.getProperty(SHADED_JAR_PROPERTY);
        if (jar == null) {
            throw new AssertionError(
                    "No system property " + SHADED_JAR_PROPERTY + ": run the cluster tests after 'package'");
        }
        return Paths.get(jar);
    }

    private static ClusterJobRun running(FlinkStandaloneCluster flink, JobID job, Duration timeout, long started) {
        flink.awaitAllTasksRunning(job, timeout);
        return new ClusterJobRun(flink, job, timeout, started, System.nanoTime());
    }

    public JobID job() {
        return job;
    }

    Duration timeout() {
        return timeout;
    }

    /** Milliseconds from submission until every task of the job ran. */
    public long millisToRunning() {
        return (runningAt() - started) / 1_000_000;
    }

    private long runningAt() {
        if (runningAt == NOT_AWAITED) {
            throw new IllegalStateException("A submitted run does not wait for its tasks: start() it to time them");
        }
        return runningAt;
    }

    /** Waits, up to the run's timeout, until {@code condition} holds; {@code what} names it in the failure. */
    public void await(String what, BooleanSupplier condition) {
        FlinkStandaloneCluster.await(what, timeout, condition);
    }

    /**
     * {@link #await} for a condition on what the job wrote, failing at once with the job's first failure
     * if it fails meanwhile, instead of waiting out the timeout for output that cannot come.
     */
    public void awaitWithoutFailure(String what, BooleanSupplier condition) {
        flink.awaitWithoutFailure(job, what, timeout, condition);
    }

    /**
     * Notes the time of the last expected result, then waits for two more completed checkpoints (a
     * result written twice, or one too many, would be out by then) and returns the job's restarts.
     */
    public long settle() {
        settledAt = System.nanoTime();
        awaitCheckpoints("two more checkpoints", 2);
        return flink.restarts(job);
    }

    /** {@link #settle()} for a job that must not fail: waits for the checkpoints as {@link #awaitWithoutFailure} does. */
    public long settleWithoutFailure() {
        settledAt = System.nanoTime();
        long checkpoints = flink.completedCheckpoints(job);
        awaitWithoutFailure("two more checkpoints", () -> flink.completedCheckpoints(job) >= checkpoints + 2);
        return flink.restarts(job);
    }

    /** Waits until {@code count} more checkpoints than now are complete; {@code what} names them in the failure. */
    public void awaitCheckpoints(String what, int count) {
        long checkpoints = flink.completedCheckpoints(job);
        await(what, () -> flink.completedCheckpoints(job) >= checkpoints + count);
    }

    /** Milliseconds from submission to the last expected result, as {@link #settle} noted it. */
    public long millisToLastResult() {
        return (settledAt() - started) / 1_000_000;
    }

    /** The {@link System#nanoTime()} of the last expected result. */
    long settledAt() {
        if (settledAt == 0) {
            throw new IllegalStateException("settle() marks the last result: call it first");
        }
        return settledAt;
    }

    /** Milliseconds from every task running to the last expected result, as {@link #settle} noted it. */
    public long millisFromRunningToLastResult() {
        return (settledAt() - runningAt()) / 1_000_000;
    }

    /**
     * Kills TaskManager {@code index} with SIGKILL and waits until the job restarts: the loss of a
     * machine, which the JobManager learns of by missed heartbeats. Bring a TaskManager back with
     * {@link TaskManagerKill#replace()}.
     */
    public TaskManagerKill killTaskManager(int index) {
        return new TaskManagerKill(this, flink, index);
    }

    /** Stops the job with a savepoint in the cluster's savepoint folder; returns its path. */
    public String stopWithSavepoint() {
        return flink.stopWithSavepoint(job);
    }

    public void cancel() {
        flink.cancel(job);
    }
}
