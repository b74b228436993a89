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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.apache.flink.annotation.PublicEvolving;
import org.apache.flink.api.common.JobID;
import org.apache.flink.api.common.JobStatus;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestOptions;
import org.apache.flink.configuration.TaskManagerOptions;
import org.apache.flink.core.execution.SavepointFormatType;
import org.apache.flink.runtime.execution.ExecutionState;
import org.apache.flink.runtime.executiongraph.AccessExecutionGraph;
import org.apache.flink.runtime.executiongraph.AccessExecutionVertex;
import org.apache.flink.runtime.jobgraph.JobGraph;
import org.apache.flink.runtime.jobgraph.SavepointRestoreSettings;
import org.apache.flink.runtime.jobmaster.JobResult;
import org.apache.flink.runtime.minicluster.MiniCluster;
import org.apache.flink.runtime.minicluster.MiniClusterConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.graph.StreamGraph;

/**
 * A Flink MiniCluster for fault tests: jobs are submitted without blocking, so a test can kill and
 * replace a task manager while a job runs, stop a job with a savepoint and resubmit it from there,
 * and read the job's checkpoint count and restarts. One per test class; close it at the end.
 *
 * <pre>{@code
 * try (LocalFlinkCluster flink = LocalFlinkCluster.start(2, 1)) {
 *     JobID job = flink.submit(env, "my job");
 *     flink.awaitAllTasksRunning(job, Duration.ofSeconds(60));
 *     flink.replaceTaskManager(0);
 *     ...
 * }
 * }</pre>
 */
@PublicEvolving
public final class LocalFlinkCluster implements AutoCloseable {

    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(60);

    private final MiniCluster cluster;
    /**
     * The MiniCluster's indices of the task managers still running, in the order they started. The
     * MiniCluster keeps terminated task managers in its list, so its index of a task manager never
     * changes and a new one gets the next.
     */
    private final List<Integer> running = new ArrayList<>();

    private int started;

    private LocalFlinkCluster(MiniCluster cluster, int taskManagers) {
        this.cluster = cluster;
        for (started = 0; started < taskManagers; started++) {
            running.add(started);
        }
    }

    /** Starts a cluster of {@code taskManagers} task managers with {@code slots} slots each. */
    public static LocalFlinkCluster start(int taskManagers, int slots) throws Exception {
        return start(taskManagers, slots, Map.of());
    }

    /**
     * Starts a cluster with more configuration, such as a file system's settings
     * ({@code LocalS3#flinkConfiguration()}), which task managers started later get too.
     */
    public static LocalFlinkCluster start(int taskManagers, int slots, Map<String, String> settings) throws Exception {
        Configuration configuration = Configuration.fromMap(settings);
        // Port 0: other builds on the same machine may run a cluster too.
        configuration.set(RestOptions.BIND_PORT, "0");
        // Enough for jobs on RocksDB; unused by jobs on the heap.
        configuration.set(TaskManagerOptions.MANAGED_MEMORY_SIZE, StateBackendUnderTest.TASK_MANAGER_MANAGED_MEMORY);
        MiniCluster cluster = new MiniCluster(new MiniClusterConfiguration.Builder()
                .setConfiguration(configuration)
                .setNumTaskManagers(taskManagers)
                .setNumSlotsPerTaskManager(slots)
                .build());
        cluster.start();
        return new LocalFlinkCluster(cluster, taskManagers);
    }

    /** Submits the job defined on {@code env} and returns at once. */
    public JobID submit(StreamExecutionEnvironment env, String name) throws Exception {
        return submit(jobGraph(env, name));
    }

    /**
     * Submits the job defined on {@code env}, restored from {@code savepoint}; with
     * {@code allowNonRestoredState} false, state that maps to no operator of the job fails the restore.
     */
    public JobID submitFromSavepoint(
            StreamExecutionEnvironment env, String name, String savepoint, boolean allowNonRestoredState)
            throws Exception {
        JobGraph graph = jobGraph(env, name);
        graph.setSavepointRestoreSettings(SavepointRestoreSettings.forPath(savepoint, allowNonRestoredState));
        return submit(graph);
    }

