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
package io.flinkblocks.benchmarks.json;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import org.apache.flink.api.common.serialization.DeserializationSchema;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.formats.json.JsonFormatFactory;
import org.apache.flink.formats.json.JsonFormatOptions;
import org.apache.flink.metrics.MetricGroup;
import org.apache.flink.metrics.groups.UnregisteredMetricsGroup;
import org.apache.flink.table.api.DataTypes;
import org.apache.flink.table.data.RowData;
import org.apache.flink.table.runtime.connector.source.ScanRuntimeProviderContext;
import org.apache.flink.table.types.DataType;
import org.apache.flink.util.SimpleUserCodeClassLoader;
import org.apache.flink.util.UserCodeClassLoader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import io.flinkblocks.benchmarks.GuideStyle;
import io.flinkblocks.benchmarks.StockTickInput;
import io.flinkblocks.operators.json.JsonParse;
import io.flinkblocks.operators.json.JsonRecordDeserializationSchema;
import io.flinkblocks.operators.model.StockTick;

/**
 * Reading one stock tick from its bytes, in records per second: the guide's tree parse into a
 * {@code Tuple2}, the block's deserializer into a {@link StockTick} (the hand-written flat reader, and
 * Jackson's data binding for comparison), Flink's JSON format into a {@code RowData} as a SQL table with {@code 'format' = 'json'}
 * reads it, and the floor, Jackson's streaming parser walking every token and building nothing.
 * The block's deserializer runs with all its checks (size, UTF-8, required fields, the tick validator),
 * as the parse operator runs it per record.
 *
 * <p>The benchmarks a goal is set on (the guide, the block's two flat readers, the floor) run three forks;
 * the others, reported only, one.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class JsonParsingBenchmark {

    static final int RECORDS = 10_000;

    /** The SQL table's columns: the tick's three fields, event time as SQL's timestamp. */
    static final DataType TICK_ROW = DataTypes.ROW(
            DataTypes.FIELD("ticker", DataTypes.STRING()),
            DataTypes.FIELD("price", DataTypes.DOUBLE()),
            DataTypes.FIELD("event_time", DataTypes.TIMESTAMP(3)));

    private byte[][] records;
    private JsonFactory factory;
    private JsonRecordDeserializationSchema<StockTick> blockFlat;
    private JsonRecordDeserializationSchema<StockTick> blockJackson;
    private DeserializationSchema<RowData> flinkJson;
    private DeserializationSchema<RowData> flinkJsonTree;

    @Setup
    public void setUp() throws Exception {
        records = StockTickInput.records(RECORDS, 5, 42);
        factory = new JsonFactory();
        blockFlat = JsonParse.of(StockTick.class)
                .reader(StockTick.flatReader())
                .validator(StockTick.validator())
                .deserializationSchema();
        blockJackson =
                JsonParse.of(StockTick.class).validator(StockTick.validator()).deserializationSchema();
        flinkJson = flinkJsonFormat(true);
        flinkJsonTree = flinkJsonFormat(false);
    }

    /**
     * The decoder Flink's JSON format factory makes for the table's columns, with the options of the
     * SQL jobs' table ({@code 'json.timestamp-format.standard' = 'ISO-8601'}, the rest default), so it
     * is exactly what {@code 'format' = 'json'} reads with. {@code decode.json-parser.enabled} (default
     * true) picks the streaming {@code JsonParserRowDataDeserializationSchema}; false picks the tree
     * based {@code JsonRowDataDeserializationSchema}.
     */
    static DeserializationSchema<RowData> flinkJsonFormat(boolean jsonParser) throws Exception {
        Configuration options = new Configuration();
        options.set(JsonFormatOptions.TIMESTAMP_FORMAT, "ISO-8601");
        options.set(JsonFormatOptions.DECODE_JSON_PARSER_ENABLED, jsonParser);
        DeserializationSchema<RowData> schema = new JsonFormatFactory()
                .createDecodingFormat(null, options)
                .createRuntimeDecoder(ScanRuntimeProviderContext.INSTANCE, TICK_ROW);
        schema.open(new DeserializationSchema.InitializationContext() {
            @Override
            public MetricGroup getMetricGroup() {
                return new UnregisteredMetricsGroup();
            }

            @Override
            public UserCodeClassLoader getUserCodeClassLoader() {
                return SimpleUserCodeClassLoader.create(JsonParsingBenchmark.class.getClassLoader());
            }
        });
        return schema;
    }

    /**
     * Deserializes every record with {@code schema}. Each benchmark runs in forks of its own, so the
     * call to {@code deserialize} sees one schema class per JVM, as the parse operator's does.
     */
    private void deserializeEach(DeserializationSchema<?> schema, Blackhole sink) throws Exception {
        for (byte[] record : records) {
            sink.consume(schema.deserialize(record));
        }
    }

    @Benchmark
    @Fork(
            value = 3,
            jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
    @OperationsPerInvocation(RECORDS)
    public void guideTreeParse(Blackhole sink) throws Exception {
        for (byte[] record : records) {
            // SimpleStringSchema.deserialize, then the guide's map.
            sink.consume(GuideStyle.tickerAndPrice(new String(record, StandardCharsets.UTF_8)));
        }
    }

    /** The block's deserializer, as the parse operator calls it. */
    @Benchmark
    @Fork(
            value = 3,
            jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
    @OperationsPerInvocation(RECORDS)
    public void blockFlatReader(Blackhole sink) throws Exception {
        deserializeEach(blockFlat, sink);
    }

    /** The same operator reading with Jackson's data binding instead of the flat reader. */
    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public void blockJacksonBinding(Blackhole sink) throws Exception {
        deserializeEach(blockJackson, sink);
    }

    /** What a SQL table with {@code 'format' = 'json'} reads with: three fields into a {@code RowData}. */
    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public void flinkJsonFormat(Blackhole sink) throws Exception {
        deserializeEach(flinkJson, sink);
    }

    /** The same format with {@code 'json.decode.json-parser.enabled' = 'false'}: {@code JsonRowDataDeserializationSchema}. */
    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public void flinkJsonFormatTree(Blackhole sink) throws Exception {
        deserializeEach(flinkJsonTree, sink);
    }

    @Benchmark
    @Fork(
            value = 3,
            jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
    @OperationsPerInvocation(RECORDS)
    public void floorTokenWalk(Blackhole sink) throws Exception {
        for (byte[] record : records) {
            try (JsonParser parser = factory.createParser(record)) {
                int tokens = 0;
                JsonToken token;
                while ((token = parser.nextToken()) != null) {
                    tokens += token.id();
                }
                sink.consume(tokens);
            }
        }
    }

    public static void main(String[] args) throws Exception {
        new org.openjdk.jmh.runner.Runner(new org.openjdk.jmh.runner.options.OptionsBuilder()
                        .include(JsonParsingBenchmark.class.getName())
                        .build())
                .run();
    }
}
