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

/**
 * Reading one stock tick from its bytes, in records per second: the guide's tree parse into a
 * {@code Tuple2}, the block's deserializer into a POJO, and the floor, Jackson's streaming parser
 * walking every token and building nothing.
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

    @Setup
    public void setUp() {
        records = StockTickInput.records(RECORDS, 5, 42);
        factory = new JsonFactory();
    }

    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public void guideTreeParse(Blackhole sink) throws Exception {
        for (byte[] record : records) {
            // SimpleStringSchema.deserialize, then the guide's map.
            sink.consume(GuideStyle.tickerAndPrice(new String(record, StandardCharsets.UTF_8)));
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
}
