package io.flinkblocks.examples.customtruststore;

import io.flinkblocks.testing.ShadedJobJarContract;

class ShadedJarIT extends ShadedJobJarContract {
    ShadedJarIT() {
        super(CustomTruststoreJob.class, "org.apache.flink.connector.kafka.source.KafkaSource", "org.apache.flink.connector.kafka.sink.KafkaSink");
    }
}
