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
package io.flinkblocks.benchmarks;

import java.time.Duration;

import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.streaming.api.datastream.DataStream;

import io.flinkblocks.operators.json.JsonParse;
import io.flinkblocks.operators.model.StockTick;

/**
 * The front of every block job: bytes parsed to {@link StockTick}s by the block's flat reader (dead
 * letters on the side), event time from the tick, watermarks as bounded as the guide job's.
 */
public final class BlockParsing {

    /** The watermark bound of every event-time job here, guide and blocks alike: above the input's 200 ms disorder. */
    public static final Duration OUT_OF_ORDERNESS = Duration.ofMillis(500);

    private BlockParsing() {}

    public static DataStream<StockTick> ticks(DataStream<byte[]> payloads) {
        return JsonParse.of(StockTick.class)
                .named("Parse stock ticks")
                .reader(StockTick.flatReader())
                .fromBytes(payloads)
                .records()
                .assignTimestampsAndWatermarks(WatermarkStrategy.<StockTick>forBoundedOutOfOrderness(OUT_OF_ORDERNESS)
                        .withTimestampAssigner((tick, previous) -> tick.eventTimeMillisUtc()))
                .uid("tick-watermarks")
                .name("Tick watermarks");
    }
}
