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

import org.apache.flink.annotation.PublicEvolving;
import org.apache.flink.api.common.serialization.DeserializationSchema;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.connector.kinesis.source.serialization.KinesisDeserializationSchema;
import org.apache.flink.kinesis.shaded.software.amazon.awssdk.core.SdkBytes;
import org.apache.flink.kinesis.shaded.software.amazon.awssdk.services.kinesis.model.Record;
import org.apache.flink.metrics.Counter;
import org.apache.flink.util.Collector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * De-aggregation of Kinesis Producer Library (KPL) records for {@code KinesisStreamsSource}, which in
 * connector 4.3.0 hands an aggregated record over as one blob (FLINK-32097). Each aggregated record
 * reaches the wrapped schema as its user records, one at a time, each with its own partition key and
 * the aggregate's sequence number and arrival time; every other record reaches it unchanged.
 * {@link KinesisSources} installs it on the new source; use it when building the source yourself:
 *
 * <pre>{@code
 * KinesisStreamsSource.<Tick>builder()
 *         .setStreamArn(arn)
 *         .setDeserializationSchema(KplDeaggregatingSchema.of(new TickDeserializer()))
 *         .build();
 * }</pre>
 *
 * <p>A record that starts with the KPL magic bytes but is not split (its MD5 digest does not match,
 * which by KPL's rule makes it an ordinary record, or its protobuf envelope cannot be read) is handed
 * on whole rather than failing the job, as the legacy consumer does: the wrapped schema decides. To
 * keep such records, read bytes and parse after the source ({@code JsonParse...fromBytes} makes them
 * dead letters with their bytes in Base64). They are counted in
 * {@code KinesisAnalytics.}{@value #NOT_DEAGGREGATED_COUNTER}; the first of each subtask is logged.
 */
@PublicEvolving
public final class KplDeaggregatingSchema<T> implements KinesisDeserializationSchema<T> {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(KplDeaggregatingSchema.class);

    /** The metric group MSF exports to CloudWatch. */
    static final String METRIC_GROUP = "KinesisAnalytics";

    /** Counts records with the KPL magic bytes that were handed on whole. */
    public static final String NOT_DEAGGREGATED_COUNTER = "kplRecordsNotDeaggregated";

    private final KinesisDeserializationSchema<T> delegate;

    private transient KplDeaggregator deaggregator;
    private transient Counter notDeaggregated;
    private transient boolean logged;

    private KplDeaggregatingSchema(KinesisDeserializationSchema<T> delegate) {
        this.delegate = delegate;
    }

    /** Hands each user record's bytes to {@code schema}. */
    public static <T> KplDeaggregatingSchema<T> of(DeserializationSchema<T> schema) {
        return new KplDeaggregatingSchema<>(KinesisDeserializationSchema.of(schema));
    }

    /** Hands each user record to {@code schema} as a Kinesis record with the user record's data and partition key. */
    public static <T> KplDeaggregatingSchema<T> of(KinesisDeserializationSchema<T> schema) {
        return new KplDeaggregatingSchema<>(schema);
    }

    @Override
    public void open(DeserializationSchema.InitializationContext context) throws Exception {
        deaggregator = new KplDeaggregator();
        notDeaggregated = context.getMetricGroup().addGroup(METRIC_GROUP).counter(NOT_DEAGGREGATED_COUNTER);
        delegate.open(context);
    }

    @Override
    public void deserialize(Record record, String stream, String shardId, Collector<T> output) throws IOException {
        SdkBytes data = record.data();
        byte[] bytes = data == null ? null : data.asByteArrayUnsafe();
        if (!KplDeaggregator.hasMagic(bytes)) {
            delegate.deserialize(record, stream, shardId, output);
            return;
        }
        if (deaggregator == null) { // used without open()
            deaggregator = new KplDeaggregator();
        }
        KplDeaggregator.Result result = deaggregator.deaggregate(bytes, record.partitionKey());
        if (result.passedThroughWithMagic()) {
            notDeaggregated(result, record, shardId);
            delegate.deserialize(record, stream, shardId, output);
            return;
        }
        for (KplDeaggregator.UserRecord user : result.records) {
            Record userRecord = record.toBuilder()
                    .data(SdkBytes.fromByteArrayUnsafe(user.data))
                    .partitionKey(user.partitionKey)
                    .build();
            delegate.deserialize(userRecord, stream, shardId, output);
        }
    }

    private void notDeaggregated(KplDeaggregator.Result result, Record record, String shardId) {
        if (notDeaggregated != null) {
            notDeaggregated.inc();
        }
        if (!logged) {
            logged = true;
            LOG.warn(
                    "A record of shard {} (sequence number {}) starts with the KPL magic bytes but was not de-aggregated"
                            + " ({}): it is handed on whole. Further such records are counted in {}.{}, not logged.",
                    shardId,
                    record.sequenceNumber(),
                    result.problem,
                    METRIC_GROUP,
                    NOT_DEAGGREGATED_COUNTER);
        }
    }

    @Override
    public TypeInformation<T> getProducedType() {
        return delegate.getProducedType();
    }
}
