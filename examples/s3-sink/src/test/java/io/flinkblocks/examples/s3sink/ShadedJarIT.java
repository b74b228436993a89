package io.flinkblocks.examples.s3sink;

import io.flinkblocks.testing.ShadedJobJarContract;

class ShadedJarIT extends ShadedJobJarContract {
    ShadedJarIT() {
        super(S3SinkJob.class, "io.flinkblocks.connectors.files.FileSinks", "io.flinkblocks.windows.WindowBlock",
                "org.apache.flink.streaming.connectors.kinesis.FlinkKinesisConsumer");
    }
}
