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

import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;

import io.flinkblocks.windows.aggregate.Aggregation;
import io.flinkblocks.windows.aggregate.Aggregations;
import io.flinkblocks.windows.result.WindowResult;

/**
 * The heap a pending (key, slice) costs the operator, measured: its entry in the index of pending slices
 * and, while buffered, its accumulator in the state buffer. With RocksDB the accumulators in state are
 * off the heap, so the index and the buffer are all the window keeps on it. The figures (printed, and
 * documented in the module README) size {@code window.state-buffer.max-entries}; the bounds asserted
 * here are generous, so that a change that makes an entry several times larger fails.
 */
class StateBufferFootprintTest {

    private static final int KEYS = 200_000;
    private static final Aggregation<Double, Double, Double> SUM = Aggregations.sum();

    @Test
    void aPendingKeySliceCostsTensOfBytesOfHeap() throws Exception {
        String[] keys = new String[KEYS];
        for (int i = 0; i < KEYS; i++) {
            keys[i] = String.format("TICKER-%06d", i); // the key objects are the records', not the window's
        }
        // RocksDB, nothing written to state yet: the index and the buffer
        double buffered = bytesPerEntry(OperatorSetup.ROCKSDB_BUFFERED, keys);
        System.out.printf("heap per pending (key, slice), index and buffer: %.1f B%n", buffered);
        assertThat(buffered).isBetween(20.0, 200.0);
    }

    /** Heap growth per (key, slice) once every key has a record in one slice; nothing fires. */
    private static double bytesPerEntry(OperatorSetup setup, String[] keys) throws Exception {
        RecordSliceWindowOperator<String, Double, Double, Double> operator =
                setup.buffer(new RecordSliceWindowOperator<>(
                        new WindowSlicing(60_000, 60_000, 0), true, SUM.function(), SUM.accumulatorType(), null));
        operator.withStateBuffer(keys.length + 2); // nothing is written to state while it is measured
        KeyedOneInputStreamOperatorTestHarness<String, Tuple2<String, Double>, WindowResult<String, Double>> harness =
                new KeyedOneInputStreamOperatorTestHarness<>(operator, t -> t.f0, Types.STRING);
        setup.backend(harness);
        try {
            harness.setup(SliceWindowOperatorTest.resultSerializer(Types.DOUBLE));
            harness.open();
            harness.processElement(Tuple2.of("warm-up", 1.0), 1);
            long before = usedHeap();
            for (int i = 0; i < keys.length; i++) {
                harness.processElement(Tuple2.of(keys[i], 1.0), 10 + i % 1000);
            }
            long after = usedHeap();
            assertThat(operator.indexedSlices()).isEqualTo(keys.length + 1);
            return (after - before) / (double) keys.length;
        } finally {
            harness.close();
        }
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            used = Math.min(used, runtime.totalMemory() - runtime.freeMemory());
        }
        return used;
    }
}
