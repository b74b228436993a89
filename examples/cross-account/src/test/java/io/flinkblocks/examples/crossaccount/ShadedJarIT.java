package io.flinkblocks.examples.crossaccount;

import io.flinkblocks.testing.ShadedJobJarContract;

class ShadedJarIT extends ShadedJobJarContract {
    ShadedJarIT() {
        super(CrossAccountJob.class, "io.flinkblocks.connectors.StreamSources",
                "org.apache.flink.streaming.connectors.kinesis.FlinkKinesisConsumer",
                "org.apache.flink.kinesis.shaded.com.amazonaws.auth.STSAssumeRoleSessionCredentialsProvider",
                "org.apache.flink.connector.kinesis.sink.KinesisStreamsSink");
    }
}
