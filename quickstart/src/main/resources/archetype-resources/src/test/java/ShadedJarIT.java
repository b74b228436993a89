package ${package};

import io.flinkblocks.testing.ShadedJobJarContract;

/**
 * The JAR that goes to MSF (target/, built by package): no Flink core or logging backend inside, the
 * job, its dev properties and its connectors inside, service files merged, the job as Main-Class.
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
