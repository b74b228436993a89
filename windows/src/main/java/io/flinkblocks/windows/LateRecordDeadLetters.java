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
package io.flinkblocks.windows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import org.apache.flink.annotation.PublicEvolving;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.flinkblocks.operators.deadletter.DeadLetter;
import io.flinkblocks.operators.deadletter.DeadLetterReason;
import io.flinkblocks.operators.identity.OperatorIdentity;
import io.flinkblocks.operators.json.JsonMappers;
import io.flinkblocks.operators.json.JsonParseFunction;
import io.flinkblocks.operators.metrics.KinesisAnalyticsMetrics;
import io.flinkblocks.windows.result.LateRecord;

/**
 * Turns the late records of a window block into {@link DeadLetter}s with reason
 * {@link DeadLetterReason#LATE}, so that they can go to the same dead-letter output as the records that
 * did not parse, instead of being dropped. Each dead letter's payload is a JSON object naming the key,
 * the value, the event time and the windows the record missed:
 *
 * <pre>{@code
 * {"ticker":"AMZN","price":1.0,"timestamp":1795514400100,"event_time":"2026-11-24T10:00:00.100Z",
 *  "windows":[{"window_start":1795514400000,"window_end":1795514401000}]}
 * }</pre>
 *
 * <pre>{@code
 * DataStream<DeadLetter> late = LateRecordDeadLetters.<String, Double>of("Count ticks per ticker", size, size)
 *         .fields("ticker", "price")
 *         .applyTo(counts.lateRecords());                  // uid "count-ticks-per-ticker-late-records"
 * DeadLetterOutput.attach(parsed.deadLetters().union(late), JsonRecordSerializationSchema.of(DeadLetter.class), properties);
 * }</pre>
 *
 * <p>Windows are those of a {@link WindowBlock} of the given size and slide: aligned to the epoch,
 * starting at multiples of the slide. Each dead letter increments the operator's
 * {@code KinesisAnalytics.deadLetterRecords} counter, as the parse operator's do.
 */
@PublicEvolving
public final class LateRecordDeadLetters<K, V> extends ProcessFunction<LateRecord<K, V>, DeadLetter> {

    private static final long serialVersionUID = 1L;

    private final String window;
    private final long size;
    private final long slide;
    private String keyField = "key";
    private String valueField = "value";

    private transient ObjectMapper mapper;
    private transient Counter deadLetters;

    private LateRecordDeadLetters(String window, Duration size, Duration slide) {
        this.window = OperatorIdentity.of(window).name();
        this.size = size.toMillis();
        this.slide = slide.toMillis();
        if (this.size <= 0 || this.slide <= 0 || this.slide > this.size) {
            throw new IllegalArgumentException("window '" + window + "': size " + size + " and slide " + slide
                    + " must be positive, the slide no larger than the size");
        }
    }

    /**
     * Dead letters for the late records of the window block named {@code window} (its name, as given
     * to {@link WindowBlock#named}), whose windows have this size and slide (slide = size: tumbling).
     */
    public static <K, V> LateRecordDeadLetters<K, V> of(String window, Duration size, Duration slide) {
        return new LateRecordDeadLetters<>(
                window, Objects.requireNonNull(size, "size"), Objects.requireNonNull(slide, "slide"));
    }

    /** The names of the key and value fields in the payload (default {@code key} and {@code value}). */
    public LateRecordDeadLetters<K, V> fields(String keyField, String valueField) {
        this.keyField = Objects.requireNonNull(keyField, "keyField");
        this.valueField = Objects.requireNonNull(valueField, "valueField");
        return this;
    }

    /**
     * Applies this function to a block's {@link WindowedResults#lateRecords()}, with uid and name
     * derived from the window's name ({@code "<window> (late records)"}).
     */
    public SingleOutputStreamOperator<DeadLetter> applyTo(DataStream<LateRecord<K, V>> lateRecords) {
        return OperatorIdentity.of(window)
                .suffixed("late records")
                .applyTo(lateRecords.process(this, TypeInformation.of(DeadLetter.class)));
    }

    @Override
    public void open(OpenContext openContext) {
        mapper = JsonMappers.newMapper();
        deadLetters = KinesisAnalyticsMetrics.counter(getRuntimeContext(), JsonParseFunction.DEAD_LETTER_COUNTER);
    }

    @Override
    public void processElement(LateRecord<K, V> late, Context ctx, Collector<DeadLetter> out) {
        if (mapper == null) { // used without open()
            mapper = JsonMappers.newMapper();
        }
        long firstStart = firstWindowStart(late.getTimestamp());
        long lastStart = Math.floorDiv(late.getTimestamp(), slide) * slide;
        ObjectNode payload = mapper.createObjectNode();
        payload.set(keyField, mapper.valueToTree(late.getKey()));
        payload.set(valueField, mapper.valueToTree(late.getValue()));
        payload.put("timestamp", late.getTimestamp());
        payload.put("event_time", Instant.ofEpochMilli(late.getTimestamp()).toString());
        ArrayNode windows = payload.putArray("windows");
        for (long start = firstStart; start <= lastStart; start += slide) {
            windows.addObject().put("window_start", start).put("window_end", start + size);
        }
        String text;
        try {
            text = mapper.writeValueAsString(payload);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String missed = firstStart == lastStart
                ? "window [" + Instant.ofEpochMilli(firstStart) + ", " + Instant.ofEpochMilli(firstStart + size) + ")"
                : "windows [" + Instant.ofEpochMilli(firstStart) + ", " + Instant.ofEpochMilli(firstStart + size)
                        + ") to [" + Instant.ofEpochMilli(lastStart) + ", " + Instant.ofEpochMilli(lastStart + size)
                        + ")";
        if (deadLetters != null) {
            deadLetters.inc();
        }
        out.collect(new DeadLetter(
                text,
                text.getBytes(StandardCharsets.UTF_8).length,
                false,
                DeadLetterReason.LATE,
                "event time " + Instant.ofEpochMilli(late.getTimestamp()) + " arrived after " + missed + " of '"
                        + window + "' had fired",
                ctx.timerService().currentProcessingTime(),
                window));
    }

    /** The start of the first window that holds {@code timestamp}: the smallest multiple of the slide above {@code timestamp - size}. */
    private long firstWindowStart(long timestamp) {
        return Math.floorDiv(timestamp - size, slide) * slide + slide;
    }
}
