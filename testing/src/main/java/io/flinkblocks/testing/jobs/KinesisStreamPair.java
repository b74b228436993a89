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

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.flink.annotation.PublicEvolving;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

import io.flinkblocks.testing.cluster.ClusterJobRun;
import io.flinkblocks.testing.cluster.FlinkStandaloneCluster;
import io.flinkblocks.testing.kinesis.LocalKinesisExtension;
import io.flinkblocks.testing.results.WrittenRecords;

/**
 * The two streams of a job that reads one Kinesis stream and writes another, on the local Kinesis: a
 * fresh input and output stream, the job's groups pointed at them, and the runs of its end-to-end
 * tests, on the test's MiniCluster ({@link #runUntilWritten}) or as a shaded JAR on a real cluster
 * ({@link #startFedInTwoHalves}).
 *
 * <pre>{@code
 * KinesisStreamPair streams = KinesisStreamPair.create(KINESIS, "Input", 2, "Output", 1);
 * List<String> records = streams.putInput(TickJson.samples("AMZN", 300));
 * ApplicationProperties properties = ApplicationProperties.of(streams.pointAt(groups, MyJob.SOURCE, MyJob.SINK));
 * List<String> written = streams.runUntilWritten("my-job", env -> JobLauncher.define(env, properties, MyJob::build),
 *         records.size());
 * }</pre>
 */
@PublicEvolving
public final class KinesisStreamPair {

    /** Defines a job on an environment: {@code env -> JobLauncher.define(env, properties, MyJob::build)}. */
    @FunctionalInterface
    public interface JobOnEnvironment {
        void define(StreamExecutionEnvironment env) throws Exception;
    }

    private final LocalKinesisExtension kinesis;
    private final String input;
    private final String output;

    private KinesisStreamPair(
            LocalKinesisExtension kinesis, String inputPrefix, int inputShards, String outputPrefix, int outputShards) {
        this.kinesis = kinesis;
        this.input = kinesis.createStream(inputPrefix, inputShards);
        this.output = kinesis.createStream(outputPrefix, outputShards);
    }

    /** Creates a fresh input and output stream, named after the prefixes, with these numbers of shards. */
    public static KinesisStreamPair create(
            LocalKinesisExtension kinesis, String inputPrefix, int inputShards, String outputPrefix, int outputShards) {
        return new KinesisStreamPair(kinesis, inputPrefix, inputShards, outputPrefix, outputShards);
    }

    public String input() {
        return input;
    }

    public String output() {
        return output;
    }

    /** Puts {@code records} into the input stream; returns them. */
    public List<String> putInput(List<String> records) {
        kinesis.putStrings(input, records);
        return records;
    }

    /**
     * Points the source group and the sink group of a job's properties file at the input and the output
     * stream ({@link LocalKinesisExtension#pointAt}); returns {@code groups}.
     */
    public Map<String, Map<String, String>> pointAt(
            Map<String, Map<String, String>> groups, String sourceGroup, String sinkGroup) {
        kinesis.pointAt(groups.get(sourceGroup), input);
        kinesis.pointAt(groups.get(sinkGroup), output);
        return groups;
    }

    /**
     * {@link #pointAt} with a sink that sends what it holds after 100 ms ({@link
     * LocalKinesisExtension#pointQuickSinkAt}), for a run whose test awaits every record.
     */
    public Map<String, Map<String, String>> pointQuickSinkAt(
            Map<String, Map<String, String>> groups, String sourceGroup, String sinkGroup) {
        kinesis.pointAt(groups.get(sourceGroup), input);
        kinesis.pointQuickSinkAt(groups.get(sinkGroup), output);
        return groups;
    }

    /**
     * Defines the job on the test's MiniCluster and runs it until the output stream holds {@code count}
     * records, as {@link KinesisJobRuns#runUntilWritten} does; returns every record of the output stream.
     */
    public List<String> runUntilWritten(String name, JobOnEnvironment job, int count) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        job.define(env);
        return KinesisJobRuns.runUntilWritten(env, name, kinesis, output, count);
    }

    /**
     * Runs the module's shaded JAR on {@code flink} with {@code --properties properties}, the first half
     * of {@code records} put before the job starts (read from the start of the stream) and the second
     * half while it runs (read as it comes), and returns once the output stream holds as many records
     * as were put: the run is then to be settled and canceled.
     */
    public ClusterJobRun startFedInTwoHalves(
            FlinkStandaloneCluster flink, Path properties, Duration timeout, List<String> records) {
        int half = records.size() / 2;
        putInput(records.subList(0, half));
        ClusterJobRun run = ClusterJobRun.start(flink, properties, timeout);
        run.await("the first half in " + output, () -> kinesis.holdsAtLeast(output, half));
        putInput(records.subList(half, records.size()));
        run.await("every record in " + output, () -> kinesis.holdsAtLeast(output, records.size()));
        return run;
    }

    /** What the job wrote to the output stream, in order. */
    public WrittenRecords written() {
        return WrittenRecords.of(kinesis.readAllStrings(output));
    }
}
