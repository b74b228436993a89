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
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A JUnit 5 extension giving tests a {@link FlinkStandaloneCluster}, as a parameter or from
 * {@link #cluster()}. Register it on a static field.
 *
 * <p>Starting a cluster costs a JobManager and a TaskManager JVM (10 to 30 s on a loaded 2-core
 * machine), so by default the cluster is shared by every test class of the JVM that asks for the same
 * settings: started before the first of them, stopped when the test run ends. After each class the
 * extension cancels the jobs it left running and replaces the TaskManagers it killed, so the next class
 * finds the cluster as it started. {@link #perClass} gives a class a cluster of its own instead, stopped
 * after its last test.
 *
 * <pre>{@code
 * @RegisterExtension static final FlinkClusterExtension FLINK = new FlinkClusterExtension();
 *
 * @Test void runsOnACluster(FlinkStandaloneCluster flink) {
 *     JobID job = flink.submit(Paths.get(System.getProperty("shaded.jar")), "--properties", props);
 *     flink.awaitAllTasksRunning(job, Duration.ofMinutes(1));
 * }
 * }</pre>
 */
@PublicEvolving
public final class FlinkClusterExtension implements BeforeAllCallback, AfterAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(FlinkClusterExtension.class);

    private final FlinkStandaloneCluster.Builder builder;
    private final boolean shared;
    private FlinkStandaloneCluster cluster;

    /** The cluster of the default settings (one TaskManager, one slot), shared by the test classes of the JVM. */
    public FlinkClusterExtension() {
        this(FlinkStandaloneCluster.builder(), true);
    }

    private FlinkClusterExtension(FlinkStandaloneCluster.Builder builder, boolean shared) {
        this.builder = builder;
        this.shared = shared;
    }

    /** A cluster of these settings, shared by every test class of the JVM that asks for the same settings. */
    public static FlinkClusterExtension shared(FlinkStandaloneCluster.Builder builder) {
        return new FlinkClusterExtension(builder, true);
    }

    /** A cluster of the test class's own, started before its first test and stopped after its last. */
    public static FlinkClusterExtension perClass(FlinkStandaloneCluster.Builder builder) {
        return new FlinkClusterExtension(builder, false);
    }

    /** The cluster; available from the extension's {@code beforeAll} on. */
    public synchronized FlinkStandaloneCluster cluster() {
        if (cluster == null) {
            throw new IllegalStateException("The Flink cluster starts before the test class's first test: register the"
                    + " extension on a static field with @RegisterExtension");
        }
        return cluster;
    }

    @Override
    public synchronized void beforeAll(ExtensionContext context) {
        if (shared) {
            // The root context's store lives for the whole test run and closes its resources at the end.
            cluster = context.getRoot()
                    .getStore(NAMESPACE)
                    .getOrComputeIfAbsent(builder.key(), key -> new SharedCluster(builder.start()), SharedCluster.class)
                    .cluster;
        } else {
            cluster = builder.start();
        }
    }

    @Override
    public synchronized void afterAll(ExtensionContext context) {
        if (cluster == null) {
            return;
        }
        if (shared) {
            if (cluster.isRunning()) {
                cluster.cancelAllJobs();
                cluster.restoreTaskManagers();
            }
        } else {
            cluster.stop();
            cluster = null;
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext extension) {
        return parameter.getParameter().getType() == FlinkStandaloneCluster.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext extension) {
        return cluster();
    }

    /** Stops the shared cluster when the test run ends. */
    private static final class SharedCluster implements ExtensionContext.Store.CloseableResource {
        final FlinkStandaloneCluster cluster;

        SharedCluster(FlinkStandaloneCluster cluster) {
            this.cluster = cluster;
        }

        @Override
        public void close() {
            cluster.stop();
        }
    }
}
