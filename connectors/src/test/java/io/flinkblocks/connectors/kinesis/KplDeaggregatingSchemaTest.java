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

import static io.flinkblocks.connectors.kinesis.KplRecords.bytesField;
import static io.flinkblocks.connectors.kinesis.KplRecords.envelope;
import static io.flinkblocks.connectors.kinesis.KplRecords.user;
import static io.flinkblocks.connectors.kinesis.KplRecords.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.flink.api.common.serialization.DeserializationSchema;
import org.apache.flink.api.common.serialization.SimpleStringSchema;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.connector.kinesis.source.serialization.KinesisDeserializationSchema;
import org.apache.flink.kinesis.shaded.software.amazon.awssdk.core.SdkBytes;
import org.apache.flink.kinesis.shaded.software.amazon.awssdk.services.kinesis.model.Record;
import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.MetricGroup;
import org.apache.flink.metrics.SimpleCounter;
import org.apache.flink.metrics.groups.UnregisteredMetricsGroup;
import org.apache.flink.util.Collector;
import org.apache.flink.util.InstantiationUtil;
import org.apache.flink.util.SimpleUserCodeClassLoader;
import org.apache.flink.util.UserCodeClassLoader;
import org.junit.jupiter.api.Test;

class KplDeaggregatingSchemaTest {

    private static final Instant ARRIVAL = Instant.parse("2026-03-01T10:15:30.123Z");
    private static final String STREAM_ARN = "arn:aws:kinesis:us-east-1:000000000000:stream/input";

    private final Metrics metrics = new Metrics();

    @Test
    void theUsersSchemaSeesEachUserRecord() throws Exception {
        KplDeaggregatingSchema<String> schema = opened(KplDeaggregatingSchema.of(new SimpleStringSchema()));

        List<String> out = new ArrayList<>();
        deserialize(
                schema,
                record("outer", KplRecords.aggregate(List.of(user("a", "one"), user("b", "two"), user("a", "three")))),
                out);
        deserialize(schema, record("plain-key", utf8("plain")), out);

        assertThat(out).containsExactly("one", "two", "three", "plain");
        assertThat(metrics.notDeaggregated().getCount()).isZero();
    }

    @Test
    void aKinesisSchemaSeesEachUserRecordWithItsPartitionKeyAndTheAggregatesSequenceNumberAndArrival()
            throws Exception {
        Capture capture = new Capture();
        KplDeaggregatingSchema<String> schema = opened(KplDeaggregatingSchema.of(capture));
        List<KplDeaggregator.UserRecord> users = List.of(user("a", "1", "one"), user("b", "two"), user("c", "three"));

        deserialize(schema, record("a", KplRecords.aggregate(users)), new ArrayList<>());

        assertThat(capture.records).extracting(Record::partitionKey).containsExactly("a", "b", "c");
        assertThat(capture.records).extracting(r -> r.data().asUtf8String()).containsExactly("one", "two", "three");
        assertThat(capture.records)
                .extracting(Record::sequenceNumber)
                .containsOnly("49590338271490256608559692538361571095921575989136588898");
        assertThat(capture.records)
                .extracting(Record::approximateArrivalTimestamp)
                .containsOnly(ARRIVAL);
        assertThat(capture.streams).containsOnly(STREAM_ARN);
        assertThat(capture.shards).containsOnly("shardId-000000000000");
        assertThat(capture.opened).isTrue();
    }

    @Test
    void recordsWithTheMagicThatAreNotSplitAreHandedOnWholeAndCounted() throws Exception {
        Capture capture = new Capture();
        KplDeaggregatingSchema<String> schema = opened(KplDeaggregatingSchema.of(capture));
        byte[] digestMismatch = KplRecords.aggregate(List.of(user("a", "one")));
        digestMismatch[digestMismatch.length - 1] ^= 1;
        byte[] malformed = envelope(bytesField(3, bytesField(3, utf8("no partition key index"))));

        deserialize(schema, record("k1", digestMismatch), new ArrayList<>());
        deserialize(schema, record("k2", malformed), new ArrayList<>());
        deserialize(schema, record("k3", envelope(new byte[0])), new ArrayList<>());

        assertThat(capture.records)
                .extracting(r -> r.data().asByteArray())
                .containsExactly(digestMismatch, malformed, envelope(new byte[0]));
        assertThat(capture.records).extracting(Record::partitionKey).containsExactly("k1", "k2", "k3");
        assertThat(metrics.notDeaggregated().getCount()).isEqualTo(3);
    }

