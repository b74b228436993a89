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

import java.util.Map;
import java.util.function.Supplier;

import org.apache.flink.annotation.PublicEvolving;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.support.TypeBasedParameterResolver;

/**
 * A JUnit 5 extension giving a test class a {@link LocalFlinkCluster} of its own (in the test's JVM),
 * started before its first test and closed after its last, as a parameter or from {@link #cluster()}:
 * the set-up of the fault tests, which kill task managers, stop with savepoints and rescale. Register it
 * on a static field, after the extensions whose settings it reads.
 *
 * <pre>{@code
 * @RegisterExtension static final LocalFlinkClusterExtension FLINK = new LocalFlinkClusterExtension(2, 1);
 *
 * @Test void recovers() {
 *     JobID job = FLINK.cluster().submit(env, "job under test");
 *     FLINK.cluster().replaceTaskManager(0);
 * }
 * }</pre>
 */
@PublicEvolving
public final class LocalFlinkClusterExtension extends TypeBasedParameterResolver<LocalFlinkCluster>
        implements BeforeAllCallback, AfterAllCallback {

    private final int taskManagers;
    private final int slots;
    private final Supplier<Map<String, String>> settings;
    private LocalFlinkCluster cluster;

    /** A cluster of {@code taskManagers} task managers with {@code slots} slots each. */
    public LocalFlinkClusterExtension(int taskManagers, int slots) {
        this(taskManagers, slots, Map::of);
    }

    /**
     * A cluster with more configuration, read when the cluster starts (so it may come from an extension
     * registered before this one, such as {@code LocalS3#flinkConfiguration()}).
     */
    public LocalFlinkClusterExtension(int taskManagers, int slots, Supplier<Map<String, String>> settings) {
        this.taskManagers = taskManagers;
        this.slots = slots;
        this.settings = settings;
    }

    /** The cluster; available from the extension's {@code beforeAll} on. */
    public synchronized LocalFlinkCluster cluster() {
        if (cluster == null) {
            throw new IllegalStateException(
                    "The local Flink cluster starts before the test class's first test: register the"
                            + " extension on a static field with @RegisterExtension");
        }
        return cluster;
    }

    @Override
    public synchronized void beforeAll(ExtensionContext context) throws Exception {
        cluster = LocalFlinkCluster.start(taskManagers, slots, settings.get());
    }

    @Override
    public synchronized void afterAll(ExtensionContext context) throws Exception {
        if (cluster != null) {
            cluster.close();
            cluster = null;
        }
    }

    @Override
    public LocalFlinkCluster resolveParameter(ParameterContext parameter, ExtensionContext extension) {
        return cluster();
    }
}
