package io.flinkblocks.windows.slicing;

import org.apache.flink.api.common.functions.AggregateFunction;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.java.tuple.Tuple3;

/**
 * Slice windows over partial accumulators (key, slice start, accumulator) from
 * {@link LocalSliceAggregator}: the global phase of two-phase aggregation. It always runs on watermarks:
 * in event time those of the job, in processing time those the local phase emits after each flush.
 */
public final class PartialSliceWindowFunction<K, ACC, R> extends SliceWindowFunction<Tuple3<K, Long, ACC>, K, ACC, R> {

    private static final long serialVersionUID = 1L;

    public PartialSliceWindowFunction(
            WindowSlicing slicing, AggregateFunction<?, ACC, R> aggregate, TypeInformation<ACC> accumulatorType) {
        super(slicing, true, aggregate, accumulatorType);
    }

    @Override
    protected long timeOf(Tuple3<K, Long, ACC> input, Context ctx) {
        return input.f1;
    }

    @Override
    protected ACC fold(Tuple3<K, Long, ACC> input, ACC accumulator) {
        // copy: with object reuse the network stack may reuse the incoming accumulator for the next record
        ACC incoming = accumulatorSerializer.copy(input.f2);
        return accumulator == null ? incoming : function.merge(accumulator, incoming);
    }

    @Override
    protected void onLate(Tuple3<K, Long, ACC> input, long time, Context ctx) {
        // Only counted: the local phase already sent late records to the late-record output. A partial
        // can only be late here when another subtask's watermark ran ahead of this one's.
    }
}
