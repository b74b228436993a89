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

import org.apache.flink.annotation.PublicEvolving;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.MemorySize;
import org.apache.flink.configuration.StateBackendOptions;
import org.apache.flink.configuration.TaskManagerOptions;
import org.apache.flink.contrib.streaming.state.EmbeddedRocksDBStateBackend;
import org.apache.flink.runtime.state.StateBackend;
import org.apache.flink.runtime.state.hashmap.HashMapStateBackend;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * The state backends a stateful test runs on: {@code @ParameterizedTest @EnumSource(StateBackendUnderTest.class)}
 * runs it on both, with the same expectations. MSF always runs RocksDB with incremental checkpoints;
 * a local run and Flink's default use the heap. State code that is right on one and wrong on the other
 * (a value mutated after it was written, a copy taken or not) shows up only when a test runs on both.
 *
 * <p>{@link #ROCKSDB} needs {@code org.apache.flink:flink-statebackend-rocksdb} on the test class path
 * (it is part of every Flink distribution, so jobs never bundle it), and a cluster with enough managed
 * memory for it: {@link #clusterConfiguration()}.
 */
@PublicEvolving
public enum StateBackendUnderTest {

    /** {@code HashMapStateBackend}: state as objects on the JVM heap. */
    HEAP,

    /** {@code EmbeddedRocksDBStateBackend} with incremental checkpoints, as on MSF. */
    ROCKSDB;

    /**
     * The managed memory of a test cluster's task manager. RocksDB takes its write buffers and block cache
     * from it, shared by the stateful operators of a slot; with the MiniCluster's default of 80 MB a job
     * with three window operators in a slot flushed tiny memtables and compacted all the time, and took
     * 76 s where it takes 6 s with this. The heap backend does not use managed memory in a streaming job:
     * its tests lose nothing. A task manager of MSF (a KPU, 4 GB) has more.
     */
    public static final MemorySize TASK_MANAGER_MANAGED_MEMORY = MemorySize.parse("256m");

    /**
     * The settings of a test cluster (a {@code MiniClusterExtension}'s, {@link LocalFlinkCluster}'s) whose
     * jobs run on either backend: {@link #TASK_MANAGER_MANAGED_MEMORY}.
     */
    public static Configuration clusterConfiguration() {
        Configuration config = new Configuration();
        config.set(TaskManagerOptions.MANAGED_MEMORY_SIZE, TASK_MANAGER_MANAGED_MEMORY);
        return config;
    }

    /** A new backend, for an operator test harness: {@code harness.setStateBackend(backend.create())}. */
    public StateBackend create() {
        return this == HEAP ? new HashMapStateBackend() : new EmbeddedRocksDBStateBackend(true);
    }

    /** The settings that select this backend for a job: {@code state.backend.type} and incremental checkpoints. */
    public Configuration configuration() {
        Configuration config = new Configuration();
        config.set(StateBackendOptions.STATE_BACKEND, this == HEAP ? "hashmap" : "rocksdb");
        config.set(CheckpointingOptions.INCREMENTAL_CHECKPOINTS, this == ROCKSDB);
        return config;
    }

    /**
     * The name a job on this backend reports, {@code HashMapStateBackend} or {@code EmbeddedRocksDBStateBackend}:
     * its execution graph's {@code getStateBackendName()} ({@link LocalFlinkCluster#stateBackendName}), the
     * REST API's {@code state_backend}. A test compares it with the job's to prove the backend was used.
     */
    public String stateBackendName() {
        return create().getName();
    }

    /** Selects this backend for the jobs defined on {@code env}, and returns it. */
    public StreamExecutionEnvironment applyTo(StreamExecutionEnvironment env) {
        env.configure(configuration());
        return env;
    }
}
