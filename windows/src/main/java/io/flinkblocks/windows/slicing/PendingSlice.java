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

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

/**
 * A slice with data: its start, the namespace of its entries in keyed state, the keys that hold data in
 * it, and those keys' accumulators held in the state buffer.
 */
final class PendingSlice<K, ACC> {

    /** The slice start as the namespace of its state entries: one Long shared by all of them. */
    final Long start;

    final long startMillis;
    final long firstWindowEnd;
    final long cleanupTime;
    /** The keys with data in the slice, each once. */
    final List<K> keys = new ArrayList<>();
    /** Accumulators not yet in state, or newer than state's; null when none. */
    HashMap<K, ACC> buffer;
    /** Whether some of the slice's accumulators were written to keyed state. */
    boolean inState;

    PendingSlice(long start, WindowSlicing slicing) {
        this.start = start;
        this.startMillis = start;
        this.firstWindowEnd = slicing.firstWindowEnd(start);
        this.cleanupTime = slicing.cleanupTime(start);
    }

    /** Whether {@code time} falls in this slice. */
    boolean contains(long time, WindowSlicing slicing) {
        return time >= startMillis && time - startMillis < slicing.slice();
    }

    /** The buffered accumulator of the key, or null. */
    ACC buffered(K key) {
        return buffer == null ? null : buffer.get(key);
    }

    int bufferSize() {
        return buffer == null ? 0 : buffer.size();
    }
}
