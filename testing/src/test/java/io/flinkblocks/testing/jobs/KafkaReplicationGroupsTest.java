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

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.flinkblocks.testing.kafka.KafkaGroups;

class KafkaReplicationGroupsTest {

    private static final Map<String, String> CONNECTION =
            Map.of("connector", "kafka", "bootstrap.servers", "localhost:9092", "security.preset", "PLAINTEXT");

    @Test
    void theEnvironmentABoundedSourceAndAnExactlyOnceSinkUnderTheNamesTheReplicationJobsRead() {
        Map<String, String> environment = Map.of("parallelism", "1");

        Map<String, Map<String, String>> groups =
                KafkaReplicationGroups.boundedExactlyOnce(environment, CONNECTION, "in", "out", "my-test");

        assertThat(groups).containsOnlyKeys("FlinkEnvironment", "KafkaSource", "KafkaSink");
        assertThat(groups.get("FlinkEnvironment")).isEqualTo(environment);
        assertThat(groups.get("KafkaSource")).isEqualTo(KafkaGroups.boundedSource(CONNECTION, "in", "my-test"));
        assertThat(groups.get("KafkaSink")).isEqualTo(KafkaGroups.exactlyOnceSink(CONNECTION, "out", "my-test"));
    }
}
