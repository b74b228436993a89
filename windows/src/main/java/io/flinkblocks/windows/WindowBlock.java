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
package io.flinkblocks.windows;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

import org.apache.flink.annotation.PublicEvolving;
import org.apache.flink.api.common.functions.AggregateFunction;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.functions.KeySelector;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.api.java.tuple.Tuple3;
import org.apache.flink.api.java.typeutils.TupleTypeInfo;
import org.apache.flink.api.java.typeutils.TypeExtractor;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.util.OutputTag;

import io.flinkblocks.operators.identity.OperatorIdentity;
import io.flinkblocks.runtime.PropertyGroup;
import io.flinkblocks.runtime.PropertyOption;
import io.flinkblocks.runtime.PropertyOptions;
import io.flinkblocks.windows.aggregate.Aggregation;
import io.flinkblocks.windows.aggregate.Aggregations;
import io.flinkblocks.windows.aggregate.ValueExtractor;
import io.flinkblocks.windows.result.LateRecord;
import io.flinkblocks.windows.result.WindowResult;
import io.flinkblocks.windows.slicing.LocalSliceAggregator;
import io.flinkblocks.windows.slicing.PartialSliceWindowOperator;
import io.flinkblocks.windows.slicing.RecordSliceWindowOperator;
import io.flinkblocks.windows.slicing.SliceWindowOperator;
import io.flinkblocks.windows.slicing.WindowSlicing;

/**
 * Tumbling and sliding windows over a keyed stream, in event or processing time, with a built-in
 * aggregation or any {@link AggregateFunction}.
 *
 * <pre>{@code
 * WindowedResults<String, Double, Double> minPrices = WindowBlock
 *         .of(ticks, StockTick::getTicker, Types.STRING)
 *         .named("Min price per ticker")          // uid "min-price-per-ticker"
 *         .eventTime()
 *         .sliding(Duration.ofSeconds(10), Duration.ofSeconds(5))
 *         .allowedLateness(Duration.ofMinutes(1))
 *         .twoPhase(true)
 *         .min(StockTick::getPrice);
 * minPrices.results()...; minPrices.lateRecords()...;
 * }</pre>
 *
 * <p>Windows are cut into slices of {@code gcd(size, slide)}: a record updates one accumulator, and a
 * window merges its slices when it fires, so sliding windows cost the same per record as tumbling ones.
 * Results equal those of Flink's tumbling and sliding assigners with the same aggregate.
 *
 * <p>Only the key and the value cross the shuffle; with {@link #twoPhase(boolean)} only partial
 * accumulators per (key, slice) do. The blocks keep no reference to records they received or emitted,
 * so they are safe with {@code env.getConfig().enableObjectReuse()}; keys must be immutable, as Flink
 * requires anyway.
 *
 * <p>Properties ({@link #withProperties}): {@code window.time} ({@code event} or {@code processing}),
 * {@code window.size}, {@code window.slide} (default: the size, i.e. tumbling),
 * {@code window.allowed-lateness}, {@code window.two-phase} and {@code window.state-buffer.max-entries}.
 */
@PublicEvolving
public final class WindowBlock<T, K> {

    /** Event or processing time. */
    public enum Time {
        EVENT,
        PROCESSING
    }

    public static final PropertyOption<Time> TIME_OPTION = PropertyOption.key("window.time")
            .enumType(Time.class)
            .noDefaultValue("as built (`eventTime()` unless `processingTime()`)")
            .description("the time windows are measured in");
    public static final PropertyOption<Duration> SIZE_OPTION = PropertyOption.key("window.size")
            .durationType()
            .positive()
            .noDefaultValue("as built; required if the block was built without a size")
            .description("the length of a window");
    public static final PropertyOption<Duration> SLIDE_OPTION = PropertyOption.key("window.slide")
            .durationType()
            .positive()
            .noDefaultValue("the size (tumbling)")
            .description("how far each window starts after the previous one; at most the size");
    public static final PropertyOption<Duration> ALLOWED_LATENESS_OPTION = PropertyOption.key("window.allowed-lateness")
            .durationType()
            .noDefaultValue("as built (`0 s`)")
            .description("how long after a window fired a late record still updates it");
    public static final PropertyOption<Boolean> TWO_PHASE_OPTION = PropertyOption.key("window.two-phase")
            .booleanType()
            .noDefaultValue("as built (`false`)")
            .description("pre-aggregate before the shuffle, for skewed keys");
    public static final PropertyOption<Integer> STATE_BUFFER_ENTRIES_OPTION = PropertyOption.key(
                    "window.state-buffer.max-entries")
            .intType()
            .min(0)
            .noDefaultValue("as built (`500000`)")
            .description(
                    "(key, slice) accumulators kept in memory between checkpoints; `0` writes every record through to state");

    /** Every option {@link #withProperties} reads, in the order of the README's table. */
    public static final List<PropertyOption<?>> OPTIONS = List.of(
            TIME_OPTION,
            SIZE_OPTION,
            SLIDE_OPTION,
            ALLOWED_LATENESS_OPTION,
            TWO_PHASE_OPTION,
            STATE_BUFFER_ENTRIES_OPTION);

