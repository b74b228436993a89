package io.flinkblocks.examples.efoconsumer;

import io.flinkblocks.testing.ShadedJobJarContract;

class ShadedJarIT extends ShadedJobJarContract {
    ShadedJarIT() {
        super(EfoConsumerJob.class, "io.flinkblocks.connectors.StreamSources",
                "org.apache.flink.streaming.connectors.kinesis.FlinkKinesisConsumer",
                "org.apache.flink.streaming.connectors.kinesis.internals.publisher.fanout.FanOutRecordPublisher",
                "org.apache.flink.connector.kinesis.sink.KinesisStreamsSink");
    }
}
