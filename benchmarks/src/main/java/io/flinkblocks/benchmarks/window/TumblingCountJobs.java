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

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.api.java.tuple.Tuple3;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.functions.windowing.ProcessWindowFunction;
import org.apache.flink.streaming.api.windowing.assigners.TumblingEventTimeWindows;
import org.apache.flink.streaming.api.windowing.windows.TimeWindow;
import org.apache.flink.util.Collector;

import io.flinkblocks.benchmarks.BlockParsing;
import io.flinkblocks.benchmarks.GuideStyle;
import io.flinkblocks.operators.model.StockTick;
import io.flinkblocks.windows.WindowBlock;
import io.flinkblocks.windows.aggregate.Aggregation;
import io.flinkblocks.windows.aggregate.Aggregations;
import io.flinkblocks.windows.format.WindowResultCsv;
import io.flinkblocks.windows.result.WindowResult;

/**
 * The tumbling-window job, a 10 s event-time count per ticker as {@code ticker,count} lines, written
 * the guide's way and with the blocks, and the ceiling every such job is held to. The benchmark
 * attaches a discarding sink, the equivalence test a collecting one, so both run exactly these
 * pipelines. The same job in Flink SQL is {@link SqlWindowJobs#tumble()}.
 */
public final class TumblingCountJobs {

    public static final Duration WINDOW = Duration.ofSeconds(10);

    private TumblingCountJobs() {}

    /** As the guide writes it: String, tree parse, Tuple, keyBy, window, sum, string formatting. */
    public static DataStream<String> guide(DataStream<byte[]> payloads) {
        return payloads.map(bytes -> new String(bytes, StandardCharsets.UTF_8))
                .returns(Types.STRING)
                .uid("to-string")
                .name("To string")
                .map(GuideStyle::tickerOneAndTime)
                .returns(Types.TUPLE(Types.STRING, Types.INT, Types.LONG))
                .uid("parse")
                .name("Parse")
                .assignTimestampsAndWatermarks(
                        WatermarkStrategy.<Tuple3<String, Integer, Long>>forBoundedOutOfOrderness(
                                        BlockParsing.OUT_OF_ORDERNESS)
                                .withTimestampAssigner((tick, previous) -> tick.f2))
                .uid("watermarks")
                .name("Watermarks")
                .keyBy(tick -> tick.f0)
                .window(TumblingEventTimeWindows.of(WINDOW))
                .sum(1)
                .uid("count")
                .name("Count ticks")
                .map(count -> count.f0 + "," + count.f1)
                .returns(Types.STRING)
                .uid("format")
                .name("Format");
    }

    /**
     * The blocks' parsing with Flink's own window operator ({@code TumblingEventTimeWindows}, the same
     * count aggregate): how Flink's per-key windows and timers scale with the number of keys, beside
     * the block's.
     */
    public static DataStream<String> flinkWindowOperator(DataStream<byte[]> payloads) {
        Aggregation<Double, Long, Long> count = Aggregations.count();
        return BlockParsing.ticks(payloads)
                .map(tick -> Tuple2.of(tick.getTicker(), 1.0))
                .returns(Types.TUPLE(Types.STRING, Types.DOUBLE))
                .uid("ticker-and-one")
                .name("Ticker and one")
                .keyBy(tickerAndOne -> tickerAndOne.f0)
                .window(TumblingEventTimeWindows.of(WINDOW))
                .aggregate(
                        new OnSecondField<>(count.function()),
                        new KeyAndCount(),
                        count.accumulatorType(),
                        Types.LONG,
                        Types.STRING)
                .uid("count")
                .name("Count ticks");
    }

    /** With the blocks: flat parse with dead letters, the window block's count, its CSV format. */
    public static DataStream<String> blocks(DataStream<byte[]> payloads, boolean twoPhase) {
        return blocks(payloads, twoPhase, WindowBlock.DEFAULT_STATE_BUFFER_ENTRIES);
    }

    /** The same with the window's state buffer bounded to {@code stateBufferEntries} (0: off). */
    public static DataStream<String> blocks(DataStream<byte[]> payloads, boolean twoPhase, int stateBufferEntries) {
        WindowResultCsv<String, Long> csv = WindowResultCsv.keyAndValue();
        return blockResults(payloads, twoPhase, stateBufferEntries)
                .map(csv::format)
                .returns(Types.STRING)
                .uid("format")
                .name("Format");
    }

    /** The blocks' window results, before formatting: what the equivalence test holds SQL's windows to. */
    public static SingleOutputStreamOperator<WindowResult<String, Long>> blockResults(
            DataStream<byte[]> payloads, boolean twoPhase, int stateBufferEntries) {
        return WindowBlock.of(BlockParsing.ticks(payloads), StockTick::getTicker, Types.STRING)
                .named("Count ticks")
                .eventTime()
                .tumbling(WINDOW)
                .twoPhase(twoPhase)
                .stateBuffer(stateBufferEntries)
                .count()
                .results();
    }

    /**
     * The ceiling of every window job here: the same source, the block's parse and watermarks, and
     * nothing after them (no keyBy, no window), so all of it runs chained in one thread. A window job
     * adds its windowing to this; it cannot run faster.
     */
    public static DataStream<StockTick> ceiling(DataStream<byte[]> payloads) {
        return BlockParsing.ticks(payloads);
    }

    /** Formats Flink's window result as the guide's {@code ticker,count}. */
    private static final class KeyAndCount extends ProcessWindowFunction<Long, String, String, TimeWindow> {
        private static final long serialVersionUID = 1L;

        @Override
        public void process(String key, Context context, Iterable<Long> counts, Collector<String> out) {
            out.collect(key + "," + counts.iterator().next());
        }
    }
}
