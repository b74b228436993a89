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
package io.flinkblocks.examples.mskreplication;

import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

import io.flinkblocks.connectors.StreamSinks;
import io.flinkblocks.connectors.StreamSources;
import io.flinkblocks.runtime.ApplicationProperties;
import io.flinkblocks.runtime.JobLauncher;

/**
 * The guide's MSK replication application: every record of the topic of group {@code KafkaSource} is
 * written to the topic of group {@code KafkaSink}. With {@code delivery.guarantee=EXACTLY_ONCE} on the
 * sink, each record appears once in the destination for {@code read_committed} readers, across
 * failures and restarts. Every key of both groups reaches the Kafka clients, TLS and SASL keys included.
 */
public final class MskReplicationJob {

    static final String SOURCE_GROUP = "KafkaSource";
    static final String SINK_GROUP = "KafkaSink";

    private MskReplicationJob() {}

    public static void main(String[] args) throws Exception {
        JobLauncher.run("msk-replication", args, MskReplicationJob::build);
    }

    /** Defines the job on {@code env} without running it, so tests can run or inspect it. */
    static void build(StreamExecutionEnvironment env, ApplicationProperties properties) {
        DataStream<String> records = StreamSources.strings(env, properties.group(SOURCE_GROUP));
        StreamSinks.strings(records, properties.group(SINK_GROUP));
    }
}