    private JobID submit(JobGraph graph) throws Exception {
        return cluster.submitJob(graph)
                .get(CALL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                .getJobID();
    }

    private static JobGraph jobGraph(StreamExecutionEnvironment env, String name) {
        StreamGraph streamGraph = env.getStreamGraph();
        streamGraph.setJobName(name);
        return streamGraph.getJobGraph();
    }

    /** Waits until every task of the job runs: sources read, a checkpoint can start, a kill hits work. */
    public void awaitAllTasksRunning(JobID job, Duration timeout) {
        await("all tasks of " + job + " running", timeout, () -> {
            AccessExecutionGraph graph = graph(job);
            if (graph.getState() != JobStatus.RUNNING) {
                return false;
            }
            for (AccessExecutionVertex vertex : graph.getAllExecutionVertices()) {
                if (vertex.getExecutionState() != ExecutionState.RUNNING) {
                    return false;
                }
            }
            return true;
        });
    }

    /**
     * The state backend the job runs on, as its execution graph names it ({@code HashMapStateBackend},
     * {@code EmbeddedRocksDBStateBackend}): what {@link StateBackendUnderTest#stateBackendName()} is compared with.
     */
    public String stateBackendName(JobID job) {
        return graph(job)
                .getStateBackendName()
                .orElseThrow(
                        () -> new IllegalStateException("The execution graph of " + job + " names no state backend"));
    }

    /** Completed checkpoints of the job so far (savepoints excluded). */
    public long completedCheckpoints(JobID job) {
        return graph(job).getCheckpointStatsSnapshot().getCounts().getNumberOfCompletedCheckpoints();
    }

    /** Waits until the job has completed {@code count} more checkpoints than {@code before}. */
    public void awaitCheckpointsAfter(JobID job, long before, long count, Duration timeout) {
        await(
                count + " checkpoints of " + job + " after " + before,
                timeout,
                () -> completedCheckpoints(job) >= before + count);
    }

    /**
     * How many times the job was restarted: the highest attempt number of any of its tasks. Each
     * failover starts new attempts of the tasks it restarts, so 0 means the job never restarted.
     */
    public int restarts(JobID job) {
        int highest = 0;
        for (AccessExecutionVertex vertex : graph(job).getAllExecutionVertices()) {
            highest = Math.max(highest, vertex.getCurrentExecutionAttempt().getAttemptNumber());
        }
        return highest;
    }

    /**
     * Terminates the {@code index}-th of the running task managers (in the order they started) as a
     * crash would take it away, with the tasks running on it, then starts a fresh one, last in that
     * order, so the job finds slots to restart in. Each call terminates a running task manager: with
     * the MiniCluster's own index, a second {@code replaceTaskManager(0)} on the same cluster would have
     * terminated the one already gone, and no task would have failed.
     */
    public synchronized void replaceTaskManager(int index) throws Exception {
        int terminated = running.remove(index);
        cluster.terminateTaskManager(terminated).get(CALL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        cluster.startTaskManager();
        running.add(started++);
    }

    /** Stops the job with a canonical savepoint under {@code folder} and returns the savepoint's path. */
    public String stopWithSavepoint(JobID job, Path folder) throws Exception {
        return cluster.stopWithSavepoint(job, folder.toUri().toString(), false, SavepointFormatType.CANONICAL)
                .get(CALL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Cancels the job and waits until it is gone. */
    public void cancel(JobID job) throws Exception {
        cluster.cancelJob(job).get(CALL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        await(job + " cancelled", CALL_TIMEOUT, () -> status(job).isGloballyTerminalState());
    }

    /** Waits for the job's end; its result says whether it failed and why. */
    public JobResult awaitResult(JobID job, Duration timeout) throws Exception {
        return cluster.requestJobResult(job).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    public JobStatus status(JobID job) {
        try {
            return cluster.getJobStatus(job).get(CALL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Status of " + job + " unavailable", e);
        }
    }

    private AccessExecutionGraph graph(JobID job) {
        try {
            return cluster.getExecutionGraph(job).get(CALL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Execution graph of " + job + " unavailable", e);
        }
    }

    /** Returns once {@code condition} holds, checking every 20 ms; fails after {@code timeout}. */
    public static void await(String what, Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out after " + timeout + " waiting for " + what);
            }
            try {
                // Polling, not sleeping on a guess: the condition is checked again at once when this ends.
                TimeUnit.MILLISECONDS.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted waiting for " + what, e);
            }
        }
    }

    @Override
    public void close() throws Exception {
        cluster.close();
    }
}
