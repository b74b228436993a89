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

import java.io.IOException;

import org.apache.flink.api.common.serialization.DeserializationSchema;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.util.Collector;

/**
 * Wraps the deserializer of a source that does not de-aggregate Kinesis Producer Library (KPL)
 * records ({@code KinesisStreamsSource} 4.3.0): an aggregated record starts with the KPL magic bytes
 * and holds many user records in a protobuf envelope, so deserializing it as one record would hand
 * the job garbage. The guard fails instead, naming the source that can read such a stream.
 */
final class KplAggregationGuard<T> implements DeserializationSchema<T> {

    private static final long serialVersionUID = 1L;

    /** The first bytes of every KPL-aggregated record. */
    static final byte[] KPL_MAGIC = {(byte) 0xF3, (byte) 0x89, (byte) 0x9A, (byte) 0xC2};

    private final DeserializationSchema<T> delegate;

    KplAggregationGuard(DeserializationSchema<T> delegate) {
        this.delegate = delegate;
    }

    static boolean isAggregated(byte[] record) {
        if (record == null || record.length < KPL_MAGIC.length) {
            return false;
        }
        for (int i = 0; i < KPL_MAGIC.length; i++) {
            if (record[i] != KPL_MAGIC[i]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void open(InitializationContext context) throws Exception {
        delegate.open(context);
    }

    @Override
    public T deserialize(byte[] message) throws IOException {
        check(message);
        return delegate.deserialize(message);
    }

    @Override
    public void deserialize(byte[] message, Collector<T> out) throws IOException {
        check(message);
        delegate.deserialize(message, out);
    }

    private static void check(byte[] message) throws IOException {
        if (isAggregated(message)) {
            throw new IOException("A KPL-aggregated record arrived: " + KinesisSourceImplementation.KINESIS_STREAMS_SOURCE
                    + " does not de-aggregate records written by the Kinesis Producer Library. Read this stream with "
                    + KinesisSourceKeys.SOURCE_IMPLEMENTATION + "=" + KinesisSourceImplementation.FLINK_KINESIS_CONSUMER
                    + ", which does, or disable aggregation in the producer.");
        }
    }

    @Override
    public boolean isEndOfStream(T nextElement) {
        return delegate.isEndOfStream(nextElement);
    }

    @Override
    public TypeInformation<T> getProducedType() {
        return delegate.getProducedType();
    }
}
