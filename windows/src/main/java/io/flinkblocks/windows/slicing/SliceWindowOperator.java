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

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.flink.annotation.Internal;
import org.apache.flink.api.common.functions.AggregateFunction;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.common.typeutils.base.LongSerializer;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.api.java.tuple.Tuple3;
import org.apache.flink.api.java.typeutils.TupleTypeInfo;
import org.apache.flink.metrics.Counter;
import org.apache.flink.runtime.state.KeyGroupRangeAssignment;
import org.apache.flink.runtime.state.StateInitializationContext;
import org.apache.flink.runtime.state.StateSnapshotContext;
import org.apache.flink.runtime.state.internal.InternalValueState;
import org.apache.flink.streaming.api.operators.AbstractStreamOperator;
import org.apache.flink.streaming.api.operators.ChainingStrategy;
import org.apache.flink.streaming.api.operators.OneInputStreamOperator;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;

import io.flinkblocks.operators.metrics.KinesisAnalyticsMetrics;
import io.flinkblocks.windows.result.WindowResult;

/**
 * Keyed windows built from slices, as a keyed operator ({@code keyedStream.transform(...)}): one
 * accumulator per (key, slice) in keyed value state, the slice start as its namespace; a window result
 * merges the {@code size / slice} slices of the window when it fires. A record costs one accumulator
 * update, so its cost does not grow with {@code size / slide} as with Flink's
 * {@code SlidingEventTimeWindows}, which copies every record into each of its windows.
 *
 * <p>There are no per-key timers. The operator keeps an index, in memory, of the pending slices and the
 * keys holding data in each ({@link PendingSlices}): a key is added when its (key, slice) is created. In event time the
 * watermark fires every window whose end it passed, for the keys of the window's slices, and then
 * removes the slices past their cleanup time; in processing time an operator-level processing-time
 * callback at the next pending window end does the same, and registers the one after. With many keys
 * that is what makes windows cheap: a record that opens a (key, window) costs one state entry and one
 * list append, not a timer in a priority queue.
 *
 * <p>Results are those of Flink's window operator with the same assigner, trigger, allowed lateness and
 * aggregate: a window fires when the watermark (or processing time) passes its end, if it holds data;
 * a record that arrives after its window fired but within the allowed lateness fires that window again
 * at once with the updated value; a record whose windows are all past the allowed lateness is late. A
 * slice is removed once its last window is past the allowed lateness, so state does not grow without
 * bound.
 *
 * <p>State: the slices are ordinary keyed state, so they are snapshotted, restored and redistributed
 * over key groups on rescaling like any keyed state. On restore the index is rebuilt from the keys and
 * namespaces of that state. How far windows had fired (the watermark, or processing time, of the last
 * firing, {@link FiringProgress}) is kept per range of key groups in union operator state, so restored
 * windows that already fired do not fire again, even when keys come from subtasks that had fired up to
 * different times.
 *
 * <p>State buffer: accumulators per (key, slice) are kept in memory, up to a bound, and go to keyed
 * state when the buffer is full and before each checkpoint barrier ({@link #prepareSnapshotPreBarrier}).
 * A window that fires between two checkpoints, with its slices still in the buffer, never touches the
 * state backend; on RocksDB that saves a read and a write per (key, slice).
 *
 * @param <IN> a record's key and value, or a partial accumulator of a slice (two-phase aggregation)
 */
