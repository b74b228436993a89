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

import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.streaming.util.AbstractStreamOperatorTestHarness;

import io.flinkblocks.testing.flink.StateBackendUnderTest;

/**
 * The ways the slice window operator runs, for harness tests that must hold for all of them: each state
 * backend, with the default state buffer, with a buffer of two entries (written to state all the time,
 * so reads mix buffer and state), and with no buffer (every record written through to state).
 */
enum OperatorSetup {
    HEAP_BUFFERED(StateBackendUnderTest.HEAP, SliceWindowOperator.DEFAULT_BUFFER_ENTRIES),
    HEAP_TINY_BUFFER(StateBackendUnderTest.HEAP, 2),
    HEAP_WRITE_THROUGH(StateBackendUnderTest.HEAP, 0),
    ROCKSDB_BUFFERED(StateBackendUnderTest.ROCKSDB, SliceWindowOperator.DEFAULT_BUFFER_ENTRIES),
    ROCKSDB_TINY_BUFFER(StateBackendUnderTest.ROCKSDB, 2),
    ROCKSDB_WRITE_THROUGH(StateBackendUnderTest.ROCKSDB, 0);

    private final StateBackendUnderTest backend;
    private final int bufferEntries;

    OperatorSetup(StateBackendUnderTest backend, int bufferEntries) {
        this.backend = backend;
        this.bufferEntries = bufferEntries;
    }

    /** Sets the operator's state buffer; returns the operator. */
    <O extends SliceWindowOperator<?, ?, ?, ?>> O buffer(O operator) {
        operator.withStateBuffer(bufferEntries);
        return operator;
    }

    /** Sets the harness's state backend; call before {@code setup}. Returns the harness. */
    <H extends AbstractStreamOperatorTestHarness<?>> H backend(H harness) {
        harness.setStateBackend(backend.create());
        return harness;
    }

    /**
     * A checkpoint as a task takes it: {@code prepareSnapshotPreBarrier} (where the operator writes its
     * buffer to state), then the snapshot.
     */
    static OperatorSubtaskState checkpoint(AbstractStreamOperatorTestHarness<?> harness, long id) throws Exception {
        harness.prepareSnapshotPreBarrier(id);
        return harness.snapshot(id, id);
    }

    /** What the operator holds for (key, slice) pairs: entries in keyed state plus entries in the buffer. */
    static long heldEntries(SliceWindowOperator<?, ?, ?, ?> operator) throws Exception {
        return operator.stateEntries() + operator.bufferedEntries();
    }
}
