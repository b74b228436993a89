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
package io.flinkblocks.testing.kinesis;

import java.util.Map;

import org.apache.flink.annotation.PublicEvolving;

/**
 * Kinesis source groups for tests against the {@link LocalKinesis} that ask it often, so that a test
 * reading a few records is short.
 *
 * <pre>{@code
 * Map<String, String> source = KinesisGroups.quickSourceProperties(KINESIS, stream, "KINESIS_STREAMS_SOURCE");
 * DataStream<String> records = KinesisSources.strings(env, PropertyGroup.of("InputStream0", source));
 * }</pre>
 */
@PublicEvolving
public final class KinesisGroups {

    private KinesisGroups() {}

    /**
     * {@link LocalKinesisExtension#sourceProperties(String)} with {@code source.implementation} set to
     * {@code implementation}, asking for records sooner than by default: the legacy consumer
     * ({@code FLINK_KINESIS_CONSUMER}) polls every 100 ms, and the {@code KINESIS_STREAMS_SOURCE} looks
     * for shards every 500 ms instead of 10 s, which a new stream would wait for before its first read.
     */
    public static Map<String, String> quickSourceProperties(
            LocalKinesisExtension kinesis, String streamName, String implementation) {
        Map<String, String> properties = kinesis.sourceProperties(streamName);
        properties.put("source.implementation", implementation);
        if (implementation.equals("KINESIS_STREAMS_SOURCE")) {
            properties.put("flink.shard.discovery.intervalmillis", "500");
        } else {
            properties.put("flink.shard.getrecords.intervalmillis", "100");
        }
        return properties;
    }
}