    public static final String TIME = TIME_OPTION.key();
    public static final String SIZE = SIZE_OPTION.key();
    public static final String SLIDE = SLIDE_OPTION.key();
    public static final String ALLOWED_LATENESS = ALLOWED_LATENESS_OPTION.key();
    public static final String TWO_PHASE = TWO_PHASE_OPTION.key();
    public static final String STATE_BUFFER_ENTRIES = STATE_BUFFER_ENTRIES_OPTION.key();
    public static final List<String> KEYS = PropertyOptions.keys(OPTIONS);

    /**
     * The default bound of the state buffer, in (key, slice) accumulators: see {@link #stateBuffer(int)}.
     */
    public static final int DEFAULT_STATE_BUFFER_ENTRIES = SliceWindowOperator.DEFAULT_BUFFER_ENTRIES;

    private final DataStream<T> input;
    private final KeySelector<T, K> keySelector;
    private final TypeInformation<K> keyType;

    private String name = "Window";
    private boolean eventTime = true;
    private Duration size;
    private Duration slide;
    private Duration allowedLateness = Duration.ZERO;
    private boolean tumbling;
    private boolean twoPhase;
    private int stateBufferEntries = DEFAULT_STATE_BUFFER_ENTRIES;

    private WindowBlock(DataStream<T> input, KeySelector<T, K> keySelector, TypeInformation<K> keyType) {
        this.input = Objects.requireNonNull(input, "input");
        this.keySelector = Objects.requireNonNull(keySelector, "keySelector");
        this.keyType = Objects.requireNonNull(keyType, "keyType");
    }

    /** Windows over {@code input} keyed by {@code keySelector}, whose keys are of {@code keyType}. */
    public static <T, K> WindowBlock<T, K> of(
            DataStream<T> input, KeySelector<T, K> keySelector, TypeInformation<K> keyType) {
        return new WindowBlock<>(input, keySelector, keyType);
    }

    /** The readable name of the window operator; uids of the block's operators derive from it. */
    public WindowBlock<T, K> named(String name) {
        OperatorIdentity.uidOf(name);
        this.name = name;
        return this;
    }

    /** Windows on the records' timestamps, fired by watermarks (the default). */
    public WindowBlock<T, K> eventTime() {
        this.eventTime = true;
        return this;
    }

    /** Windows on the wall clock of the window operator. */
    public WindowBlock<T, K> processingTime() {
        this.eventTime = false;
        return this;
    }

    public WindowBlock<T, K> tumbling(Duration size) {
        sliding(size, size);
        this.tumbling = true;
        return this;
    }

    public WindowBlock<T, K> sliding(Duration size, Duration slide) {
        this.size = Objects.requireNonNull(size, "size");
        this.slide = Objects.requireNonNull(slide, "slide");
        this.tumbling = false;
        return this;
    }

    /** Event time: how long after a window fired late records still update it (default 0). */
    public WindowBlock<T, K> allowedLateness(Duration lateness) {
        this.allowedLateness = Objects.requireNonNull(lateness, "lateness");
        return this;
    }

    /** Pre-aggregates per (key, slice) before the shuffle. Same results; fewer records cross the network. */
    public WindowBlock<T, K> twoPhase(boolean twoPhase) {
        this.twoPhase = twoPhase;
        return this;
    }

    /**
     * How many (key, slice) accumulators the window operator keeps in memory before they go to keyed
     * state (default {@value #DEFAULT_STATE_BUFFER_ENTRIES}; 0 writes every record through to state).
     * A window that fires before the buffer is written never touches the state backend, which is what
     * makes windows fast on RocksDB; the buffer is written to state when it is full and before every
     * checkpoint, so checkpoints, savepoints and rescaling see every record.
     */
    public WindowBlock<T, K> stateBuffer(int maxEntries) {
        if (maxEntries < 0) {
            throw new IllegalArgumentException("state buffer entries must be 0 or more, got " + maxEntries);
        }
        this.stateBufferEntries = maxEntries;
        return this;
    }

    /** Reads time, size, slide, allowed lateness, two-phase and the state buffer from a property group. */
    public WindowBlock<T, K> withProperties(PropertyGroup group) {
        eventTime = group.get(TIME_OPTION, eventTime ? Time.EVENT : Time.PROCESSING) == Time.EVENT;
        Duration newSize = group.get(SIZE_OPTION, size);
        // A tumbling window stays tumbling when only its size is set: its slide follows the size.
        Duration newSlide = group.get(SLIDE_OPTION, slide == null || tumbling ? newSize : slide);
        if (newSlide.compareTo(newSize) > 0) {
            throw group.invalidValue(SLIDE, "a positive duration no larger than " + SIZE + " (" + newSize + ")");
        }
        size = newSize;
        slide = newSlide;
        allowedLateness = group.get(ALLOWED_LATENESS_OPTION, allowedLateness);
        twoPhase = group.get(TWO_PHASE_OPTION, twoPhase);
        stateBufferEntries = group.get(STATE_BUFFER_ENTRIES_OPTION, stateBufferEntries);
        return this;
    }

