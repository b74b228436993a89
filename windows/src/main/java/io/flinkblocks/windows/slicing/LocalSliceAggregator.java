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
package io.flinkblocks.windows.slicing;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import org.apache.flink.annotation.Internal;
import org.apache.flink.api.common.functions.AggregateFunction;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.java.functions.KeySelector;
import org.apache.flink.api.java.tuple.Tuple3;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.operators.AbstractStreamOperator;
import org.apache.flink.streaming.api.operators.ChainingStrategy;
import org.apache.flink.streaming.api.operators.OneInputStreamOperator;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.runtime.watermarkstatus.WatermarkStatus;
import org.apache.flink.util.OutputTag;

import io.flinkblocks.operators.metrics.KinesisAnalyticsMetrics;
import io.flinkblocks.windows.aggregate.ValueExtractor;
import io.flinkblocks.windows.result.LateRecord;

/**
 * The local phase of two-phase aggregation, before the {@code keyBy}: combines the records of this
 * subtask per (key, slice) into partial accumulators and emits only those, as
 * (key, slice start, accumulator). With a handful of keys the shuffle carries a handful of partials per
 * slice instead of every record.
 *
 * <p>A slice is flushed when the watermark passes its end (event time) or when processing time reaches
 * its end (processing time; the operator then emits its own watermark after each flush, so the global
 * phase fires a window only after every subtask has flushed it). All buffered partials are also flushed
 * before each checkpoint barrier, so the buffer is never part of a snapshot and nothing is lost on
 * restore: flushed partials live on in the global phase's keyed state.
 *
 * <p>Pre-aggregation pays only when keys repeat within a slice. In event time, when the first
 * {@value #SAMPLE_RECORDS} records of a slice hold more than half as many keys as records (say 10 000
 * records over 100 000 tickers), that slice's partials are sent on at once, and the rest of it and the
 * following {@value #PASS_THROUGH_SLICES} slices are not buffered: each record is sent on at once as its
 * own partial, as a flushed slice's records are, which spares the buffer and keeps records flowing to
 * the window operator instead of arriving in a burst at each watermark. The same holds after a flushed
 * slice of at least {@value #SAMPLE_RECORDS} records with that ratio. The next slice is buffered again
 * and measured. Partials of one (key, slice) merge in the global phase whichever way they came, so
 * results do not change.
 *
 * <p>In event time the lateness of a record is decided here, against this subtask's watermark, and late
 * records go to the late-record output; a record whose slice was already flushed is sent on at once, so
 * the global phase can update windows within the allowed lateness.
 */
