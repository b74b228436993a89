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
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.test.junit5.MiniClusterExtension;

/**
 * The in-JVM Flink cluster of a job test: Flink's own {@link MiniClusterExtension} with one task
 * manager, so that a test says how many slots its job needs and nothing else. A job test runs the
 * job's {@code build} method on it; tests that kill task managers or restore savepoints use
 * {@link LocalFlinkClusterExtension}, and tests of the shaded JAR a standalone cluster.
 *
 * <pre>{@code
 * @RegisterExtension static final MiniClusterExtension FLINK = MiniClusters.slots(2);
 * }</pre>
 *
 * <p>It needs {@code flink-test-utils} on the test class path (the job parent declares it, in test
 * scope); the test kit does not bring it, so that it stays off the class path of the clusters and
 * brokers the test kit starts in their own processes.
 */
@PublicEvolving
public final class MiniClusters {

    private MiniClusters() {}

    /**
     * A cluster of one task manager with {@code slots} slots: enough for a job of parallelism
     * {@code slots} whose operators share slots, Flink's default.
     */
    public static MiniClusterExtension slots(int slots) {
        return new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
                .setNumberTaskManagers(1)
                .setNumberSlotsPerTaskManager(slots)
                .build());
    }
}
