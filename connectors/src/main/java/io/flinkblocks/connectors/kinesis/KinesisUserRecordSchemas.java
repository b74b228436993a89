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

import java.time.Instant;

import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.connector.kinesis.source.serialization.KinesisDeserializationSchema;
import org.apache.flink.kinesis.shaded.software.amazon.awssdk.services.kinesis.model.Record;
import org.apache.flink.util.Collector;

/** {@link KinesisUserRecord}s from either source implementation, so both hand over the same fields. */
final class KinesisUserRecordSchemas {

    static final TypeInformation<KinesisUserRecord> TYPE = TypeInformation.of(KinesisUserRecord.class);

    private KinesisUserRecordSchemas() {}

    /** For the legacy consumer, which de-aggregates before it calls the schema. */
    static final class Legacy
            implements org.apache.flink.streaming.connectors.kinesis.serialization.KinesisDeserializationSchema<
                    KinesisUserRecord> {

        private static final long serialVersionUID = 1L;

        @Override
        public KinesisUserRecord deserialize(
                byte[] data,
                String partitionKey,
                String sequenceNumber,
                long approximateArrivalTimestamp,
                String stream,
                String shardId) {
            return new KinesisUserRecord(
                    stream, shardId, partitionKey, sequenceNumber, approximateArrivalTimestamp, data);
        }

        @Override
        public TypeInformation<KinesisUserRecord> getProducedType() {
            return TYPE;
        }
    }

    /** For {@code KinesisStreamsSource}, behind {@link KplDeaggregatingSchema}; it names the stream by ARN. */
    static final class StreamsSource implements KinesisDeserializationSchema<KinesisUserRecord> {

        private static final long serialVersionUID = 1L;

        @Override
        public void deserialize(Record record, String streamArn, String shardId, Collector<KinesisUserRecord> output) {
            Instant arrival = record.approximateArrivalTimestamp();
            output.collect(new KinesisUserRecord(
                    KinesisStreams.nameFromArn(streamArn),
                    shardId,
                    record.partitionKey(),
                    record.sequenceNumber(),
                    arrival == null ? 0L : arrival.toEpochMilli(),
                    record.data().asByteArray()));
        }

        @Override
        public TypeInformation<KinesisUserRecord> getProducedType() {
            return TYPE;
        }
    }
}
