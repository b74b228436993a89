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

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Paths;
import java.util.List;

import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.flinkblocks.runtime.ApplicationProperties;
import io.flinkblocks.runtime.JobLauncher;
import io.flinkblocks.testing.OperatorUidCheck;
import io.flinkblocks.testing.jobs.KinesisStreamPair;
import io.flinkblocks.testing.jobs.LocalKinesisMiniCluster;
import io.flinkblocks.testing.ticks.TickJson;

/**
 * The job end to end with its local properties file: records put into the input stream of a local
 * Kinesis come out of the output stream, unchanged. Only the endpoint and the stream names are
 * replaced, to point at this run's emulator and fresh streams.
 */
class GettingStartedJobIT {

    private static final String LOCAL_PROPERTIES = "local/flink-application-properties-local.json";

    @RegisterExtension
    static final LocalKinesisMiniCluster LOCAL = LocalKinesisMiniCluster.slots(2);

    @Test
    void copiesEveryRecordFromTheInputStreamToTheOutputStream() throws Exception {
        KinesisStreamPair streams =
                KinesisStreamPair.create(LOCAL.kinesis(), "ExampleInputStream", 2, "ExampleOutputStream", 2);
        List<String> records = streams.putInput(TickJson.samples("AMZN", 500));

        List<String> written = streams.runUntilWritten("getting-started", env -> define(env, streams), records.size());

        assertThat(written).containsExactlyInAnyOrderElementsOf(records);
    }

    /** The job on its local properties file, pointed at this run's streams; each operator has a uid. */
    private static void define(StreamExecutionEnvironment env, KinesisStreamPair streams) {
        JobLauncher.define(env, localProperties(streams), GettingStartedJob::build);
        OperatorUidCheck.assertEveryOperatorHasUid(env);
    }

    private static ApplicationProperties localProperties(KinesisStreamPair streams) {
        return ApplicationProperties.of(streams.pointAt(
                ApplicationProperties.fromFile(Paths.get(LOCAL_PROPERTIES)).toGroupMaps(),
                GettingStartedJob.INPUT_GROUP,
                GettingStartedJob.OUTPUT_GROUP));
    }
}
