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
package io.flinkblocks.windows.testutil;

import java.time.Duration;

import org.apache.flink.api.common.functions.AggregateFunction;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.tuple.Tuple3;
import org.apache.flink.api.java.tuple.Tuple4;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.streaming.api.functions.windowing.ProcessWindowFunction;
import org.apache.flink.streaming.api.windowing.assigners.SlidingEventTimeWindows;
import org.apache.flink.streaming.api.windowing.windows.TimeWindow;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

import io.flinkblocks.operators.identity.OperatorIdentity;
import io.flinkblocks.windows.WindowBlock;
import io.flinkblocks.windows.WindowedResults;
import io.flinkblocks.windows.result.LateRecord;
import io.flinkblocks.windows.result.WindowResult;

/** The pipelines the differential tests compare, each turned into tagged text lines. */
public final class Pipelines {

    private Pipelines() {}

    /** Flink's own sliding windows with the same aggregate, as the reference: "tag|key|start|end|value". */
    public static DataStream<String> flinkSliding(
            DataStream<Tuple3<String, Long, Double>> events, String tag, long size, long slide, long lateness) {
        OutputTag<Tuple3<String, Long, Double>> late = new OutputTag<>(tag + "-late", TestEvents.TYPE);
        SingleOutputStreamOperator<String> results = OperatorIdentity.apply(
                events.keyBy(e -> e.f0, Types.STRING)
                        .window(SlidingEventTimeWindows.of(Duration.ofMillis(size), Duration.ofMillis(slide)))
                        .allowedLateness(Duration.ofMillis(lateness))
                        .sideOutputLateData(late)
                        .aggregate(
                                new OnValue(),
                                new Format(tag),
                                Types.TUPLE(Types.LONG, Types.DOUBLE, Types.DOUBLE, Types.DOUBLE),
                                Types.STRING,
                                Types.STRING),
                tag + " Flink sliding windows");
        DataStream<String> lateLines = OperatorIdentity.apply(
                results.getSideOutput(late)
                        .process(
                                new ProcessFunction<Tuple3<String, Long, Double>, String>() {
                                    @Override
                                    public void processElement(
                                            Tuple3<String, Long, Double> e, Context ctx, Collector<String> out) {
                                        out.collect(tag + "-late|" + e.f0 + "|" + ctx.timestamp() + "|" + e.f2);
                                    }
                                },
                                Types.STRING),
                tag + " Flink late records");
        return results.union(lateLines);
    }

    /** The window block with the same aggregate. */
    public static DataStream<String> block(
            DataStream<Tuple3<String, Long, Double>> events,
            String tag,
            long size,
            long slide,
            long lateness,
            boolean twoPhase) {
        WindowedResults<String, Double, String> windows = WindowBlock.of(events, e -> e.f0, Types.STRING)
                .named(tag + " window block")
                .eventTime()
                .sliding(Duration.ofMillis(size), Duration.ofMillis(slide))
                .allowedLateness(Duration.ofMillis(lateness))
                .twoPhase(twoPhase)
                .aggregate(e -> e.f2, Types.DOUBLE, new StatsAggregate());
        DataStream<String> results = OperatorIdentity.apply(
                windows.results()
                        .map(
                                (WindowResult<String, String> r) -> tag + "|" + r.getKey() + "|" + r.getWindowStart()
                                        + "|" + r.getWindowEnd() + "|" + r.getValue(),
                                Types.STRING),
                tag + " format results");
        DataStream<String> late = OperatorIdentity.apply(
                windows.lateRecords()
                        .map(
                                (LateRecord<String, Double> r) ->
                                        tag + "-late|" + r.getKey() + "|" + r.getTimestamp() + "|" + r.getValue(),
                                Types.STRING),
                tag + " format late records");
        return results.union(late);
    }

    /** Feeds a record's value to {@link StatsAggregate}. */
    static final class OnValue
            implements AggregateFunction<Tuple3<String, Long, Double>, Tuple4<Long, Double, Double, Double>, String> {
        private static final long serialVersionUID = 1L;
        private final StatsAggregate stats = new StatsAggregate();

        @Override
        public Tuple4<Long, Double, Double, Double> createAccumulator() {
            return stats.createAccumulator();
        }

        @Override
        public Tuple4<Long, Double, Double, Double> add(
                Tuple3<String, Long, Double> value, Tuple4<Long, Double, Double, Double> acc) {
            return stats.add(value.f2, acc);
        }

        @Override
        public String getResult(Tuple4<Long, Double, Double, Double> acc) {
            return stats.getResult(acc);
        }

        @Override
        public Tuple4<Long, Double, Double, Double> merge(
                Tuple4<Long, Double, Double, Double> a, Tuple4<Long, Double, Double, Double> b) {
            return stats.merge(a, b);
        }
    }

    static final class Format extends ProcessWindowFunction<String, String, String, TimeWindow> {
        private static final long serialVersionUID = 1L;
        private final String tag;

        Format(String tag) {
            this.tag = tag;
        }

        @Override
        public void process(String key, Context context, Iterable<String> values, Collector<String> out) {
            for (String value : values) {
                out.collect(tag + "|" + key + "|" + context.window().getStart() + "|"
                        + context.window().getEnd() + "|" + value);
            }
        }
    }
}
