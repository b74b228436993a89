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
package io.flinkblocks.operators.json;

import java.io.IOException;

import org.apache.flink.annotation.PublicEvolving;
import org.apache.flink.api.common.serialization.DeserializationSchema;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.metrics.Counter;

import io.flinkblocks.operators.deadletter.DeadLetterReason;
import io.flinkblocks.operators.metrics.KinesisAnalyticsMetrics;

/**
 * Deserializes JSON in the source, with the checks of the parse operator. A schema has no side output,
 * so bad records are counted ({@code KinesisAnalytics.deadLetterRecords}) and skipped (a {@code null}
 * result, which the Kinesis and Kafka sources drop). When bad records must be kept, read raw bytes and
 * use {@link JsonParse#fromBytes} instead. Create it with {@link JsonParse#deserializationSchema()}.
 */
@PublicEvolving
public final class JsonRecordDeserializationSchema<T> implements DeserializationSchema<T> {

    private static final long serialVersionUID = 1L;

    private final JsonRecordParser.Settings<T> settings;

    private transient JsonRecordParser<T> parser;
    private transient Counter skipped;

    JsonRecordDeserializationSchema(JsonRecordParser.Settings<T> settings) {
        this.settings = settings;
    }

    @Override
    public void open(InitializationContext context) {
        parser = settings.newParser();
        skipped = KinesisAnalyticsMetrics.counter(context.getMetricGroup(), JsonParseFunction.DEAD_LETTER_COUNTER);
    }

    @Override
    public T deserialize(byte[] message) throws IOException {
        if (parser == null) { // used without open(), e.g. by a connector that does not call it
            parser = settings.newParser();
        }
        T record = parser.parse(message);
        if (record == null && skipped != null) {
            skipped.inc();
        }
        return record;
    }

    /** The last rejection's reason, for callers that call {@link #deserialize} directly. */
    public DeadLetterReason lastReason() {
        return parser == null ? null : parser.reason();
    }

    @Override
    public boolean isEndOfStream(T nextElement) {
        return false;
    }

    @Override
    public TypeInformation<T> getProducedType() {
        return TypeInformation.of(settings.type);
    }
}
