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
package io.flinkblocks.reliability;

import java.time.Duration;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

import io.flinkblocks.connectors.kafka.KafkaSources;
import io.flinkblocks.operators.identity.OperatorIdentity;
import io.flinkblocks.operators.json.ParsedStream;
import io.flinkblocks.operators.model.StockTick;
import io.flinkblocks.operators.watermarks.WatermarkStrategies;
import io.flinkblocks.runtime.PropertyGroup;
import io.flinkblocks.windows.WindowBlock;
import io.flinkblocks.windows.WindowedResults;
import io.flinkblocks.windows.format.WindowResultCsv;

/**
 * The guide's tumbling-window job built from the blocks, over Kafka: raw JSON ticks from a one-partition topic,
 * parsed with dead letters, event time from {@code event_time} with a 2 s out-of-orderness bound,
 * and a 1 s tumbling count per ticker. Tests attach the sinks.
 */
final class TickWindowJob {

    static final Duration WINDOW = Duration.ofSeconds(1);
    static final long MAX_PAYLOAD_BYTES = 2048;
    static final String COUNT_WINDOW = "Count per ticker";

    final ParsedStream<StockTick> parsed;
    final DataStream<StockTick> ticks;
    final WindowedResults<String, Double, Long> counts;

    private TickWindowJob(
            ParsedStream<StockTick> parsed, DataStream<StockTick> ticks, WindowedResults<String, Double, Long> counts) {
        this.parsed = parsed;
        this.ticks = ticks;
        this.counts = counts;
    }

    /**
     * Defines the job on {@code env}. {@code between} is applied to the parsed ticks before event time
     * is assigned (a failure injector, or nothing); {@code countWindow} names the window, and so sets
     * its uids.
     */
    static TickWindowJob define(
            StreamExecutionEnvironment env,
            PropertyGroup source,
            String countWindow,
            UnaryOperator<DataStream<StockTick>> between) {
        PropertyGroup eventTime = PropertyGroup.of(
                "EventTime",
                Map.of(
                        WatermarkStrategies.TIMESTAMP_FIELD, "event_time",
                        WatermarkStrategies.MAX_OUT_OF_ORDERNESS, "2s"));
        DataStream<byte[]> raw = KafkaSources.bytes(env, source);
        ParsedStream<StockTick> parsed = StockTick.jsonParse()
                .maxPayloadBytes(MAX_PAYLOAD_BYTES)
                // One partition, spread over the parse subtasks: each sees its share in the partition's order,
                // so the jobs' 2 s bound holds at any parallelism, and the idle source subtasks of a
                // parallelism above one do not hold the watermarks back (they are made after the shuffle).
                .fromBytes(raw.rebalance());
        DataStream<StockTick> ticks = OperatorIdentity.apply(
                between.apply(parsed.records())
                        .assignTimestampsAndWatermarks(WatermarkStrategies.fromProperties(eventTime, StockTick.class)),
                "Event time");
        WindowedResults<String, Double, Long> counts = WindowBlock.of(ticks, StockTick::getTicker, Types.STRING)
                .named(countWindow)
                .eventTime()
                .tumbling(WINDOW)
                .count();
        return new TickWindowJob(parsed, ticks, counts);
    }

    /** The count results as {@code ticker,windowStart,windowEnd,count} lines. */
    DataStream<String> countLines() {
        WindowResultCsv<String, Long> csv = WindowResultCsv.withWindow();
        return OperatorIdentity.apply(counts.results().map(csv::format, Types.STRING), "Count lines");
    }
}
