package io.flinkblocks.examples.s3sink;

import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

import io.flinkblocks.connectors.StreamSinks;
import io.flinkblocks.connectors.StreamSources;
import io.flinkblocks.runtime.ApplicationProperties;
import io.flinkblocks.runtime.JobLauncher;
import io.flinkblocks.runtime.StreamEnvironmentSettings;

/**
 * The guide's S3 sink application, its sink part: stock ticks (JSON strings) from group
 * {@code InputStream0} are written one a line to the file system path of group {@code S3Sink}, in a
 * folder per hour. The guide's one-minute count per ticker comes with the window blocks; until then
 * every record is written through.
 *
 * <p>Files appear on checkpoints only: the sink commits its part files when a checkpoint completes,
 * so the checkpoint interval ({@code FlinkEnvironment checkpoint.interval}) bounds how fresh the
 * output is.
 */
public final class S3SinkJob {

    static final String INPUT_GROUP = "InputStream0";
    static final String SINK_GROUP = "S3Sink";

    private S3SinkJob() {}

    public static void main(String[] args) throws Exception {
        JobLauncher.run("s3-sink", args, S3SinkJob::build);
    }

    /** Defines the job on {@code env} without running it, so tests can run or inspect it. */
    static void build(StreamExecutionEnvironment env, ApplicationProperties properties) {
        StreamEnvironmentSettings.apply(env, properties);
        DataStream<String> ticks = StreamSources.strings(env, properties.group(INPUT_GROUP));
        StreamSinks.strings(ticks, properties.group(SINK_GROUP));
    }
}