@Internal
public abstract class SliceWindowOperator<IN, K, ACC, R> extends AbstractStreamOperator<WindowResult<K, R>>
        implements OneInputStreamOperator<IN, WindowResult<K, R>> {

    private static final long serialVersionUID = 1L;

    /** Counter of records (or partial accumulators) that arrived too late for every window. */
    public static final String LATE_COUNTER = "lateRecords";

    /** Keyed value state of the slices' accumulators, namespaced by slice start. */
    static final String SLICES_STATE = "slices";

    /** Union operator state: (first key group, last key group, time up to which windows fired). */
    static final String PROGRESS_STATE = "slice-window-progress";

    /**
     * The default bound of the state buffer, in (key, slice) accumulators: about 35 MiB of heap with
     * small accumulators (71 bytes an entry measured, index included, plus the key objects), so that
     * eight subtasks fit in the 3 GB heap of an MSF KPU at its highest ParallelismPerKPU.
     */
    public static final int DEFAULT_BUFFER_ENTRIES = 500_000;

    /** Below this, a time means "nothing fired yet" (it keeps window arithmetic from overflowing). */
    private static final long NEVER = Long.MIN_VALUE / 2;

    protected final WindowSlicing slicing;
    protected final boolean eventTime;
    protected final AggregateFunction<?, ACC, R> function;
    private final TypeInformation<ACC> accumulatorType;
    private int maxBufferEntries = DEFAULT_BUFFER_ENTRIES;

    protected transient TypeSerializer<ACC> accumulatorSerializer;
    private transient InternalValueState<K, Long, ACC> slices;
    private transient ListState<Tuple3<Integer, Integer, Long>> progressState;
    private transient TypeSerializer<K> keySerializer;
    private transient Counter lateRecords;

    /** Pending slices, by start, the keys that hold data in each, and the state buffer. */
    private transient PendingSlices<K, ACC> pending;
    /** How far windows have fired, per key group after a restore. */
    private transient FiringProgress progress;

    /** The current event-time watermark: what decides whether a record is late. */
    private transient long watermark;
    /**
     * After a restore, before the watermark is back where it was: (key, window) that fired before the
     * snapshot and got new records since, to fire again when the watermark passes their end.
     */
    private transient TreeMap<Long, LinkedHashSet<K>> refires;
    /** Processing time: the times of the registered operator callbacks. */
    private transient TreeSet<Long> callbacks;
    /** The results of a window of several slices, by key, while they are merged: reused. */
    private transient LinkedHashMap<K, ACC> windowResults;
    /** The record of the result being emitted: reused, as Flink's operators do. */
    private transient StreamRecord<WindowResult<K, R>> result;

    protected SliceWindowOperator(
            WindowSlicing slicing,
            boolean eventTime,
            AggregateFunction<?, ACC, R> function,
            TypeInformation<ACC> accumulatorType) {
        if (!eventTime && slicing.allowedLateness() != 0) {
            throw new IllegalArgumentException("allowed lateness applies to event time only");
        }
        this.slicing = slicing;
        this.eventTime = eventTime;
        this.function = function;
        this.accumulatorType = accumulatorType;
        // chained to the operator after it, as Flink's own keyed functions are (an operator's default is HEAD)
        setChainingStrategy(ChainingStrategy.ALWAYS);
    }

    /**
     * Keeps up to {@code maxEntries} (key, slice) accumulators in memory before they go to keyed state;
     * 0 writes every record through to state.
     */
    public SliceWindowOperator<IN, K, ACC, R> withStateBuffer(int maxEntries) {
        if (maxEntries < 0) {
            throw new IllegalArgumentException("state buffer entries must be 0 or more, got " + maxEntries);
        }
        this.maxBufferEntries = maxEntries;
        return this;
    }

    /** The time that decides the record's slice. */
    protected abstract long timeOf(StreamRecord<IN> element);

    /** Adds the input to the slice's accumulator ({@code null} for a new slice) and returns the new one. */
    protected abstract ACC fold(IN input, ACC accumulator) throws Exception;

    /** Called for input that is late for every window, after the late counter was incremented. */
    protected abstract void onLate(StreamRecord<IN> element, long time);

    @Override
    @SuppressWarnings("unchecked")
    public void initializeState(StateInitializationContext context) throws Exception {
        super.initializeState(context);
        accumulatorSerializer =
                accumulatorType.createSerializer(getExecutionConfig().getSerializerConfig());
        keySerializer = (TypeSerializer<K>) getKeyedStateBackend().getKeySerializer();
        slices = (InternalValueState<K, Long, ACC>) getOrCreateKeyedState(
                LongSerializer.INSTANCE, new ValueStateDescriptor<>(SLICES_STATE, accumulatorSerializer));
        progressState = context.getOperatorStateStore()
                .getUnionListState(new ListStateDescriptor<>(
                        PROGRESS_STATE,
                        new TupleTypeInfo<Tuple3<Integer, Integer, Long>>(Types.INT, Types.INT, Types.LONG)));
        int maxParallelism = getRuntimeContext().getTaskInfo().getMaxNumberOfParallelSubtasks();
        progress = new FiringProgress(
                KeyGroupRangeAssignment.computeKeyGroupRangeForOperatorIndex(
                        maxParallelism,
                        getRuntimeContext().getTaskInfo().getNumberOfParallelSubtasks(),
                        getRuntimeContext().getTaskInfo().getIndexOfThisSubtask()),
                maxParallelism);
        pending = new PendingSlices<>(slicing, maxBufferEntries);
        windowResults = new LinkedHashMap<>();
        callbacks = new TreeSet<>();
        watermark = Long.MIN_VALUE;
        refires = null;
        if (context.isRestored()) {
            progress.restore(progressState.get());
            try (Stream<Tuple2<K, Long>> entries =
                    this.<K>getKeyedStateBackend().<Long>getKeysAndNamespaces(SLICES_STATE)) {
                entries.forEach(entry -> pending.restored(entry.f0, entry.f1));
            }
        }
    }

    @Override
    public void open() throws Exception {
        super.open();
        result = new StreamRecord<>(null);
        lateRecords = KinesisAnalyticsMetrics.counter(getMetricGroup(), LATE_COUNTER);
        if (!eventTime) {
            scheduleNextCallback(); // restored slices: their windows fire as soon as processing time allows
        }
    }

    /**
     * Writes the buffer to keyed state before the checkpoint barrier goes on: the snapshot then holds
     * every record this operator received before the barrier, so a restore or a rescale is exact.
     */
    @Override
    public void prepareSnapshotPreBarrier(long checkpointId) throws Exception {
        super.prepareSnapshotPreBarrier(checkpointId);
        flushBuffer();
    }

    @Override
    public void snapshotState(StateSnapshotContext context) throws Exception {
        super.snapshotState(context);
        progressState.update(progress.snapshot());
    }

    /** The number of late inputs this instance has seen: the value of its counter. */
    public long lateCount() {
        return lateRecords == null ? 0 : lateRecords.getCount();
    }

    /** The number of (key, slice) entries in the index of pending slices. */
    int indexedSlices() {
        return pending.entries();
    }

    /** The number of (key, slice) accumulators in keyed state (read from the backend: for tests). */
    long stateEntries() throws Exception {
        try (Stream<Tuple2<K, Long>> entries =
                this.<K>getKeyedStateBackend().<Long>getKeysAndNamespaces(SLICES_STATE)) {
            return entries.count();
        }
    }

    /** The number of (key, slice) accumulators held in the buffer, not yet in keyed state. */
    int bufferedEntries() {
        return pending.bufferedEntries();
    }

    /** Processing time: the number of registered operator callbacks. */
    int pendingCallbacks() {
        return callbacks.size();
    }

    @Override
    public void processElement(StreamRecord<IN> element) throws Exception {
        long time = timeOf(element);
        PendingSlice<K, ACC> entry = pending.lastIfContains(time);
        if (entry == null) {
            long start = slicing.sliceStart(time);
            if (eventTime && slicing.cleanupTime(start) <= watermark) {
                late(element, time);
                return;
            }
            entry = sliceOf(start);
        } else if (eventTime && entry.cleanupTime <= watermark) {
            // the slice of the previous record: its times are known without the divisions of the arithmetic
            late(element, time);
            return;
        }
        ACC current = pending.buffering()
                ? foldIntoBuffer(entry, element.getValue())
                : foldIntoState(entry, element.getValue());
        long fired = progress.firedUpToOf(getCurrentKey());
        if (entry.firstWindowEnd - 1 > fired) {
            // no window of this slice has fired: the common case
            if (current == null) {
                entry.keys.add(currentKey());
            }
            return;
        }
        if (eventTime) {
            updateFiredWindows(entry, fired, current == null, element);
        } else if (current == null) {
            refireInProcessingTime(entry, fired);
        }
    }

    /**
     * Folds the input into the current key's accumulator of the slice in keyed state. Returns the
     * accumulator before the input, null if the key had none in the slice.
     */
    private ACC foldIntoState(PendingSlice<K, ACC> entry, IN input) throws Exception {
        // the slice's own Long as namespace: every entry of the slice in state shares it
        slices.setCurrentNamespace(entry.start);
        ACC current = slices.value();
        slices.update(fold(input, current));
        entry.inState = true;
        return current;
    }

    /**
     * Folds the input into the current key's accumulator of the slice in the buffer, read from state
     * first if the slice was ever written there. Returns the accumulator before the input, null if the
     * key had none in the slice. A full buffer is written to state, so it holds at most
     * maxBufferEntries accumulators.
     */
    private ACC foldIntoBuffer(PendingSlice<K, ACC> entry, IN input) throws Exception {
        @SuppressWarnings("unchecked")
        K key = (K) getCurrentKey();
        ACC current = entry.buffered(key);
        if (current != null) {
            ACC updated = fold(input, current);
            if (updated != current) {
                entry.buffer.put(key, updated);
            }
            return current;
        }
        if (entry.inState) {
            slices.setCurrentNamespace(entry.start);
            current = slices.value();
        }
        if (pending.buffer(entry, currentKey(), fold(input, current))) {
            flushBuffer();
            setCurrentKey(key);
        }
        return current;
    }

    /** Writes every buffered accumulator to keyed state and empties the buffer. */
    private void flushBuffer() throws Exception {
        pending.drainBuffer((namespace, key, accumulator) -> {
            setCurrentKey(key);
            slices.setCurrentNamespace(namespace);
            slices.update(accumulator);
        });
    }

    private void late(StreamRecord<IN> element, long time) {
        lateRecords.inc();
        onLate(element, time);
    }

    /**
     * Event time: a record for a slice some of whose windows have fired. Those still within the allowed
     * lateness fire again at once with the new record, as Flink's event-time trigger does; the slice's
     * later windows fire with the watermark. After a restore, while the watermark is still behind the
     * one of the snapshot, a window that fired before the snapshot fires again when the watermark passes
     * its end, as Flink's window operator does with the timer such a record registers.
     */
    private void updateFiredWindows(PendingSlice<K, ACC> entry, long fired, boolean created, StreamRecord<IN> element)
            throws Exception {
        long slice = entry.startMillis;
        K key = currentKey();
        if (created) {
            entry.keys.add(key);
        }
        long end = slicing.firstWindowEnd(slice);
        if (watermark > NEVER) {
            end = Math.max(end, slicing.windowEndAtOrAfter(watermark + 2 - slicing.allowedLateness()));
        }
        for (long last = slicing.lastWindowEnd(slice); end <= last && end - 1 <= fired; end += slicing.slide()) {
            if (end - 1 <= watermark) {
                ACC merged = mergeCurrentKey(end);
                if (merged != null) {
                    emit(key, end, merged, element.hasTimestamp() ? element.getTimestamp() : end - 1);
                }
            } else {
                if (refires == null) {
                    refires = new TreeMap<>();
                }
                refires.computeIfAbsent(end, e -> new LinkedHashSet<>()).add(key);
            }
        }
    }

    /**
     * Processing time: a record that created its (key, slice) in the very millisecond a window of the
     * slice fired fires that window once more, as Flink's processing-time trigger does.
     */
    private void refireInProcessingTime(PendingSlice<K, ACC> entry, long fired) throws Exception {
        long slice = entry.startMillis;
        K key = currentKey();
        for (long end = slicing.firstWindowEnd(slice), last = slicing.lastWindowEnd(slice);
                end <= last && end - 1 <= fired;
                end += slicing.slide()) {
            ACC merged = mergeCurrentKey(end);
            if (merged != null) {
                emit(key, end, merged, end - 1);
            }
        }
        if (slicing.cleanupTime(slice) <= fired) {
            pending.unbuffer(entry, key);
            if (entry.inState) {
                slices.setCurrentNamespace(entry.start);
                slices.clear();
            }
        } else {
            entry.keys.add(key);
        }
    }

    @Override
    public void processWatermark(Watermark mark) throws Exception {
        if (eventTime) {
            watermark = mark.getTimestamp();
            advance(watermark);
        }
        super.processWatermark(mark);
    }

    private void onProcessingTime(long time) throws Exception {
        callbacks.remove(time);
        advance(time);
        scheduleNextCallback();
    }

    /** Registers a callback for the first pending window end, unless an earlier one is registered. */
    private void scheduleNextCallback() {
        long end = pending.pendingEndFrom(firstEndAfter(progress.firedUpTo()));
        if (end != PendingSlices.NONE
                && (callbacks.isEmpty() || end - 1 < callbacks.first())
                && callbacks.add(end - 1)) {
            getProcessingTimeService().registerTimer(end - 1, this::onProcessingTime);
        }
    }

    /**
     * Fires every window whose end - 1 is at or before {@code time} and has not fired yet, for every key
     * with data in it, then removes the slices whose cleanup time is at or before {@code time}.
     */
    private void advance(long time) throws Exception {
        if (refires != null) {
            fireRefires(time);
        }
        if (time > progress.firedUpTo()) {
            for (long end = pending.pendingEndFrom(firstEndAfter(progress.firedUpTo()));
                    end != PendingSlices.NONE && end - 1 <= time;
                    end = pending.pendingEndFrom(end + slicing.slide())) {
                fireWindow(end, time);
            }
            progress.firedTo(time);
        }
        removeExpiredSlices(time);
    }

    /** The first window end whose window has not fired when windows fired up to {@code fired}. */
    private long firstEndAfter(long fired) {
        return fired <= NEVER ? NEVER : slicing.windowEndAtOrAfter(fired + 2);
    }

    /** Fires the window ending at {@code end} for the keys of its slices. */
    private void fireWindow(long end, long time) throws Exception {
        long start = end - slicing.size();
        // The slices of the window's first slide have no later window: they go once it is past the lateness.
        boolean expiring = end - 1 + slicing.allowedLateness() <= time;
        long clearBefore = expiring ? start + slicing.slide() : Long.MIN_VALUE;
        NavigableMap<Long, PendingSlice<K, ACC>> windowSlices = pending.window(end);
        if (windowSlices.isEmpty()) {
            return;
        } else if (windowSlices.size() == 1) {
            // one slice (a tumbling window): its keys' accumulators are the results
            PendingSlice<K, ACC> slice = windowSlices.firstEntry().getValue();
            boolean leaving = slice.startMillis < clearBefore;
            for (K key : slice.keys) {
                ACC part = read(slice, key, leaving);
                if (part != null && progress.firedUpToOf(key) < end - 1) {
                    emit(key, end, part, end - 1); // getResult reads the accumulator: no copy
                }
            }
        } else {
            // Merged slice by slice, a key's parts as they come: the work is the window's (key, slice)
            // entries, not its keys times its slices, which matters for many keys and many slices.
            LinkedHashMap<K, ACC> merged = windowResults;
            for (PendingSlice<K, ACC> slice : windowSlices.values()) {
                boolean leaving = slice.startMillis < clearBefore;
                for (K key : slice.keys) {
                    ACC part = read(slice, key, leaving);
                    if (part == null) {
                        continue;
                    }
                    // copy: merge may modify either argument, and a slice that stays must stay as it is
                    part = leaving ? part : accumulatorSerializer.copy(part);
                    ACC current = merged.get(key);
                    merged.put(key, current == null ? part : function.merge(current, part));
                }
            }
            for (Map.Entry<K, ACC> result : merged.entrySet()) {
                K key = result.getKey();
                if (progress.firedUpToOf(key) < end - 1) {
                    emit(key, end, result.getValue(), end - 1);
                }
            }
            merged.clear();
        }
        if (expiring) {
            pending.dropFired(start, clearBefore);
        }
    }

    /**
     * The accumulator of {@code key} in the slice, from the buffer or else from state (only a slice that
     * was written to state is read there). A slice that is {@code leaving} loses the key's state entry.
     */
    private ACC read(PendingSlice<K, ACC> slice, K key, boolean leaving) throws Exception {
        ACC part = slice.buffered(key);
        if (slice.inState && (part == null || leaving)) {
            setCurrentKey(key);
            slices.setCurrentNamespace(slice.start);
            if (part == null) {
                part = slices.value();
            }
            if (leaving) {
                slices.clear();
            }
        }
        return part;
    }

    private void fireRefires(long time) throws Exception {
        while (!refires.isEmpty() && refires.firstKey() - 1 <= time) {
            Map.Entry<Long, LinkedHashSet<K>> entry = refires.pollFirstEntry();
            long end = entry.getKey();
            for (K key : entry.getValue()) {
                setCurrentKey(key);
                ACC merged = mergeCurrentKey(end);
                if (merged != null) {
                    emit(key, end, merged, end - 1);
                }
            }
        }
        if (refires.isEmpty()) {
            refires = null;
        }
    }

    /** Removes the slices whose cleanup time is at or before {@code time}, in order of their start. */
    private void removeExpiredSlices(long time) throws Exception {
        for (PendingSlice<K, ACC> slice = pending.pollExpired(time); slice != null; slice = pending.pollExpired(time)) {
            if (slice.inState) {
                // a slice that never left the buffer has nothing in the state backend to remove
                slices.setCurrentNamespace(slice.start);
                for (K key : slice.keys) {
                    setCurrentKey(key);
                    slices.clear();
                }
            }
        }
    }

    /**
     * Merges the current key's accumulators of the pending slices of the window ending at {@code end};
     * null when none holds data. The slices stay as they are: each part is copied before it is merged.
     */
    @SuppressWarnings("unchecked")
    private ACC mergeCurrentKey(long end) throws Exception {
        ACC merged = null;
        K key = (K) getCurrentKey();
        for (PendingSlice<K, ACC> slice : pending.window(end).values()) {
            ACC part = slice.buffered(key);
            if (part == null && slice.inState) {
                slices.setCurrentNamespace(slice.start);
                part = slices.value();
            }
            if (part == null) {
                continue;
            }
            // copy: merge may modify either argument, and the slice must stay as it is for later windows
            part = accumulatorSerializer.copy(part);
            merged = merged == null ? part : function.merge(merged, part);
        }
        return merged;
    }

    private void emit(K key, long end, ACC merged, long timestamp) {
        output.collect(result.replace(
                new WindowResult<>(key, end - slicing.size(), end, function.getResult(merged)), timestamp));
    }

    /** The index entry of a slice, created (and in processing time its window scheduled) if new. */
    private PendingSlice<K, ACC> sliceOf(long start) {
        PendingSlice<K, ACC> slice = pending.get(start);
        if (slice == null) {
            slice = pending.add(start);
            if (!eventTime) {
                scheduleNextCallback();
            }
        }
        return slice;
    }

    @SuppressWarnings("unchecked")
    private K currentKey() {
        // copy: the index outlives the record; keys are immutable in practice, and copying those is free
        return keySerializer.copy((K) getCurrentKey());
    }
}
