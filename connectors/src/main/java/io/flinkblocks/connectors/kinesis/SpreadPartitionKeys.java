package io.flinkblocks.connectors.kinesis;

import java.util.concurrent.ThreadLocalRandom;

import org.apache.flink.connector.kinesis.sink.PartitionKeyGenerator;

/**
 * The default partition key: a random one per record, so records spread evenly over every shard.
 * A constant key (what the guide's producer uses) sends everything to one shard and caps the stream
 * at one shard's throughput. Use a key selector instead when records of one key must stay in order.
 */
final class SpreadPartitionKeys<T> implements PartitionKeyGenerator<T> {

    private static final long serialVersionUID = 1L;

    @Override
    public String apply(T element) {
        return Long.toHexString(ThreadLocalRandom.current().nextLong());
    }
}
