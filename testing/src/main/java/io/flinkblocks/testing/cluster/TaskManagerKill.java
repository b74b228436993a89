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

import org.apache.flink.annotation.PublicEvolving;

/**
 * A TaskManager of a {@link ClusterJobRun} killed with SIGKILL mid-stream, and its replacement, as MSF or
 * Kubernetes replace a lost machine: the job restarts by itself from its last completed checkpoint once a
 * TaskManager is back. Notes when each step happened, for the test to print how long recovery took.
 *
 * <pre>{@code
 * TaskManagerKill kill = run.killTaskManager(0); // returns once the job restarted
 * kinesis.putStrings(input, more);                // arrives while the job has no TaskManager
 * kill.replace();                                 // returns once every task runs again
 * run.await("every result", ...);
 * run.settle();
 * System.out.println(kill.millisToRestart() + " " + kill.millisToRunning() + " " + kill.millisToLastResult());
 * }</pre>
 */
@PublicEvolving
public final class TaskManagerKill {

    private final ClusterJobRun run;
    private final FlinkStandaloneCluster flink;
    private final long killedAt;
    private final long restartedAt;
    private long runningAt;

    /** Kills TaskManager {@code index} of {@code flink} and waits until {@code run}'s job restarts. */
    TaskManagerKill(ClusterJobRun run, FlinkStandaloneCluster flink, int index) {
        this.run = run;
        this.flink = flink;
        killedAt = System.nanoTime();
        flink.killTaskManager(index);
        run.await("the job restarting after the kill", () -> flink.restarts(run.job()) >= 1);
        restartedAt = System.nanoTime();
    }

    /** Starts a TaskManager in place of the killed one and waits until every task of the job runs; returns its index. */
    public int replace() {
        int index = flink.startTaskManager();
        flink.awaitAllTasksRunning(run.job(), run.timeout());
        runningAt = System.nanoTime();
        return index;
    }

    /** Milliseconds from the kill until the job restarted. */
    public long millisToRestart() {
        return millis(restartedAt);
    }

    /** Milliseconds from the kill until every task ran again on the replacement. */
    public long millisToRunning() {
        if (runningAt == 0) {
            throw new IllegalStateException("replace() brings the job back: call it first");
        }
        return millis(runningAt);
    }

    /** Milliseconds from the kill to the last expected result, as {@link ClusterJobRun#settle} noted it. */
    public long millisToLastResult() {
        return millis(run.settledAt());
    }

    private long millis(long nanoTime) {
        return (nanoTime - killedAt) / 1_000_000;
    }
}
