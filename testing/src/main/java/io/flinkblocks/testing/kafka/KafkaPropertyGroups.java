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

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.flink.annotation.PublicEvolving;

/**
 * The property groups of a job's Kafka source and sink pointed at a {@link LocalKafkaBroker}'s plain-text
 * listener, so that a test states the topic and the guarantee instead of six settings. Each call returns
 * a new mutable map, for a test to add a setting ({@code put("stopping.offsets", "LATEST")}).
 */
@PublicEvolving
public final class KafkaPropertyGroups {

    private KafkaPropertyGroups() {}

    /** A source reading {@code topic} from its earliest offsets as consumer group {@code groupId}. */
    public static Map<String, String> source(LocalKafkaBroker broker, String topic, String groupId) {
        Map<String, String> group = connection(broker, topic);
        group.put("group.id", groupId);
        group.put("starting.offsets", "EARLIEST");
        return group;
    }

    /** A sink writing {@code topic} with {@code guarantee} ({@code AT_LEAST_ONCE}, {@code NONE}...). */
    public static Map<String, String> sink(LocalKafkaBroker broker, String topic, String guarantee) {
        Map<String, String> group = connection(broker, topic);
        group.put("delivery.guarantee", guarantee);
        return group;
    }

    /**
     * A sink writing {@code topic} exactly once, in transactions named from {@code transactionalIdPrefix}
     * that the broker aborts after {@code transactionTimeoutMs}.
     */
    public static Map<String, String> exactlyOnceSink(
            LocalKafkaBroker broker, String topic, String transactionalIdPrefix, long transactionTimeoutMs) {
        Map<String, String> group = sink(broker, topic, "EXACTLY_ONCE");
        group.put("transactional.id.prefix", transactionalIdPrefix);
        group.put("transaction.timeout.ms", Long.toString(transactionTimeoutMs));
        return group;
    }

    private static Map<String, String> connection(LocalKafkaBroker broker, String topic) {
        Map<String, String> group = new LinkedHashMap<>();
        group.put("connector", "kafka");
        group.put("bootstrap.servers", broker.bootstrapServers());
        group.put("security.preset", "PLAINTEXT");
        group.put("topic", topic);
        return group;
    }
}
