package io.flinkblocks.examples.mskreplication;

import io.flinkblocks.testing.ShadedJobJarContract;

class ShadedJarIT extends ShadedJobJarContract {
    ShadedJarIT() {
        super(MskReplicationJob.class, "org.apache.flink.connector.kafka.source.KafkaSource", "org.apache.flink.connector.kafka.sink.KafkaSink", "software.amazon.msk.auth.iam.IAMClientCallbackHandler");
    }
}
