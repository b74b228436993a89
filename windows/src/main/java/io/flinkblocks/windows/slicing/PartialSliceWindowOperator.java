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

import org.apache.flink.annotation.Internal;
import org.apache.flink.api.common.functions.AggregateFunction;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.java.tuple.Tuple3;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;

/**
 * Slice windows over partial accumulators (key, slice start, accumulator) from
 * {@link LocalSliceAggregator}: the global phase of two-phase aggregation. It always runs on watermarks:
 * in event time those of the job, in processing time those the local phase emits after each flush.
 */
@Internal
public final class PartialSliceWindowOperator<K, ACC, R> extends SliceWindowOperator<Tuple3<K, Long, ACC>, K, ACC, R> {

    private static final long serialVersionUID = 1L;

    public PartialSliceWindowOperator(
            WindowSlicing slicing, AggregateFunction<?, ACC, R> aggregate, TypeInformation<ACC> accumulatorType) {
        super(slicing, true, aggregate, accumulatorType);
    }

    @Override
    protected long timeOf(StreamRecord<Tuple3<K, Long, ACC>> element) {
        return element.getValue().f1;
    }

    @Override
    protected ACC fold(Tuple3<K, Long, ACC> input, ACC accumulator) {
        // copy: with object reuse the network stack may reuse the incoming accumulator for the next record
        ACC incoming = accumulatorSerializer.copy(input.f2);
        return accumulator == null ? incoming : function.merge(accumulator, incoming);
    }

    @Override
    protected void onLate(StreamRecord<Tuple3<K, Long, ACC>> element, long time) {
        // Only counted: the local phase already sent late records to the late-record output. A partial
        // can only be late here when another subtask's watermark ran ahead of this one's.
    }
}
