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
package io.flinkblocks.examples.customtruststore;

import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

import io.flinkblocks.connectors.StreamSinks;
import io.flinkblocks.connectors.StreamSources;
import io.flinkblocks.runtime.ApplicationProperties;
import io.flinkblocks.runtime.JobLauncher;

/**
 * The guide's custom truststore application: Kafka to Kafka over TLS with brokers whose certificates
 * come from a private CA. The truststore travels inside the job JAR ({@value #TRUSTSTORE_RESOURCE}) and
 * the groups name it {@code ssl.truststore.location=classpath:kafka.client.truststore.jks} with
 * {@code security.preset=TLS_CUSTOM_TRUSTSTORE}: each Kafka client, on the job manager or a task manager,
 * gets a local copy of it when it starts, and a wrong path or password stops the deployment with a
 * message naming the key. No copying code, no custom (de)serialization schemas.
 */
public final class CustomTruststoreJob {

    static final String SOURCE_GROUP = "KafkaSource";
    static final String SINK_GROUP = "KafkaSink";
    /** Where the job expects its truststore on the class path (src/main/resources). */
    static final String TRUSTSTORE_RESOURCE = "kafka.client.truststore.jks";

    private CustomTruststoreJob() {}

    public static void main(String[] args) throws Exception {
        JobLauncher.run("custom-truststore", args, CustomTruststoreJob::build);
    }

    /** Defines the job on {@code env} without running it, so tests can run or inspect it. */
    static void build(StreamExecutionEnvironment env, ApplicationProperties properties) {
        DataStream<String> records = StreamSources.strings(env, properties.group(SOURCE_GROUP));
        StreamSinks.strings(records, properties.group(SINK_GROUP));
    }
}
