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
package io.flinkblocks.examples.crossaccount;

import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

import io.flinkblocks.connectors.StreamSinks;
import io.flinkblocks.connectors.StreamSources;
import io.flinkblocks.runtime.ApplicationProperties;
import io.flinkblocks.runtime.JobLauncher;

/**
 * The guide's cross-account application: every record of a Kinesis stream in another AWS account
 * (group {@code SourceAccountStream}, which assumes a role of that account with
 * {@code aws.credentials.provider=ASSUME_ROLE}) is written, unchanged, to a stream of the application's
 * own account (group {@code OutputStream0}, with the application's own role). The credentials apply to
 * the group that names them only: the sink never uses the assumed role.
 */
public final class CrossAccountJob {

    static final String SOURCE_GROUP = "SourceAccountStream";
    static final String OUTPUT_GROUP = "OutputStream0";

    private CrossAccountJob() {}

    public static void main(String[] args) throws Exception {
        JobLauncher.run("cross-account", args, CrossAccountJob::build);
    }

    /** Defines the job on {@code env} without running it, so tests can run or inspect it. */
    static void build(StreamExecutionEnvironment env, ApplicationProperties properties) {
        env.getConfig().enableObjectReuse();
        DataStream<String> records = StreamSources.strings(env, properties.group(SOURCE_GROUP));
        StreamSinks.strings(records, properties.group(OUTPUT_GROUP));
    }
}
