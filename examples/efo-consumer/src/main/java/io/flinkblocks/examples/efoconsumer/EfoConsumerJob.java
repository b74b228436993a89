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
package io.flinkblocks.examples.efoconsumer;

import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

import io.flinkblocks.connectors.StreamSinks;
import io.flinkblocks.connectors.StreamSources;
import io.flinkblocks.operators.identity.OperatorIdentity;
import io.flinkblocks.runtime.ApplicationProperties;
import io.flinkblocks.runtime.JobLauncher;

/**
 * The guide's EFO application: every record of the stream of group {@code ConsumerConfigProperties},
 * read through an enhanced fan-out consumer ({@code flink.stream.recordpublisher=EFO}, a consumer name
 * of its own with {@code flink.stream.efo.consumername}), is marked with the suffix
 * {@value #SUFFIX} and written to the stream of group {@code ProducerConfigProperties}.
 */
public final class EfoConsumerJob {

    static final String CONSUMER_GROUP = "ConsumerConfigProperties";
    static final String PRODUCER_GROUP = "ProducerConfigProperties";
    static final String SUFFIX = ": processed by basic EFO app";

    private EfoConsumerJob() {}

    public static void main(String[] args) throws Exception {
        JobLauncher.run("efo-consumer", args, EfoConsumerJob::build);
    }

    /** Defines the job on {@code env} without running it, so tests can run or inspect it. */
    static void build(StreamExecutionEnvironment env, ApplicationProperties properties) {
        env.getConfig().enableObjectReuse();

        DataStream<String> records = StreamSources.strings(env, properties.group(CONSUMER_GROUP));
        DataStream<String> marked =
                OperatorIdentity.apply(records.map(record -> record + SUFFIX, Types.STRING), "Mark as processed");
        StreamSinks.strings(marked, properties.group(PRODUCER_GROUP));
    }
}
