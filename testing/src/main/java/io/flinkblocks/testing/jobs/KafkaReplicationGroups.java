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

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.flink.annotation.PublicEvolving;

import io.flinkblocks.testing.FlinkEnvironmentGroups;
import io.flinkblocks.testing.kafka.KafkaGroups;

/**
 * The properties groups of a job that copies one Kafka topic to another exactly once and then ends, as
 * the replication examples read them: {@value FlinkEnvironmentGroups#GROUP}, {@value #SOURCE_GROUP}
 * (a bounded source: what the topic held when the job started) and {@value #SINK_GROUP} (an exactly-once
 * sink, whose records a test reads once committed).
 *
 * <pre>{@code
 * Map<String, String> connection = KafkaGroups.plaintext(broker);
 * ApplicationProperties.of(KafkaReplicationGroups.boundedExactlyOnce(
 *         FlinkEnvironmentGroups.quickCheckpoints(1), connection, "in", "out", "my-test"));
 * }</pre>
 */
@PublicEvolving
public final class KafkaReplicationGroups {

    public static final String SOURCE_GROUP = "KafkaSource";
    public static final String SINK_GROUP = "KafkaSink";

    private KafkaReplicationGroups() {}

    /**
     * The groups copying {@code sourceTopic} to {@code sinkTopic} over {@code connection} (a group of
     * {@link KafkaGroups}); {@code clientId} names the source's consumer group and the prefix of the
     * sink's transactions.
     */
    public static Map<String, Map<String, String>> boundedExactlyOnce(
            Map<String, String> environment,
            Map<String, String> connection,
            String sourceTopic,
            String sinkTopic,
            String clientId) {
        Map<String, Map<String, String>> groups = new LinkedHashMap<>();
        groups.put(FlinkEnvironmentGroups.GROUP, environment);
        groups.put(SOURCE_GROUP, KafkaGroups.boundedSource(connection, sourceTopic, clientId));
        groups.put(SINK_GROUP, KafkaGroups.exactlyOnceSink(connection, sinkTopic, clientId));
        return groups;
    }
}
