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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.apache.flink.api.common.JobID;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.DiscardingSink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class LocalFlinkClusterExtensionTest {

    @RegisterExtension
    static final LocalFlinkClusterExtension FLINK = new LocalFlinkClusterExtension(1, 1);

    @Test
    void givesTestsItsClusterAsAParameter(LocalFlinkCluster flink) {
        assertThat(flink).isSameAs(FLINK.cluster());
    }

    @Test
    void startsTheClusterBeforeAllAndClosesItAfterAll() throws Exception {
        LocalFlinkClusterExtension extension = new LocalFlinkClusterExtension(1, 1);
        assertThatThrownBy(extension::cluster)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("@RegisterExtension");

        extension.beforeAll(null);
        LocalFlinkCluster cluster = extension.cluster();
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.fromSequence(1, 3).addSink(new DiscardingSink<>());
        JobID job = cluster.submit(env, "three numbers");
        assertThat(cluster.awaitResult(job, Duration.ofMinutes(1)).isSuccess())
                .as("the job ran on the started cluster")
                .isTrue();
        extension.afterAll(null);

        assertThatThrownBy(extension::cluster).isInstanceOf(IllegalStateException.class);
        // Closing twice (a class whose start failed, then its afterAll) is harmless.
        extension.afterAll(null);
    }
}
