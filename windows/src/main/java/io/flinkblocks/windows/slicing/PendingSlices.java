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
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The pending slices of a window operator's subtask, by start, with the keys that hold data in each and
 * the state buffer: accumulators per (key, slice) kept in memory, at most {@code maxBufferEntries} of
 * them, before they go to keyed state. It holds no state handle; the operator reads and writes the
 * backend and tells this index what it did.
 */
final class PendingSlices<K, ACC> {

    /** No pending window. */
    static final long NONE = Long.MAX_VALUE;

    private final WindowSlicing slicing;
    private final int maxBufferEntries;
    private final TreeMap<Long, PendingSlice<K, ACC>> index = new TreeMap<>();
    /** The slice of the last lookup: records of a subtask mostly come in time order. */
    private PendingSlice<K, ACC> last;

    private int bufferedEntries;

    PendingSlices(WindowSlicing slicing, int maxBufferEntries) {
        this.slicing = slicing;
        this.maxBufferEntries = maxBufferEntries;
    }

    /** Whether accumulators go to the buffer first (else straight to keyed state). */
    boolean buffering() {
        return maxBufferEntries > 0;
    }

    /** The slice of the last lookup if {@code time} falls in it, else null. */
    PendingSlice<K, ACC> lastIfContains(long time) {
        PendingSlice<K, ACC> slice = last;
        return slice != null && slice.contains(time, slicing) ? slice : null;
    }

    /** The pending slice starting at {@code start}, or null. */
    PendingSlice<K, ACC> get(long start) {
        PendingSlice<K, ACC> slice = last;
        if (slice == null || slice.startMillis != start) {
            slice = index.get(start);
            if (slice != null) {
                last = slice;
            }
        }
        return slice;
    }

    /** Adds a slice starting at {@code start}, which must not be pending. */
    PendingSlice<K, ACC> add(long start) {
        PendingSlice<K, ACC> slice = new PendingSlice<>(start, slicing);
        index.put(slice.start, slice);
        last = slice;
        return slice;
    }

    /** A (key, slice) restored from keyed state. */
    void restored(K key, long start) {
        PendingSlice<K, ACC> slice = index.computeIfAbsent(start, s -> new PendingSlice<>(s, slicing));
        slice.keys.add(key);
        slice.inState = true;
    }

    /**
     * Buffers the accumulator of a key that has none buffered in the slice. Returns whether the buffer
     * is full now, and must be written to state.
     */
    boolean buffer(PendingSlice<K, ACC> slice, K key, ACC accumulator) {
        if (slice.buffer == null) {
            slice.buffer = new HashMap<>();
        }
        slice.buffer.put(key, accumulator);
        return ++bufferedEntries >= maxBufferEntries;
    }

    /** Drops the key's buffered accumulator of the slice, if any. */
    void unbuffer(PendingSlice<K, ACC> slice, K key) {
        if (slice.buffer != null && slice.buffer.remove(key) != null) {
            bufferedEntries--;
        }
    }

    /** Where the buffer goes: keyed state, one (slice, key, accumulator) at a time. */
    interface StateWriter<K, ACC> {
        void write(Long namespace, K key, ACC accumulator) throws Exception;
    }

    /**
     * Hands every buffered accumulator to {@code writer}, slice by slice (an accumulator in the buffer
     * already holds what state had for its key and slice), and empties the buffer.
     */
    void drainBuffer(StateWriter<K, ACC> writer) throws Exception {
        if (bufferedEntries == 0) {
            return;
        }
        for (PendingSlice<K, ACC> slice : index.values()) {
            if (slice.buffer == null || slice.buffer.isEmpty()) {
                continue;
            }
            for (Map.Entry<K, ACC> buffered : slice.buffer.entrySet()) {
                writer.write(slice.start, buffered.getKey(), buffered.getValue());
            }
            slice.buffer = null;
            slice.inState = true;
        }
        bufferedEntries = 0;
    }

    /** The pending slices of the window ending at {@code end}, in order: only those can hold its data. */
    NavigableMap<Long, PendingSlice<K, ACC>> window(long end) {
        return index.subMap(end - slicing.size(), true, end, false);
    }

    /** The first window end at or after {@code end} whose window holds a pending slice, or NONE. */
    long pendingEndFrom(long end) {
        Long slice = index.ceilingKey(end - slicing.size());
        return slice == null ? NONE : Math.max(end, slicing.firstWindowEnd(slice));
    }

    /** Drops the slices starting in [from, to): their data left with the window that just fired. */
    void dropFired(long from, long to) {
        NavigableMap<Long, PendingSlice<K, ACC>> fired = index.subMap(from, true, to, false);
        for (PendingSlice<K, ACC> slice : fired.values()) {
            bufferedEntries -= slice.bufferSize();
        }
        fired.clear();
        last = null;
    }

    /** Removes and returns the first slice if its cleanup time is at or before {@code time}, else null. */
    PendingSlice<K, ACC> pollExpired(long time) {
        if (index.isEmpty() || slicing.cleanupTime(index.firstKey()) > time) {
            return null;
        }
        PendingSlice<K, ACC> slice = index.pollFirstEntry().getValue();
        bufferedEntries -= slice.bufferSize();
        last = null;
        return slice;
    }

    /** The number of (key, slice) entries in the index. */
    int entries() {
        int n = 0;
        for (PendingSlice<K, ACC> slice : index.values()) {
            n += slice.keys.size();
        }
        return n;
    }

    /** The number of (key, slice) accumulators in the buffer, not yet in keyed state. */
    int bufferedEntries() {
        return bufferedEntries;
    }
}
