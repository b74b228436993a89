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
package io.flinkblocks.connectors.datagen;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

import org.apache.flink.annotation.PublicEvolving;
import org.apache.flink.api.common.typeinfo.PrimitiveArrayTypeInfo;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.connector.source.SourceReaderContext;
import org.apache.flink.api.connector.source.util.ratelimit.RateLimiterStrategy;
import org.apache.flink.connector.datagen.source.DataGeneratorSource;
import org.apache.flink.connector.datagen.source.GeneratorFunction;

import io.flinkblocks.connectors.identity.ConnectorKey;
import io.flinkblocks.runtime.PropertyGroup;
import io.flinkblocks.runtime.PropertyOption;

/**
 * A generated source of the guide's stock ticks, the embedded default of every example: no service
 * is needed to run a job locally; 500 ticks by default, so a local run ends by itself (at the
 * default rate, after 50 s). Keys: {@link #OPTIONS}, with type, default, range and description.
 */
@PublicEvolving
public final class StockTickSource {

    public static final List<String> GUIDE_TICKERS = List.of("AAPL", "AMZN", "MSFT", "INTC", "TBV");

    public static final PropertyOption<Double> RECORDS_PER_SECOND = PropertyOption.key("records.per.second")
            .doubleType()
            .range(0.001, 1_000_000_000.0)
            .defaultValue(10.0)
            .description("the rate, over all subtasks");
    public static final PropertyOption<Long> RECORD_COUNT = PropertyOption.key("record.count")
            .longType()
            .min(0L)
            .defaultValue(500L)
            .description("ticks in all; `0`: no end");
    public static final PropertyOption<String> TICKERS = PropertyOption.key("tickers")
            .stringType()
            .noDefaultValue("the guide's: `AAPL,AMZN,MSFT,INTC,TBV`")
            .description("comma-separated ticker symbols");
    public static final PropertyOption<Long> SEED =
            PropertyOption.key("seed").longType().defaultValue(42L).description("the same seed gives the same ticks");

    /** Every option of a datagen group, in the order of the README's table. */
    public static final List<PropertyOption<?>> OPTIONS = List.of(RECORDS_PER_SECOND, RECORD_COUNT, TICKERS, SEED);

    static final List<String> KEYS = ConnectorKey.keysWithConnector(OPTIONS);

    private StockTickSource() {}

    /** The source described by the group's keys. */
    public static DataGeneratorSource<String> fromProperties(PropertyGroup group) {
        return build(group, ticks -> ticks, Types.STRING);
    }

    /** The same ticks as UTF-8 bytes, as a Kinesis or Kafka record would carry them. */
    public static DataGeneratorSource<byte[]> bytesFromProperties(PropertyGroup group) {
        return build(group, Utf8Ticks::new, PrimitiveArrayTypeInfo.BYTE_PRIMITIVE_ARRAY_TYPE_INFO);
    }

    private static <T> DataGeneratorSource<T> build(
            PropertyGroup group, Function<StockTickGenerator, GeneratorFunction<Long, T>> as, TypeInformation<T> type) {
        group.checkKnownKeys(KEYS, false);
        double rate = group.get(RECORDS_PER_SECOND);
        long count = group.get(RECORD_COUNT);
        // A list: the option declares the key, getList splits it.
        List<String> tickers = group.getList(TICKERS.key(), GUIDE_TICKERS);
        long seed = group.get(SEED);
        return new DataGeneratorSource<>(
                as.apply(new StockTickGenerator(tickers, seed)),
                count == 0 ? Long.MAX_VALUE : count,
                RateLimiterStrategy.perSecond(rate),
                type);
    }

    /** The generator's JSON ticks encoded as UTF-8. */
    private static final class Utf8Ticks implements GeneratorFunction<Long, byte[]> {
        private static final long serialVersionUID = 1L;
        private final StockTickGenerator ticks;

        Utf8Ticks(StockTickGenerator ticks) {
            this.ticks = ticks;
        }

        @Override
        public void open(SourceReaderContext readerContext) throws Exception {
            ticks.open(readerContext);
        }

        @Override
        public byte[] map(Long index) {
            return ticks.map(index).getBytes(StandardCharsets.UTF_8);
        }
    }
}
