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
import org.apache.flink.configuration.TaskManagerOptions;
import org.apache.flink.configuration.MemorySize;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.util.MiniClusterWithClientResource;

/**
 * One local Flink cluster per JMH trial, as {@code apache/flink-benchmarks} does: jobs are submitted
 * to it in each invocation, so the cluster's start-up is not measured.
 */
public final class BenchmarkCluster implements AutoCloseable {

    private final MiniClusterWithClientResource cluster;
    private final int parallelism;

    public BenchmarkCluster(int parallelism) throws Exception {
        Configuration config = new Configuration();
        config.set(TaskManagerOptions.MANAGED_MEMORY_SIZE, MemorySize.ofMebiBytes(64));
        config.set(TaskManagerOptions.NETWORK_MEMORY_MIN, MemorySize.ofMebiBytes(64));
        config.set(TaskManagerOptions.NETWORK_MEMORY_MAX, MemorySize.ofMebiBytes(64));
        this.parallelism = parallelism;
        this.cluster = new MiniClusterWithClientResource(new MiniClusterResourceConfiguration.Builder()
                .setConfiguration(config)
                .setNumberTaskManagers(1)
                .setNumberSlotsPerTaskManager(parallelism)
                .build());
        cluster.before();
    }

    /** A fresh environment on the cluster: parallelism as configured, object reuse as asked. */
    public StreamExecutionEnvironment environment(boolean objectReuse) {
        StreamExecutionEnvironment env = new org.apache.flink.streaming.util.TestStreamEnvironment(cluster.getMiniCluster(), parallelism);
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
