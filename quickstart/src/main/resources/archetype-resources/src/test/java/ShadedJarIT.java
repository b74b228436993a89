package ${package};

import io.flinkblocks.testing.ShadedJobJarContract;

/**
 * The JAR that goes to MSF ({@code target/}, built by {@code package}), checked as the service takes it:
 * under MSF's size limit, without Flink core or a logging backend (the cluster has them), with the job,
 * its connectors and merged service files, and able to define its job graph when a cluster starts it.
 * When the job uses another connector, name one of its classes here.
 */
class ShadedJarIT extends ShadedJobJarContract {
    ShadedJarIT() {
        super(Job.class,
                "io.flinkblocks.windows.WindowBlock",
                "io.flinkblocks.operators.json.JsonParse",
                "org.apache.flink.streaming.connectors.kinesis.FlinkKinesisConsumer",
                "org.apache.flink.connector.kinesis.sink.KinesisStreamsSink");
    }
}
