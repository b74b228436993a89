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

import java.util.List;
import java.util.Map;

import org.apache.flink.annotation.PublicEvolving;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

import io.flinkblocks.testing.flink.JobRuns;
import io.flinkblocks.testing.kinesis.LocalKinesisExtension;

/**
 * Runs a job that writes to a stream of the {@link io.flinkblocks.testing.kinesis.LocalKinesis} until the
 * stream holds the records the test awaits, and returns them: the run of the Kinesis jobs' end-to-end
 * tests, whose sources never end.
 *
 * <pre>{@code
 * JobLauncher.define(env, properties, MyJob::build);
 * List<String> written = KinesisJobRuns.runUntilWritten(env, "my-job", KINESIS, output, records.size());
 * assertThat(written).containsExactlyInAnyOrderElementsOf(records);
 * }</pre>
 */
@PublicEvolving
public final class KinesisJobRuns {

    private KinesisJobRuns() {}

    /**
     * Runs the job defined on {@code env} until {@code stream} holds at least {@code count} records (for
     * up to {@link JobRuns#TIMEOUT}), cancels it, and returns every record of the stream: more than
     * {@code count} when the job wrote too many, which the test's comparison then shows.
     */
    public static List<String> runUntilWritten(
            StreamExecutionEnvironment env, String name, LocalKinesisExtension kinesis, String stream, int count)
            throws Exception {
        JobRuns.runUntil(
                env,
                name,
                count + " records in " + stream,
                () -> kinesis.readAllStrings(stream).size() >= count);
        return kinesis.readAllStrings(stream);
    }

    /**
     * Runs the job defined on {@code env} until each stream of {@code countsByStream} holds at least its
     * count of records (for up to {@link JobRuns#TIMEOUT}), and cancels it: for a job that writes to more
     * than one stream, results and dead letters, say.
     */
    public static void runUntilAllWritten(
            StreamExecutionEnvironment env,
            String name,
            LocalKinesisExtension kinesis,
            Map<String, Integer> countsByStream)
            throws Exception {
        JobRuns.runUntil(
                env,
                name,
                "records " + countsByStream + " in these streams",
                () -> countsByStream.entrySet().stream()
                        .allMatch(awaited ->
                                kinesis.readAllStrings(awaited.getKey()).size() >= awaited.getValue()));
    }
}
