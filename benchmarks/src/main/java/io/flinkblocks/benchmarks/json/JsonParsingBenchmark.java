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
import io.flinkblocks.operators.json.JsonDeserializationSchema;
import io.flinkblocks.operators.json.JsonParse;
import io.flinkblocks.operators.model.StockTick;

/**
 * Reading one stock tick from its bytes, in records per second: the guide's tree parse into a
 * {@code Tuple2}, the block's deserializer into a {@link StockTick} (the flat reader, and Jackson for
 * comparison), and the floor, Jackson's streaming parser walking every token and building nothing.
 * The block's deserializer runs with all its checks (size, UTF-8, required fields, the tick validator),
 * as the parse operator runs it per record.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class JsonParsingBenchmark {

    static final int RECORDS = 10_000;

    private byte[][] records;
    private JsonFactory factory;
    private JsonDeserializationSchema<StockTick> blockFlat;
    private JsonDeserializationSchema<StockTick> blockJackson;

    @Setup
    public void setUp() {
        records = StockTickInput.records(RECORDS, 5, 42);
        factory = new JsonFactory();
        blockFlat = JsonParse.of(StockTick.class).reader(StockTick.flatReader()).validator(StockTick.validator())
                .deserializationSchema();
        blockJackson = JsonParse.of(StockTick.class).validator(StockTick.validator()).deserializationSchema();
    }

    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public void guideTreeParse(Blackhole sink) throws Exception {
        for (byte[] record : records) {
            // SimpleStringSchema.deserialize, then the guide's map.
            sink.consume(GuideStyle.tickerAndPrice(new String(record, StandardCharsets.UTF_8)));
        }
    }

    /** The block's deserializer, as the parse operator calls it. */
    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public void blockFlatReader(Blackhole sink) throws Exception {
        for (byte[] record : records) {
            sink.consume(blockFlat.deserialize(record));
        }
    }

    /** The same operator reading with Jackson's data binding instead of the flat reader. */
    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public void blockJacksonBinding(Blackhole sink) throws Exception {
        for (byte[] record : records) {
            sink.consume(blockJackson.deserialize(record));
        }
    }

    @Benchmark
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
                .include(JsonParsingBenchmark.class.getName()).build()).run();
    }
}