    @Test
    void anAggregateWithoutRecordsEmitsNothing() throws Exception {
        KplDeaggregatingSchema<String> schema = opened(KplDeaggregatingSchema.of(new SimpleStringSchema()));
        List<String> out = new ArrayList<>();

        deserialize(schema, record("k", envelope(bytesField(1, utf8("k")))), out);

        assertThat(out).isEmpty();
        assertThat(metrics.notDeaggregated().getCount()).isZero();
    }

    @Test
    void worksWithoutOpenAndAfterSerialization() throws Exception {
        KplDeaggregatingSchema<String> schema =
                InstantiationUtil.clone(KplDeaggregatingSchema.of(new SimpleStringSchema()));
        byte[] broken = KplRecords.aggregate(List.of(user("a", "x")));
        broken[broken.length - 1] ^= 1;
        List<String> out = new ArrayList<>();

        deserialize(schema, record("k", KplRecords.aggregate(List.of(user("a", "one"), user("b", "two")))), out);
        deserialize(schema, record("k", broken), out);

        assertThat(out).hasSize(3).startsWith("one", "two");
        assertThat(schema.getProducedType()).isEqualTo(Types.STRING);
    }

    private <T> KplDeaggregatingSchema<T> opened(KplDeaggregatingSchema<T> schema) throws Exception {
        schema.open(new DeserializationSchema.InitializationContext() {
            @Override
            public MetricGroup getMetricGroup() {
                return metrics;
            }

            @Override
            public UserCodeClassLoader getUserCodeClassLoader() {
                return SimpleUserCodeClassLoader.create(getClass().getClassLoader());
            }
        });
        return schema;
    }

    private static Record record(String partitionKey, byte[] data) {
        return Record.builder()
                .partitionKey(partitionKey)
                .sequenceNumber("49590338271490256608559692538361571095921575989136588898")
                .approximateArrivalTimestamp(ARRIVAL)
                .data(SdkBytes.fromByteArray(data))
                .build();
    }

    private static <T> void deserialize(KplDeaggregatingSchema<T> schema, Record record, List<T> out)
            throws IOException {
        schema.deserialize(record, STREAM_ARN, "shardId-000000000000", new Collector<>() {
            @Override
            public void collect(T value) {
                out.add(value);
            }

            @Override
            public void close() {}
        });
    }

    /** Keeps every counter registered under it, by its path. */
    private static final class Metrics extends UnregisteredMetricsGroup {
        private final Map<String, Counter> counters;
        private final String prefix;

        Metrics() {
            this(new HashMap<>(), "");
        }

        private Metrics(Map<String, Counter> counters, String prefix) {
            this.counters = counters;
            this.prefix = prefix;
        }

        @Override
        public MetricGroup addGroup(String name) {
            return new Metrics(counters, prefix + name + ".");
        }

        @Override
        public Counter counter(String name) {
            return counter(name, new SimpleCounter());
        }

        @Override
        public <C extends Counter> C counter(String name, C counter) {
            counters.put(prefix + name, counter);
            return counter;
        }

        Counter notDeaggregated() {
            return counters.get("KinesisAnalytics." + KplDeaggregatingSchema.NOT_DEAGGREGATED_COUNTER);
        }
    }

    /** A schema of the new source's own interface that keeps the records it is handed. */
    private static final class Capture implements KinesisDeserializationSchema<String> {
        private static final long serialVersionUID = 1L;
        final List<Record> records = new ArrayList<>();
        final List<String> streams = new ArrayList<>();
        final List<String> shards = new ArrayList<>();
        boolean opened;

        @Override
        public void open(DeserializationSchema.InitializationContext context) {
            opened = true;
        }

        @Override
        public void deserialize(Record record, String stream, String shardId, Collector<String> output) {
            records.add(record);
            streams.add(stream);
            shards.add(shardId);
        }

        @Override
        public TypeInformation<String> getProducedType() {
            return Types.STRING;
        }
    }
}
