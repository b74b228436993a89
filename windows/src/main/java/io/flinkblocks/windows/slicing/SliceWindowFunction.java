package io.flinkblocks.windows.slicing;

import org.apache.flink.api.common.functions.AggregateFunction;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.TimerService;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

import io.flinkblocks.operators.metrics.KinesisAnalyticsMetrics;
import io.flinkblocks.windows.WindowResult;

/**
 * Keyed windows built from slices: one accumulator per (key, slice) in keyed state; a window result
 * merges the {@code size / slice} slices of the window when it fires. A record costs one accumulator
 * update and at most two timer registrations (the next window end, the slice's cleanup), so its cost
 * does not grow with {@code size / slide} as with Flink's {@code SlidingEventTimeWindows}, which copies
 * every record into each of its windows.
 *
 * <p>Results are those of Flink's window operator with the same assigner, trigger, allowed lateness and
 * aggregate: a window fires when the watermark (or processing time) passes its end, if it holds data;
 * a record that arrives after its window fired but within the allowed lateness fires that window again
 * with the updated value; a record whose windows are all past the allowed lateness is late. A slice is
 * removed once its last window is past the allowed lateness, so state does not grow without bound.
 *
 * @param <IN> a record's key and value, or a partial accumulator of a slice (two-phase aggregation)
 */
public abstract class SliceWindowFunction<IN, K, ACC, R> extends KeyedProcessFunction<K, IN, WindowResult<K, R>> {

    private static final long serialVersionUID = 1L;

    /** Counter of records (or partial accumulators) that arrived too late for every window. */
    public static final String LATE_COUNTER = "lateRecords";

    protected final WindowSlicing slicing;
    protected final boolean eventTime;
    protected final AggregateFunction<?, ACC, R> function;
    private final TypeInformation<ACC> accumulatorType;

    private transient MapState<Long, ACC> slices;
    protected transient TypeSerializer<ACC> accumulatorSerializer;
    private transient Counter lateRecords;

    protected SliceWindowFunction(
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
    }

    /** The time that decides the record's slice. */
    protected abstract long timeOf(IN input, Context ctx);

    /** Adds the input to the slice's accumulator ({@code null} for a new slice) and returns the new one. */
    protected abstract ACC fold(IN input, ACC accumulator) throws Exception;

    /** Called for input that is late for every window, after the late counter was incremented. */
    protected abstract void onLate(IN input, long time, Context ctx);

    @Override
    public void open(OpenContext openContext) throws Exception {
        slices = getRuntimeContext().getMapState(new MapStateDescriptor<>("slices", Types.LONG, accumulatorType));
        accumulatorSerializer = getRuntimeContext().createSerializer(accumulatorType);
        lateRecords = KinesisAnalyticsMetrics.counter(getRuntimeContext(), LATE_COUNTER);
    }

    /** The number of late inputs this instance has seen: the value of its counter. */
    public long lateCount() {
        return lateRecords == null ? 0 : lateRecords.getCount();
    }

    @Override
    public void processElement(IN input, Context ctx, Collector<WindowResult<K, R>> out) throws Exception {
        long time = timeOf(input, ctx);
        long slice = slicing.sliceStart(time);
        TimerService timers = ctx.timerService();
        if (!eventTime) {
            // the slice holds the current processing time, so none of its windows has fired yet; a slice
            // that exists already registered its timer with its first record
            if (add(slice, input)) {
                timers.registerProcessingTimeTimer(slicing.firstWindowEnd(slice) - 1);
            }
            return;
        }
        long watermark = timers.currentWatermark();
        long cleanup = slicing.cleanupTime(slice);
        if (cleanup <= watermark) {
            lateRecords.inc();
            onLate(input, time, ctx);
            return;
        }
        boolean created = add(slice, input);
        long first = slicing.firstWindowEnd(slice);
        if (first - 1 > watermark) {
            // Timers are registered by the slice's first record: registering them again for every record
            // would cost two lookups in the timer queue for nothing. The slice was created before its first
            // window fired, so both are still pending.
            if (created) {
                timers.registerEventTimeTimer(cleanup);
                if (first - 1 != cleanup) {
                    timers.registerEventTimeTimer(first - 1);
                }
            }
            return;
        }
        timers.registerEventTimeTimer(cleanup);
        // Some windows of this slice have fired already. Those still within the allowed lateness fire
        // again at once with the new record, as Flink's event-time trigger does; the rest wait for timers.
        long last = slicing.lastWindowEnd(slice);
        long end = Math.max(first, slicing.windowEndAtOrAfter(watermark + 2 - slicing.allowedLateness()));
        for (; end <= last && end - 1 <= watermark; end += slicing.slide()) {
            emit(ctx.getCurrentKey(), end, out);
        }
        if (end <= last) {
            timers.registerEventTimeTimer(end - 1);
        }
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<WindowResult<K, R>> out) throws Exception {
        long end = timestamp + 1;
        if (slicing.isWindowEnd(end)) {
            emit(ctx.getCurrentKey(), end, out);
            long next = end + slicing.slide();
            // Tumbling windows are single slices, each registering its own window's timer: no chain to follow.
            if (!slicing.isTumbling() && hasData(next)) {
                if (eventTime) {
                    ctx.timerService().registerEventTimeTimer(next - 1);
                } else {
                    ctx.timerService().registerProcessingTimeTimer(next - 1);
                }
            }
        }
        // Cleanup times are aligned like window ends, shifted by the lateness: only then can a slice expire.
        long expiringBase = timestamp + 1 - slicing.allowedLateness() - slicing.size();
        if (Math.floorMod(expiringBase, slicing.slide()) == 0) {
            removeSlicesOfSlide(expiringBase);
        }
    }

    /** Folds the input into its slice; true when the slice was new. */
    private boolean add(long slice, IN input) throws Exception {
        ACC current = slices.get(slice);
        slices.put(slice, fold(input, current));
        return current == null;
    }

    /** Emits the window ending at {@code end} if any of its slices holds data. */
    private void emit(K key, long end, Collector<WindowResult<K, R>> out) throws Exception {
        long start = end - slicing.size();
        ACC merged = null;
        for (long slice = start; slice < end; slice += slicing.slice()) {
            ACC part = slices.get(slice);
            if (part != null) {
                // copy: merge may modify either argument, and the slice must stay as it is for later windows
                ACC copy = accumulatorSerializer.copy(part);
                merged = merged == null ? copy : function.merge(merged, copy);
            }
        }
        if (merged != null) {
            out.collect(new WindowResult<>(key, start, end, function.getResult(merged)));
        }
    }

    private boolean hasData(long end) throws Exception {
        for (long slice = end - slicing.size(); slice < end; slice += slicing.slice()) {
            if (slices.contains(slice)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Removes the slices of the slide starting at {@code slideStart}: those whose cleanup time is this
     * timer's. Every slice got a timer at its cleanup time when created (in processing time, the chain
     * of window timers reaches its last window, which is its cleanup time), so each slice is removed by
     * its own timer and no scan of the key's slices is needed.
     */
    private void removeSlicesOfSlide(long slideStart) throws Exception {
        for (long slice = slideStart; slice < slideStart + slicing.slide(); slice += slicing.slice()) {
            slices.remove(slice);
        }
    }
}
