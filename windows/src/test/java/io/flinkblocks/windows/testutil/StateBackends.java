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
package io.flinkblocks.windows.testutil;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.apache.flink.api.common.JobID;
import org.apache.flink.runtime.minicluster.MiniCluster;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.test.junit5.MiniClusterExtension;

import io.flinkblocks.testing.flink.StateBackendUnderTest;

/** The cluster the window ITs run their jobs on, and which state backend a job of it ran on. */
public final class StateBackends {

    /**
     * How often the window jobs of the differential tests checkpoint. The window state is then written
     * and snapshotted while records flow, as on MSF: the window operator writes the accumulators it keeps
     * in memory (its state buffer) to the backend at each checkpoint, and then reads them back from it.
     * Without checkpoints a buffer that never fills never reaches RocksDB. With
     * {@link EventSource#checkpointHalfway()} at least two checkpoints happen mid-stream in every job.
     */
    public static final Duration CHECKPOINT_INTERVAL = Duration.ofMillis(100);

    private StateBackends() {}

    /**
     * One task manager with two slots (the ITs' highest parallelism), configured so that
     * {@link StateBackendUnderTest#applyTo} can select either backend per job.
     */
    public static MiniClusterExtension twoSlotCluster() {
        return new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
                .setNumberTaskManagers(1)
                .setNumberSlotsPerTaskManager(2)
                .setConfiguration(StateBackendUnderTest.clusterConfiguration())
                .build());
    }

    /**
     * The state backend job {@code job} of {@code cluster} runs or ran on, as its execution graph names
     * it: compared with {@link StateBackendUnderTest#stateBackendName()}, it proves the backend a test
     * selected with {@link StateBackendUnderTest#applyTo} is the one the job used.
     */
    public static String of(MiniCluster cluster, JobID job) throws Exception {
        return cluster.getExecutionGraph(job)
                .get(60, TimeUnit.SECONDS)
                .getStateBackendName()
                .orElseThrow(() -> new AssertionError("The execution graph of " + job + " names no state backend"));
    }
}
