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
package io.flinkblocks.benchmarks.window;

import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

import io.flinkblocks.benchmarks.InMemorySource;
import io.flinkblocks.benchmarks.JobBenchmark;
import io.flinkblocks.benchmarks.StockTickInput;

/**
 * The tumbling-window job end to end at parallelism 1, in records per second: bytes in, a 10 s
 * event-time count per ticker, {@code ticker,count} lines discarded. The guide's job, the blocks in one
 * and two phases, and the floor: every record shuffled by its ticker and discarded.
 */
public class TumblingWindowJobBenchmark extends JobBenchmark {

    @Setup(Level.Trial)
    public void loadInput() {
        InMemorySource.load(StockTickInput.records(RECORDS, 5, 42));
    }

    /** As the guide writes it; no object reuse, as the guide's jobs do not enable it. */
    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public void guide() throws Exception {
        run(false, TumblingCountJobs::guide);
    }

    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public void blocksOnePhase() throws Exception {
        run(true, payloads -> TumblingCountJobs.blocks(payloads, false));
    }

    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public void blocksTwoPhase() throws Exception {
        run(true, payloads -> TumblingCountJobs.blocks(payloads, true));
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

    public static void main(String[] args) throws Exception {
        new Runner(new OptionsBuilder().include(TumblingWindowJobBenchmark.class.getName()).build()).run();
    }
}
