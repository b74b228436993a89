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
 * cluster test of a job takes, in one place.
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

    private final FlinkStandaloneCluster flink;
    private final JobID job;
    private final Duration timeout;
    private final long started;
    private long settledAt;

    private ClusterJobRun(FlinkStandaloneCluster flink, JobID job, Duration timeout, long started) {
        this.flink = flink;
        this.job = job;
        this.timeout = timeout;
        this.started = started;
    }

    /** Runs the module's shaded JAR ({@value #SHADED_JAR_PROPERTY}) with {@code --properties properties}. */
    public static ClusterJobRun start(FlinkStandaloneCluster flink, Path properties, Duration timeout) {
        String jar = System.getProperty(SHADED_JAR_PROPERTY);
        if (jar == null) {
            throw new AssertionError(
                    "No system property " + SHADED_JAR_PROPERTY + ": run the cluster tests after 'package'");
        }
        return start(flink, Paths.get(jar), properties, timeout);
    }

    /**
     * Uploads {@code jar}, runs it with {@code --properties properties} and returns once every task of
     * the job runs, so a record put into its source afterwards is read by a running job.
     */
    public static ClusterJobRun start(FlinkStandaloneCluster flink, Path jar, Path properties, Duration timeout) {
        long started = System.nanoTime();
        JobID job = flink.run(flink.uploadJar(jar), "--properties", properties.toString());
        flink.awaitAllTasksRunning(job, timeout);
        return new ClusterJobRun(flink, job, timeout, started);
    }

    public JobID job() {
        return job;
    }

    /** Waits, up to the run's timeout, until {@code condition} holds; {@code what} names it in the failure. */
    public void await(String what, BooleanSupplier condition) {
        FlinkStandaloneCluster.await(what, timeout, condition);
    }

    /**
     * Notes the time of the last expected result, then waits for two more completed checkpoints (a
     * result written twice, or one too many, would be out by then) and returns the job's restarts.
     */
    public long settle() {
        settledAt = System.nanoTime();
        long checkpoints = flink.completedCheckpoints(job);
        await("two more checkpoints", () -> flink.completedCheckpoints(job) >= checkpoints + 2);
        return flink.restarts(job);
    }

    /** Milliseconds from submission to the last expected result, as {@link #settle} noted it. */
    public long millisToLastResult() {
        if (settledAt == 0) {
            throw new IllegalStateException("settle() marks the last result: call it first");
        }
        return (settledAt - started) / 1_000_000;
    }

    public void cancel() {
        flink.cancel(job);
    }
}
