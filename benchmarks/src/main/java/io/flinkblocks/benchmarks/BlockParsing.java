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
