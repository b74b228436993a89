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
package io.flinkblocks.testing.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class KafkaGroupsTest {

    private static final Map<String, String> CONNECTION =
            Map.of("connector", "kafka", "bootstrap.servers", "localhost:9092", "security.preset", "PLAINTEXT");

    @Test
    void aBoundedSourceReadsFromTheEarliestToTheLatestOffsetsOnItsConnection() {
        Map<String, String> source = KafkaGroups.boundedSource(CONNECTION, "in", "my-group");

        assertThat(source)
                .containsAllEntriesOf(CONNECTION)
                .containsEntry("topic", "in")
                .containsEntry("group.id", "my-group")
                .containsEntry("starting.offsets", "EARLIEST")
                .containsEntry("stopping.offsets", "LATEST")
                .hasSize(CONNECTION.size() + 4);
    }

    @Test
    void anExactlyOnceSinkCommitsTransactionsWithItsPrefix() {
        Map<String, String> sink = KafkaGroups.exactlyOnceSink(CONNECTION, "out", "my-job");

        assertThat(sink)
                .containsAllEntriesOf(CONNECTION)
                .containsEntry("topic", "out")
                .containsEntry("delivery.guarantee", "EXACTLY_ONCE")
                .containsEntry("transactional.id.prefix", "my-job")
                .containsEntry("transaction.timeout.ms", "60000")
                .hasSize(CONNECTION.size() + 4);
    }

    @Test
    void anUnboundedSourceHasNoStoppingOffsetsAndASinkItsGuarantee() {
        assertThat(KafkaGroups.source(CONNECTION, "in", "my-group"))
                .containsEntry("starting.offsets", "EARLIEST")
                .doesNotContainKey("stopping.offsets")
                .hasSize(CONNECTION.size() + 3);
        assertThat(KafkaGroups.sink(CONNECTION, "out", "AT_LEAST_ONCE"))
                .containsEntry("topic", "out")
                .containsEntry("delivery.guarantee", "AT_LEAST_ONCE")
                .hasSize(CONNECTION.size() + 2);
        assertThat(KafkaGroups.exactlyOnceSink(CONNECTION, "out", "my-job", 5_000))
                .containsEntry("transaction.timeout.ms", "5000");
    }

    @Test
    void eachGroupIsANewMapTheConnectionIsNotChangedThrough() {
        Map<String, String> connection = new LinkedHashMap<>(CONNECTION);
        Map<String, String> source = KafkaGroups.boundedSource(connection, "in", "my-group");

        source.put("security.preset", "TLS");

        assertThat(connection).isEqualTo(CONNECTION);
    }
}
