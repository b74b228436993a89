package io.flinkblocks.windows.slicing;

import org.apache.flink.api.common.functions.AggregateFunction;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.util.OutputTag;

import io.flinkblocks.windows.LateRecord;

/** Slice windows over (key, value) records: the one-phase path. Late records go to {@code lateRecords}. */
public final class RecordSliceWindowFunction<K, V, ACC, R> extends SliceWindowFunction<Tuple2<K, V>, K, ACC, R> {

    private static final long serialVersionUID = 1L;

    private final AggregateFunction<V, ACC, R> aggregate;
    private final OutputTag<LateRecord<K, V>> lateRecords;

    public RecordSliceWindowFunction(
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
    protected long timeOf(Tuple2<K, V> input, Context ctx) {
        if (!eventTime) {
            return ctx.timerService().currentProcessingTime();
        }
        Long timestamp = ctx.timestamp();
        if (timestamp == null) {
            throw new IllegalStateException(
                    "event-time window received a record without a timestamp: assign a watermark strategy in the source");
        }
        return timestamp;
    }

    @Override
    protected ACC fold(Tuple2<K, V> input, ACC accumulator) {
        return aggregate.add(input.f1, accumulator == null ? aggregate.createAccumulator() : accumulator);
    }

    @Override
    protected void onLate(Tuple2<K, V> input, long time, Context ctx) {
        ctx.output(lateRecords, new LateRecord<>(input.f0, input.f1, time));
    }
}
