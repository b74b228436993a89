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
package io.flinkblocks.benchmarks.window;

import java.time.Duration;

import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.functions.windowing.ProcessWindowFunction;
import org.apache.flink.streaming.api.windowing.assigners.SlidingEventTimeWindows;
import org.apache.flink.streaming.api.windowing.windows.TimeWindow;
import org.apache.flink.util.Collector;

import io.flinkblocks.benchmarks.BlockParsing;
import io.flinkblocks.operators.model.StockTick;
import io.flinkblocks.windows.WindowBlock;
import io.flinkblocks.windows.aggregate.Aggregation;
import io.flinkblocks.windows.aggregate.Aggregations;
import io.flinkblocks.windows.format.WindowResultCsv;

/**
 * The guide's sliding job, the minimum price per ticker, as {@code ticker,start,end,min} lines. Every
 * variant parses with the block and projects (ticker, price) the same way, so they differ only in the
 * windowing: Flink's {@code SlidingEventTimeWindows} with the same {@code AggregateFunction}, the
 * block's slices, or the block's tumbling windows as the reference. The same job in Flink SQL is
 * {@link SqlWindowJobs#hop(int)}.
 */
public final class SlidingMinJobs {

    /** Every window slides by one second; the size is this times {@code size/slide}. */
    public static final Duration SLIDE = Duration.ofSeconds(1);
    /** The tumbling reference's window. */
    public static final Duration TUMBLING = Duration.ofSeconds(10);

    private SlidingMinJobs() {}

    public static Duration size(int ratio) {
        return SLIDE.multipliedBy(ratio);
    }

    /** Flink's assigner: every tick is added to each of the {@code ratio} windows that hold it. */
    public static DataStream<String> flinkAssigner(DataStream<byte[]> payloads, int ratio) {
        Aggregation<Double, Double, Double> min = Aggregations.min();
        return BlockParsing.ticks(payloads)
                .map(tick -> Tuple2.of(tick.getTicker(), tick.getPrice()))
                .returns(Types.TUPLE(Types.STRING, Types.DOUBLE))
                .uid("ticker-and-price")
                .name("Ticker and price")
                .keyBy(tickerAndPrice -> tickerAndPrice.f0)
                .window(SlidingEventTimeWindows.of(size(ratio), SLIDE))
                .aggregate(
                        new OnSecondField<>(min.function()),
                        new KeyAndWindow(),
                        min.accumulatorType(),
                        Types.DOUBLE,
                        Types.STRING)
                .uid("min-price")
                .name("Min price");
    }

    /** The block's slices: one accumulator update per tick whatever the ratio. */
    public static DataStream<String> blockSliding(DataStream<byte[]> payloads, int ratio, boolean twoPhase) {
        return block(payloads, size(ratio), SLIDE, twoPhase);
    }

    /** The block's tumbling windows of {@link #TUMBLING}: the reference a sliding window is held to. */
    public static DataStream<String> blockTumbling(DataStream<byte[]> payloads, boolean twoPhase) {
        return block(payloads, TUMBLING, TUMBLING, twoPhase);
    }

    private static DataStream<String> block(
            DataStream<byte[]> payloads, Duration size, Duration slide, boolean twoPhase) {
        WindowResultCsv<String, Double> csv = WindowResultCsv.withWindow();
        return WindowBlock.of(BlockParsing.ticks(payloads), StockTick::getTicker, Types.STRING)
                .named("Min price")
                .eventTime()
                .sliding(size, slide)
                .twoPhase(twoPhase)
                .min(StockTick::getPrice)
                .results()
                .map(csv::format)
                .returns(Types.STRING)
                .uid("format")
                .name("Format");
    }

    /** Formats Flink's window result like {@link WindowResultCsv#withWindow()}. */
    private static final class KeyAndWindow extends ProcessWindowFunction<Double, String, String, TimeWindow> {
        private static final long serialVersionUID = 1L;

        @Override
        public void process(String key, Context context, Iterable<Double> mins, Collector<String> out) {
            Double min = mins.iterator().next();
            out.collect(key + "," + context.window().getStart() + ","
                    + context.window().getEnd() + "," + min);
        }
    }
}
