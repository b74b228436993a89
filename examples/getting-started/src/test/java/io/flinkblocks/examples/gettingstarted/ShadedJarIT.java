package io.flinkblocks.examples.gettingstarted;

import io.flinkblocks.testing.ShadedJobJarContract;

class ShadedJarIT extends ShadedJobJarContract {
    ShadedJarIT() {
        super(GettingStartedJob.class, "io.flinkblocks.connectors.StreamSources",
                "org.apache.flink.streaming.connectors.kinesis.FlinkKinesisConsumer", "org.apache.flink.connector.kinesis.sink.KinesisStreamsSink");
    }
}
