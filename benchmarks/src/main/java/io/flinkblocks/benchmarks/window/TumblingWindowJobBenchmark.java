package io.flinkblocks.benchmarks.window;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.tuple.Tuple3;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;
import org.apache.flink.streaming.api.windowing.assigners.TumblingEventTimeWindows;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import io.flinkblocks.benchmarks.BenchmarkCluster;
import io.flinkblocks.benchmarks.GuideStyle;
import io.flinkblocks.benchmarks.InMemorySource;
import io.flinkblocks.benchmarks.StockTickInput;

/**
 * The tumbling-window job end to end at parallelism 1, in records per second: bytes in, a 10 s
 * event-time count per ticker, results formatted as the guide's {@code ticker,count} and discarded.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 5, time = 1)
public class TumblingWindowJobBenchmark {

    static final int RECORDS = 1_000_000;
    static final Duration WINDOW = Duration.ofSeconds(10);

    private BenchmarkCluster cluster;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        InMemorySource.load(StockTickInput.records(RECORDS, 5, 42));
        cluster = new BenchmarkCluster(1);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        cluster.close();
    }

    /** As the guide writes it: String, tree parse, Tuple, keyBy, window, sum, string formatting. */
    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public void guide() throws Exception {
        StreamExecutionEnvironment env = cluster.environment(false);
        InMemorySource.stream(env, RECORDS)
                .map(bytes -> new String(bytes, StandardCharsets.UTF_8)).returns(Types.STRING).uid("to-string")
                .map(GuideStyle::tickerOneAndTime).returns(Types.TUPLE(Types.STRING, Types.INT, Types.LONG)).uid("parse")
                .assignTimestampsAndWatermarks(WatermarkStrategy.<Tuple3<String, Integer, Long>>forBoundedOutOfOrderness(Duration.ofMillis(500))
                        .withTimestampAssigner((tick, previous) -> tick.f2)).uid("watermarks")
                .keyBy(tick -> tick.f0)
                .window(TumblingEventTimeWindows.of(WINDOW))
                .sum(1).uid("count")
                .map(count -> count.f0 + "," + count.f1).returns(Types.STRING).uid("format")
                .sinkTo(new DiscardingSink<>()).uid("discard");
        env.execute("guide tumbling window");
    }

    /** The floor: the same source, every record shuffled by its ticker, then discarded. */
    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public void floorKeyByDiscard() throws Exception {
        StreamExecutionEnvironment env = cluster.environment(true);
        InMemorySource.stream(env, RECORDS)
                .keyBy(TickerKey::of)
                .sinkTo(new DiscardingSink<>()).uid("discard");
        env.execute("keyBy and discard");
    }
}
