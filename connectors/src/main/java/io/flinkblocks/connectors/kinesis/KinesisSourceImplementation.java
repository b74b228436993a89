package io.flinkblocks.connectors.kinesis;

import org.apache.flink.annotation.PublicEvolving;

/** Which Kinesis source the factory builds ({@value KinesisSourceKeys#SOURCE_IMPLEMENTATION}). */
@PublicEvolving
public enum KinesisSourceImplementation {
    /**
     * The legacy {@code FlinkKinesisConsumer}: POLLING and EFO, de-aggregates records written by the
     * Kinesis Producer Library (KPL). The default.
     */
    FLINK_KINESIS_CONSUMER,
    /**
     * The new {@code KinesisStreamsSource} (FLIP-27): polling only in connector 4.3.0, needs
     * {@code stream.arn}, and does not de-aggregate KPL records: the factory fails the job on one
     * rather than hand its raw bytes to the deserializer.
     */
    KINESIS_STREAMS_SOURCE
}
