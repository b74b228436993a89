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
package io.flinkblocks.benchmarks;

import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.MemorySize;
import org.apache.flink.configuration.TaskManagerOptions;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.util.TestStreamEnvironment;
import org.apache.flink.test.util.MiniClusterWithClientResource;

/**
 * One local Flink cluster per JMH trial, as {@code apache/flink-benchmarks} does: jobs are submitted
 * to it in each invocation, so the cluster's start-up is not measured. One task manager with one slot
 * per parallel instance, each slot with the managed memory of its state backend, and every job on it
 * running on that backend.
 */
public final class BenchmarkCluster implements AutoCloseable {

    private final MiniClusterWithClientResource cluster;
    private final StateBackendChoice backend;
    private final int parallelism;

    /** One slot, on the heap: what the equivalence test and stateless jobs use. */
    public BenchmarkCluster(int parallelism) throws Exception {
        this(StateBackendChoice.HEAP, parallelism);
    }

    public BenchmarkCluster(StateBackendChoice backend, int parallelism) throws Exception {
        Configuration config = new Configuration();
        // managed memory is per task manager and split among its slots: each slot gets the backend's share
        config.set(
                TaskManagerOptions.MANAGED_MEMORY_SIZE,
                new MemorySize(backend.managedMemoryPerSlot().getBytes() * parallelism));
        config.set(TaskManagerOptions.NETWORK_MEMORY_MIN, MemorySize.ofMebiBytes(64));
        config.set(TaskManagerOptions.NETWORK_MEMORY_MAX, MemorySize.ofMebiBytes(64));
        config.addAll(backend.configuration());
        this.backend = backend;
        this.parallelism = parallelism;
        this.cluster = new MiniClusterWithClientResource(new MiniClusterResourceConfiguration.Builder()
                .setConfiguration(config)
                .setNumberTaskManagers(1)
                .setNumberSlotsPerTaskManager(parallelism)
                .build());
        cluster.before();
    }

    public StateBackendChoice backend() {
        return backend;
    }

    public int parallelism() {
        return parallelism;
    }

    /** A fresh environment on the cluster: parallelism and state backend as configured, object reuse as asked. */
    public StreamExecutionEnvironment environment(boolean objectReuse) {
        StreamExecutionEnvironment env = new TestStreamEnvironment(cluster.getMiniCluster(), parallelism);
        // the job's own configuration decides its state backend, so it carries the cluster's choice
        env.configure(backend.configuration());
        if (objectReuse) {
            env.getConfig().enableObjectReuse();
        }
        return env;
    }

    @Override
    public void close() {
        cluster.after();
    }
}
