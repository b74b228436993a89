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

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class PendingSlicesTest {

    /** Windows of 3 s sliding by 1 s: slices of 1 s, three to a window, no lateness. */
    private final WindowSlicing slicing = new WindowSlicing(3_000, 1_000, 0);

    @Test
    void findsTheLastSliceWithoutALookupAndOthersByStart() {
        PendingSlices<String, Long> pending = new PendingSlices<>(slicing, 10);
        PendingSlice<String, Long> first = pending.add(0);
        PendingSlice<String, Long> second = pending.add(1_000);

        assertThat(pending.lastIfContains(1_999)).isSameAs(second);
        assertThat(pending.lastIfContains(999)).isNull();
        assertThat(pending.get(0)).isSameAs(first);
        assertThat(pending.lastIfContains(999)).isSameAs(first);
        assertThat(pending.get(5_000)).isNull();
    }

    @Test
    void aWindowHoldsThePendingSlicesOfItsSpan() {
        PendingSlices<String, Long> pending = new PendingSlices<>(slicing, 10);
        for (long start : new long[] {0, 2_000, 3_000, 7_000}) {
            pending.add(start);
        }

        assertThat(pending.window(3_000).keySet()).containsExactly(0L, 2_000L);
        assertThat(pending.window(6_000).keySet()).containsExactly(3_000L);
        assertThat(pending.window(7_000).keySet()).isEmpty();
        // the next window end with data, from a given end on
        assertThat(pending.pendingEndFrom(1_000)).isEqualTo(1_000);
        assertThat(pending.pendingEndFrom(7_000)).isEqualTo(8_000); // the window (5 s, 8 s] holds 7 s
        assertThat(pending.pendingEndFrom(10_001)).isEqualTo(PendingSlices.NONE);
    }

    @Test
    void theBufferReportsFullAtItsBoundAndDrainsSliceBySlice() throws Exception {
        PendingSlices<String, Long> pending = new PendingSlices<>(slicing, 3);
        PendingSlice<String, Long> first = pending.add(0);
        PendingSlice<String, Long> second = pending.add(1_000);

        assertThat(pending.buffer(first, "a", 1L)).isFalse();
        assertThat(pending.buffer(second, "a", 2L)).isFalse();
        assertThat(pending.buffer(second, "b", 3L)).isTrue();
        assertThat(pending.bufferedEntries()).isEqualTo(3);

        List<String> written = new ArrayList<>();
        pending.drainBuffer((namespace, key, accumulator) -> written.add(namespace + "/" + key + "=" + accumulator));

        assertThat(written).containsExactlyInAnyOrder("0/a=1", "1000/a=2", "1000/b=3");
        assertThat(pending.bufferedEntries()).isZero();
        assertThat(first.inState).isTrue();
        assertThat(second.inState).isTrue();
        assertThat(first.buffered("a")).isNull();
    }

    @Test
    void aSliceThatNeverBufferedStaysOutOfState() throws Exception {
        PendingSlices<String, Long> pending = new PendingSlices<>(slicing, 3);
        PendingSlice<String, Long> buffered = pending.add(0);
        PendingSlice<String, Long> empty = pending.add(1_000);
        pending.buffer(buffered, "a", 1L);

        pending.drainBuffer((namespace, key, accumulator) -> {});

        assertThat(buffered.inState).isTrue();
        assertThat(empty.inState).isFalse();
    }

    @Test
    void removedSlicesTakeTheirBufferedEntriesAlong() {
        PendingSlices<String, Long> pending = new PendingSlices<>(slicing, 10);
        PendingSlice<String, Long> first = pending.add(0);
        PendingSlice<String, Long> second = pending.add(1_000);
        PendingSlice<String, Long> third = pending.add(2_000);
        pending.buffer(first, "a", 1L);
        pending.buffer(second, "a", 1L);
        pending.buffer(second, "b", 1L);
        pending.buffer(third, "a", 1L);

        pending.unbuffer(second, "b");
        pending.unbuffer(second, "not buffered");
        assertThat(pending.bufferedEntries()).isEqualTo(3);

        pending.dropFired(0, 1_000);
        assertThat(pending.bufferedEntries()).isEqualTo(2);
        assertThat(pending.get(0)).isNull();

        // the slice of 1 s is last in the window ending at 4 s: cleaned up at 3 999
        assertThat(pending.pollExpired(3_998)).isNull();
        assertThat(pending.pollExpired(3_999)).isSameAs(second);
        assertThat(pending.bufferedEntries()).isEqualTo(1);
        assertThat(pending.lastIfContains(2_500))
                .as("no stale last slice after a removal")
                .isNull();
    }

    @Test
    void restoredEntriesAreIndexedAsInState() {
        PendingSlices<String, Long> pending = new PendingSlices<>(slicing, 10);
        pending.restored("a", 0);
        pending.restored("b", 0);
        pending.restored("a", 1_000);

        assertThat(pending.entries()).isEqualTo(3);
        assertThat(pending.get(0).keys).containsExactly("a", "b");
        assertThat(pending.get(0).inState).isTrue();
        assertThat(pending.bufferedEntries()).isZero();
    }
}
