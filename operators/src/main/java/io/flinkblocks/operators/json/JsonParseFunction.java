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

import java.nio.charset.StandardCharsets;

import org.apache.flink.annotation.PublicEvolving;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

import io.flinkblocks.operators.deadletter.DeadLetter;
import io.flinkblocks.operators.metrics.KinesisAnalyticsMetrics;

/**
 * Parses JSON payloads to records of type {@code T}. Good records go to the main output; every bad one
 * (empty, oversize, not UTF-8, malformed, wrong types, missing required fields, rejected by the validator)
 * goes to the {@link #DEAD_LETTERS} side output as a {@link DeadLetter} and increments the
 * {@code KinesisAnalytics.deadLetterRecords} counter. The function never throws on input, so one bad
 * record cannot put the job in a restart loop.
 *
 * <p>Build it through {@link JsonParse}, which also sets uid and name.
 *
 * @param <IN> the payload type: {@code byte[]} or {@code String}
 */
@PublicEvolving
public abstract class JsonParseFunction<IN, T> extends ProcessFunction<IN, T> {

    private static final long serialVersionUID = 1L;

    /** The dead-letter side output of every parse operator. */
    public static final OutputTag<DeadLetter> DEAD_LETTERS = new OutputTag<DeadLetter>("dead-letters") {};

    /** The counter of dead letters, in the {@code KinesisAnalytics} group. */
    public static final String DEAD_LETTER_COUNTER = "deadLetterRecords";

    private final JsonRecordParser.Settings<T> settings;
    private final String operatorName;

    private transient JsonRecordParser<T> parser;
    private transient Counter deadLetters;

    JsonParseFunction(JsonRecordParser.Settings<T> settings, String operatorName) {
        this.settings = settings;
        this.operatorName = operatorName;
    }

    @Override
    public void open(OpenContext openContext) {
        parser = settings.newParser();
        deadLetters = KinesisAnalyticsMetrics.counter(getRuntimeContext(), DEAD_LETTER_COUNTER);
    }

    /** The number of dead letters this instance has emitted: the value of its counter. */
    public long deadLetterCount() {
        return deadLetters == null ? 0 : deadLetters.getCount();
    }

    /** The payload's bytes, or null for a null payload. */
    abstract byte[] bytesOf(IN payload);

    @Override
    public void processElement(IN payload, Context ctx, Collector<T> out) {
        byte[] bytes = bytesOf(payload);
        T record = parser.parse(bytes);
        if (record != null) {
            out.collect(record);
            return;
        }
        deadLetters.inc();
        ctx.output(
                DEAD_LETTERS,
                DeadLetter.ofBytes(
                        bytes,
                        settings.deadLetterPayloadBytes,
                        parser.reason(),
                        parser.error(),
                        ctx.timerService().currentProcessingTime(),
                        operatorName));
    }

    /** Parses {@code byte[]} payloads, as Kinesis and Kafka deliver them. */
    public static final class FromBytes<T> extends JsonParseFunction<byte[], T> {
        private static final long serialVersionUID = 1L;

        FromBytes(JsonRecordParser.Settings<T> settings, String operatorName) {
            super(settings, operatorName);
        }

        @Override
        byte[] bytesOf(byte[] payload) {
            return payload;
        }
    }

    /** Parses {@code String} payloads (already decoded text, e.g. from {@code SimpleStringSchema}). */
    public static final class FromStrings<T> extends JsonParseFunction<String, T> {
        private static final long serialVersionUID = 1L;

        FromStrings(JsonRecordParser.Settings<T> settings, String operatorName) {
            super(settings, operatorName);
        }

        @Override
        byte[] bytesOf(String payload) {
            return payload == null ? null : payload.getBytes(StandardCharsets.UTF_8);
        }
    }
}
