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
package io.flinkblocks.examples.gettingstarted;

import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

import io.flinkblocks.connectors.StreamSinks;
import io.flinkblocks.connectors.StreamSources;
import io.flinkblocks.runtime.ApplicationProperties;
import io.flinkblocks.runtime.JobLauncher;

/**
 * The guide's first application: every record of the input stream is written, unchanged, to the
 * output stream. The groups {@code InputStream0} and {@code OutputStream0} choose the connectors: the
 * dev properties generate stock ticks and print them; on MSF they name Kinesis streams.
 */
public final class GettingStartedJob {

    static final String INPUT_GROUP = "InputStream0";
    static final String OUTPUT_GROUP = "OutputStream0";

    private GettingStartedJob() {}

    public static void main(String[] args) throws Exception {
        JobLauncher.run("getting-started", args, GettingStartedJob::build);
    }

    /** Defines the job on {@code env} without running it, so tests can run or inspect it. */
    static void build(StreamExecutionEnvironment env, ApplicationProperties properties) {
        DataStream<String> input = StreamSources.strings(env, properties.group(INPUT_GROUP));
        StreamSinks.strings(input, properties.group(OUTPUT_GROUP));
    }
}
