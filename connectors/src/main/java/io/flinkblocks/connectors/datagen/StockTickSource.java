package io.flinkblocks.connectors.datagen;

import java.util.List;

import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.connector.source.util.ratelimit.RateLimiterStrategy;
import org.apache.flink.connector.datagen.source.DataGeneratorSource;

import io.flinkblocks.runtime.PropertyGroup;

/**
 * A generated source of the guide's stock ticks, the embedded default of every example: no service
 * is needed to run a job locally. Keys of its property group:
 *
 * <ul>
 *   <li>{@code records.per.second}: rate over the whole source, default 10;
 *   <li>{@code record.count}: records in all, default 500, so a local run ends by itself (at the default
 *       rate, after 50 s); {@code 0} means endless ({@code Long.MAX_VALUE} records);
 *   <li>{@code tickers}: comma-separated, default the guide's {@code AAPL, AMZN, MSFT, INTC, TBV};
 *   <li>{@code seed}: makes tickers and prices reproducible, default 42.
 * </ul>
 */
public final class StockTickSource {

    public static final List<String> GUIDE_TICKERS = List.of("AAPL", "AMZN", "MSFT", "INTC", "TBV");
    static final List<String> KEYS = List.of("connector", "records.per.second", "record.count", "tickers", "seed");

    private StockTickSource() {}

    /** The source described by the group's keys. */
    public static DataGeneratorSource<String> fromProperties(PropertyGroup group) {
        group.checkKnownKeys(KEYS, false);
        double rate = group.getDouble("records.per.second", 10.0, 0.001, 1_000_000_000.0);
        long count = group.getLong("record.count", 500L, 0L, Long.MAX_VALUE);
        List<String> tickers = group.getList("tickers", GUIDE_TICKERS);
        long seed = group.getLong("seed", 42L);
        return new DataGeneratorSource<>(
                new StockTickGenerator(tickers, seed),
                count == 0 ? Long.MAX_VALUE : count,
                RateLimiterStrategy.perSecond(rate),
                Types.STRING);
    }
}
