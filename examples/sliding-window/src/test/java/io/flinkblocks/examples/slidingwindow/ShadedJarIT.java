package io.flinkblocks.examples.slidingwindow;

import io.flinkblocks.testing.ShadedJobJarContract;

class ShadedJarIT extends ShadedJobJarContract {
    ShadedJarIT() {
        super(SlidingWindowJob.class, "io.flinkblocks.windows.WindowBlock", "io.flinkblocks.operators.json.JsonParse",
                "org.apache.flink.streaming.connectors.kinesis.FlinkKinesisConsumer", "org.apache.flink.connector.kinesis.sink.KinesisStreamsSink");
    }
}
