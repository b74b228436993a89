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
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.util.OutputTag;

import io.flinkblocks.windows.result.LateRecord;

/** Slice windows over (key, value) records: the one-phase path. Late records go to {@code lateRecords}. */
@Internal
public final class RecordSliceWindowOperator<K, V, ACC, R> extends SliceWindowOperator<Tuple2<K, V>, K, ACC, R> {

    private static final long serialVersionUID = 1L;

    private final AggregateFunction<V, ACC, R> aggregate;
    private final OutputTag<LateRecord<K, V>> lateRecords;

    public RecordSliceWindowOperator(
            WindowSlicing slicing,
            boolean eventTime,
            AggregateFunction<V, ACC, R> aggregate,
            TypeInformation<ACC> accumulatorType,
            OutputTag<LateRecord<K, V>> lateRecords) {
        super(slicing, eventTime, aggregate, accumulatorType);
        this.aggregate = aggregate;
        this.lateRecords = lateRecords;
    }

    @Override
    protected long timeOf(StreamRecord<Tuple2<K, V>> element) {
        if (!eventTime) {
            return getProcessingTimeService().getCurrentProcessingTime();
        }
        if (!element.hasTimestamp()) {
            throw new IllegalStateException(
                    "event-time window received a record without a timestamp: assign a watermark strategy in the source");
        }
        return element.getTimestamp();
    }

    @Override
    protected ACC fold(Tuple2<K, V> input, ACC accumulator) {
        return aggregate.add(input.f1, accumulator == null ? aggregate.createAccumulator() : accumulator);
    }

    @Override
    protected void onLate(StreamRecord<Tuple2<K, V>> element, long time) {
        Tuple2<K, V> input = element.getValue();
        output.collect(
                lateRecords, new StreamRecord<>(new LateRecord<>(input.f0, input.f1, time), element.getTimestamp()));
    }
}
