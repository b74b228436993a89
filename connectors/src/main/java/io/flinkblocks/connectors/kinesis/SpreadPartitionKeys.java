/*
 * Copyright 2026 The flink-blocks authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
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
