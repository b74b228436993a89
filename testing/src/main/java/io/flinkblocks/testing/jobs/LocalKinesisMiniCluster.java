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
package io.flinkblocks.testing.jobs;

import org.apache.flink.annotation.PublicEvolving;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import io.flinkblocks.testing.flink.MiniClusters;
import io.flinkblocks.testing.kinesis.LocalKinesisExtension;

/**
 * The fixture of a job test against the local Kinesis: the test's MiniCluster ({@link MiniClusters#slots})
 * and the JVM's local Kinesis ({@link LocalKinesisExtension}), registered as one extension. The MiniCluster
 * is Flink's {@link MiniClusterExtension}, so {@code getExecutionEnvironment()} runs on it and its parameters
 * ({@code @InjectClusterClient}, ...) resolve as they do for that extension.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final LocalKinesisMiniCluster LOCAL = LocalKinesisMiniCluster.slots(2);
 *
 * KinesisStreamPair streams = KinesisStreamPair.create(LOCAL.kinesis(), "Input", 2, "Output", 1);
 * }</pre>
 *
 * <p>Like {@link MiniClusters}, it needs {@code flink-test-utils} on the test class path.
 */
@PublicEvolving
public final class LocalKinesisMiniCluster
        implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, AfterAllCallback, ParameterResolver {

    private final MiniClusterExtension miniCluster;
    private final LocalKinesisExtension kinesis = new LocalKinesisExtension();

    private LocalKinesisMiniCluster(MiniClusterExtension miniCluster) {
        this.miniCluster = miniCluster;
    }

    /** A MiniCluster of one task manager with {@code slots} slots, as {@link MiniClusters#slots}, and the local Kinesis. */
    public static LocalKinesisMiniCluster slots(int slots) {
        return new LocalKinesisMiniCluster(MiniClusters.slots(slots));
    }

    /** The local Kinesis: its streams and the properties that point a job at them. */
    public LocalKinesisExtension kinesis() {
        return kinesis;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        kinesis.beforeAll(context);
        miniCluster.beforeAll(context);
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        miniCluster.beforeEach(context);
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        miniCluster.afterEach(context);
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        miniCluster.afterAll(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return miniCluster.supportsParameter(parameter, context);
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return miniCluster.resolveParameter(parameter, context);
    }
}