@Internal
public final class LocalSliceAggregator<T, K, V, ACC> extends AbstractStreamOperator<Tuple3<K, Long, ACC>>
        implements OneInputStreamOperator<T, Tuple3<K, Long, ACC>> {

    private static final long serialVersionUID = 1L;

    /** The fewest records a flushed slice must have held for its key ratio to decide anything. */
    static final int SAMPLE_RECORDS = 1024;
    /** How many slices records pass through unbuffered after a slice that pre-aggregated poorly. */
    static final int PASS_THROUGH_SLICES = 16;

    private final KeySelector<T, K> keySelector;
    private final ValueExtractor<T, V> values;
    private final AggregateFunction<V, ACC, ?> aggregate;
    private final WindowSlicing slicing;
    private final boolean eventTime;
    private final TypeInformation<K> keyType;
    private final OutputTag<LateRecord<K, V>> lateRecords;

    private transient TreeMap<Long, Bucket<K, ACC>> buffers;
    /** The bucket the last buffered record went to. */
    private transient Bucket<K, ACC> lastBucket;
    /** Records of slices before this start are sent on unbuffered (event time). */
    private transient long passThroughBefore;

    private transient TypeSerializer<K> keySerializer;
    private transient long watermark;
    private transient long emittedWatermark;
    private transient Counter lateCounter;

    public LocalSliceAggregator(
            KeySelector<T, K> keySelector,
            ValueExtractor<T, V> values,
            AggregateFunction<V, ACC, ?> aggregate,
            WindowSlicing slicing,
            boolean eventTime,
            TypeInformation<K> keyType,
            OutputTag<LateRecord<K, V>> lateRecords) {
        this.keySelector = keySelector;
        this.values = values;
        this.aggregate = aggregate;
        this.slicing = slicing;
        this.eventTime = eventTime;
        this.keyType = keyType;
        this.lateRecords = lateRecords;
        // Chained to the operator before it, as Flink's own functions are (an operator's default is HEAD):
        // otherwise every parsed record would be serialized to this operator's task, the very cost the
        // local phase exists to avoid.
        setChainingStrategy(ChainingStrategy.ALWAYS);
    }

    @Override
    public void open() throws Exception {
        super.open();
        buffers = new TreeMap<>();
        lastBucket = null;
        passThroughBefore = Long.MIN_VALUE;
        keySerializer = keyType.createSerializer(getExecutionConfig().getSerializerConfig());
        watermark = Long.MIN_VALUE;
        emittedWatermark = Long.MIN_VALUE;
        lateCounter = KinesisAnalyticsMetrics.counter(getMetricGroup(), SliceWindowOperator.LATE_COUNTER);
        if (!eventTime) {
            scheduleFlush(getProcessingTimeService().getCurrentProcessingTime());
        }
    }

    /** The number of late records this instance has seen: the value of its counter. */
    public long lateCount() {
        return lateCounter == null ? 0 : lateCounter.getCount();
    }

    /** The number of buffered partial accumulators. */
    public int bufferedPartials() {
        int n = 0;
        for (Bucket<K, ACC> bucket : buffers.values()) {
            n += bucket.partials.size();
        }
        return n;
    }

    @Override
    public void processElement(StreamRecord<T> element) throws Exception {
        T record = element.getValue();
        K key = keySelector.getKey(record);
        V value = values.valueOf(record);
        long slice;
        if (eventTime) {
            if (!element.hasTimestamp()) {
                throw new IllegalStateException(
                        "event-time window received a record without a timestamp: assign a watermark strategy in the source");
            }
            long timestamp = element.getTimestamp();
            Bucket<K, ACC> last = lastBucket;
            if (last != null
                    && timestamp >= last.slice
                    && timestamp - last.slice < slicing.slice()
                    && last.slice >= passThroughBefore) {
                // In the slice of the previous buffered record, which is still buffered: so it is neither
                // late nor flushed, and is being buffered. No slice arithmetic (two divisions) needed.
                slice = last.slice;
            } else {
                slice = slicing.sliceStart(timestamp);
                if (slicing.cleanupTime(slice) <= watermark) {
                    lateCounter.inc();
                    output.collect(lateRecords, new StreamRecord<>(new LateRecord<>(key, value, timestamp), timestamp));
                    return;
                }
                if (slice + slicing.slice() - 1 <= watermark || slice < passThroughBefore) {
                    output.collect(new StreamRecord<>(
                            Tuple3.of(key, slice, aggregate.add(value, aggregate.createAccumulator())), timestamp));
                    return;
                }
            }
        } else {
            slice = slicing.sliceStart(getProcessingTimeService().getCurrentProcessingTime());
        }
        Bucket<K, ACC> bucket = lastBucket;
        if (bucket == null || bucket.slice != slice) {
            bucket = buffers.get(slice);
            if (bucket == null) {
                bucket = new Bucket<>(slice);
                buffers.put(slice, bucket);
            }
            lastBucket = bucket;
        }
        bucket.records++;
        // one hash lookup per record: the partial is a holder whose accumulator is replaced in place
        Partial<ACC> partial = bucket.partials.get(key);
        if (partial == null) {
            partial = new Partial<>(aggregate.createAccumulator());
            // copy: with object reuse the key may belong to a record object that is reused
            bucket.partials.put(keySerializer.copy(key), partial);
        }
        partial.accumulator = aggregate.add(value, partial.accumulator);
        if (eventTime && bucket.records == SAMPLE_RECORDS && bucket.partials.size() * 2L > bucket.records) {
            // Keys hardly repeat: send this slice on now, rather than holding its partials until the
            // watermark, and let records of the following slices pass through.
            buffers.remove(slice);
            lastBucket = null;
            emit(slice, bucket);
            passThroughBefore = Math.max(passThroughBefore, slice + (1L + PASS_THROUGH_SLICES) * slicing.slice());
        }
    }

    @Override
    public void processWatermark(Watermark mark) throws Exception {
        if (!eventTime) {
            return; // processing time: this operator emits its own watermarks
        }
        flushUpTo(mark.getTimestamp());
        watermark = mark.getTimestamp();
        super.processWatermark(mark);
    }

    @Override
    public void processWatermarkStatus(WatermarkStatus status) throws Exception {
        if (eventTime) {
            super.processWatermarkStatus(status);
        }
    }

    @Override
    public void prepareSnapshotPreBarrier(long checkpointId) throws Exception {
        super.prepareSnapshotPreBarrier(checkpointId);
        flushUpTo(Long.MAX_VALUE);
    }

    @Override
    public void finish() throws Exception {
        flushUpTo(Long.MAX_VALUE);
        if (!eventTime) {
            emitWatermark(Long.MAX_VALUE);
        }
        super.finish();
    }

    private void onProcessingTime(long time) throws Exception {
        long current = slicing.sliceStart(time);
        flushUpTo(current - 1);
        emitWatermark(current - 1);
        scheduleFlush(time);
    }

    private void scheduleFlush(long now) {
        getProcessingTimeService().registerTimer(slicing.sliceStart(now) + slicing.slice(), this::onProcessingTime);
    }

    private void emitWatermark(long timestamp) {
        if (timestamp > emittedWatermark) {
            emittedWatermark = timestamp;
            output.emitWatermark(new Watermark(timestamp));
        }
    }

    /** Emits the partials of every slice that ends at or before {@code time + 1}. */
    private void flushUpTo(long time) {
        while (!buffers.isEmpty() && buffers.firstKey() + slicing.slice() - 1 <= time) {
            Map.Entry<Long, Bucket<K, ACC>> entry = buffers.pollFirstEntry();
            long slice = entry.getKey();
            Bucket<K, ACC> bucket = entry.getValue();
            lastBucket = null;
            emit(slice, bucket);
            if (eventTime && bucket.records >= SAMPLE_RECORDS && bucket.partials.size() * 2L > bucket.records) {
                passThroughBefore = Math.max(passThroughBefore, slice + (1L + PASS_THROUGH_SLICES) * slicing.slice());
            }
        }
    }

    /** Emits the partials of a slice, with the slice's last millisecond as timestamp. */
    private void emit(long slice, Bucket<K, ACC> bucket) {
        long timestamp = slice + slicing.slice() - 1;
        Long start = slice;
        for (Map.Entry<K, Partial<ACC>> partial : bucket.partials.entrySet()) {
            output.collect(
                    new StreamRecord<>(Tuple3.of(partial.getKey(), start, partial.getValue().accumulator), timestamp));
        }
    }

    /** The partials of one slice and how many records they hold. */
    private static final class Bucket<K, ACC> {
        final long slice;
        final Map<K, Partial<ACC>> partials = new HashMap<>();
        long records;

        Bucket(long slice) {
            this.slice = slice;
        }
    }

    /** The accumulator of one key in a bucket. */
    private static final class Partial<ACC> {
        ACC accumulator;

        Partial(ACC accumulator) {
            this.accumulator = accumulator;
        }
    }
}
