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

import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.MemorySize;
import org.apache.flink.configuration.StateBackendOptions;

/**
 * The state backend a window job runs on, with the managed memory a task slot gets for it. The same
 * settings as {@code io.flinkblocks.testing.flink.StateBackendUnderTest} (not a dependency here: that
 * module brings the connectors' test clients along).
 */
public enum StateBackendChoice {

    /** {@code HashMapStateBackend}, Flink's default: state as objects on the heap. */
    HEAP("hashmap", MemorySize.ofMebiBytes(64)),

    /**
     * {@code EmbeddedRocksDBStateBackend} with incremental checkpoints, as MSF runs every application,
     * with the managed memory an MSF KPU gives it: a KPU is 1 vCPU and 4 GB, of which 1 GB native
     * memory, so 1 GiB per slot (at {@code ParallelismPerKPU} 1, one slot per KPU).
     */
    ROCKSDB("rocksdb", MemorySize.ofMebiBytes(1024));

    private final String type;
    private final MemorySize managedMemoryPerSlot;

    StateBackendChoice(String type, MemorySize managedMemoryPerSlot) {
        this.type = type;
        this.managedMemoryPerSlot = managedMemoryPerSlot;
    }

    /** Managed memory per task slot: RocksDB's block cache and write buffers, and SQL operators' buffers. */
    public MemorySize managedMemoryPerSlot() {
        return managedMemoryPerSlot;
    }

    /** {@code state.backend.type} and {@code execution.checkpointing.incremental}. */
    public Configuration configuration() {
        Configuration config = new Configuration();
        config.set(StateBackendOptions.STATE_BACKEND, type);
        config.set(CheckpointingOptions.INCREMENTAL_CHECKPOINTS, this == ROCKSDB);
        return config;
    }
}