    public WindowedResults<K, Double, Long> count() {
        return aggregate(new One<>(), Types.DOUBLE, Aggregations.count());
    }

    public WindowedResults<K, Double, Double> sum(ValueExtractor<T, Double> value) {
        return aggregate(value, Types.DOUBLE, Aggregations.sum());
    }

    public WindowedResults<K, Double, Double> min(ValueExtractor<T, Double> value) {
        return aggregate(value, Types.DOUBLE, Aggregations.min());
    }

    public WindowedResults<K, Double, Double> max(ValueExtractor<T, Double> value) {
        return aggregate(value, Types.DOUBLE, Aggregations.max());
    }

    public WindowedResults<K, Double, Double> average(ValueExtractor<T, Double> value) {
        return aggregate(value, Types.DOUBLE, Aggregations.average());
    }

    /** Any aggregate function, its accumulator and result types inferred like Flink's {@code aggregate}. */
    public <V, ACC, R> WindowedResults<K, V, R> aggregate(
            ValueExtractor<T, V> value, TypeInformation<V> valueType, AggregateFunction<V, ACC, R> function) {
        TypeInformation<ACC> accumulatorType =
                TypeExtractor.getAggregateFunctionAccumulatorType(function, valueType, null, false);
        TypeInformation<R> resultType = TypeExtractor.getAggregateFunctionReturnType(function, valueType, null, false);
        return aggregate(value, valueType, new Aggregation<>(function, accumulatorType, resultType));
    }

    public <V, ACC, R> WindowedResults<K, V, R> aggregate(
            ValueExtractor<T, V> value, TypeInformation<V> valueType, Aggregation<V, ACC, R> aggregation) {
        if (size == null) {
            throw new IllegalStateException("window '" + name + "': set tumbling(size) or sliding(size, slide) first");
        }
        WindowSlicing slicing =
                new WindowSlicing(size.toMillis(), slide.toMillis(), eventTime ? allowedLateness.toMillis() : 0L);
        OperatorIdentity identity = OperatorIdentity.of(name);
        TypeInformation<WindowResult<K, R>> resultType = WindowResult.typeInfo(keyType, aggregation.resultType());
        OutputTag<LateRecord<K, V>> lateTag = new OutputTag<>("late-records", LateRecord.typeInfo(keyType, valueType));

        if (!twoPhase) {
            SingleOutputStreamOperator<Tuple2<K, V>> projected = identity.suffixed("key and value")
                    .applyTo(input.map(
                            new KeyValueProjection<>(keySelector, value), new TupleTypeInfo<>(keyType, valueType)));
            SingleOutputStreamOperator<WindowResult<K, R>> results = identity.applyTo(projected
                    .keyBy(new TupleKey<Tuple2<K, V>, K>(), keyType)
                    .transform(
                            identity.name(),
                            resultType,
                            new RecordSliceWindowOperator<K, V, ACC, R>(
                                            slicing,
                                            eventTime,
                                            aggregation.function(),
                                            aggregation.accumulatorType(),
                                            lateTag)
                                    .withStateBuffer(stateBufferEntries)));
            return new WindowedResults<>(results, results.getSideOutput(lateTag), name, size, slide);
        }

        TypeInformation<Tuple3<K, Long, ACC>> partialType =
                new TupleTypeInfo<>(keyType, Types.LONG, aggregation.accumulatorType());
        OperatorIdentity local = identity.suffixed("local pre-aggregation");
        SingleOutputStreamOperator<Tuple3<K, Long, ACC>> partials = local.applyTo(input.transform(
                local.name(),
                partialType,
                new LocalSliceAggregator<>(
                        keySelector, value, aggregation.function(), slicing, eventTime, keyType, lateTag)));
        SingleOutputStreamOperator<WindowResult<K, R>> results =
                identity.applyTo(partials.keyBy(new TupleKey<Tuple3<K, Long, ACC>, K>(), keyType)
                        .transform(
                                identity.name(),
                                resultType,
                                new PartialSliceWindowOperator<K, ACC, R>(
                                                slicing, aggregation.function(), aggregation.accumulatorType())
                                        .withStateBuffer(stateBufferEntries)));
        return new WindowedResults<>(results, partials.getSideOutput(lateTag), name, size, slide);
    }

    /** The first field of a tuple as the key. */
    private static final class TupleKey<IN extends org.apache.flink.api.java.tuple.Tuple, K>
            implements KeySelector<IN, K> {
        private static final long serialVersionUID = 1L;

        @Override
        public K getKey(IN value) {
            return value.getField(0);
        }
    }

    /** The value of every record for counting: only the key matters. */
    private static final class One<T> implements ValueExtractor<T, Double> {
        private static final long serialVersionUID = 1L;
        private static final Double ONE = 1.0;

        @Override
        public Double valueOf(T record) {
            return ONE;
        }
    }
}
