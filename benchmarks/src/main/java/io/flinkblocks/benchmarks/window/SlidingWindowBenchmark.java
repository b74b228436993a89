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

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

import io.flinkblocks.benchmarks.InMemorySource;
import io.flinkblocks.benchmarks.JobBenchmark;
import io.flinkblocks.benchmarks.StockTickInput;

/**
 * Sliding windows (min price per ticker, sliding by 1 s) at size/slide 2, 10 and 60, in records per
 * second: Flink's {@code SlidingEventTimeWindows} with the same aggregate function against the block's
 * slices, and the block's tumbling windows as the reference. All parse with the block, with object
 * reuse, so only the windowing differs.
 */
public class SlidingWindowBenchmark extends JobBenchmark {

    /** size / slide; only the sliding benchmarks take it, so the reference runs once. */
    @State(Scope.Benchmark)
    public static class Ratio {
        @Param({"2", "10", "60"})
        public int ratio;
    }

    @Setup(Level.Trial)
    public void loadInput() {
        InMemorySource.load(StockTickInput.records(RECORDS, 5, 42));
    }

    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public void flinkAssigner(Ratio size) throws Exception {
        run(true, payloads -> SlidingMinJobs.flinkAssigner(payloads, size.ratio));
    }

    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public void blocksSlidingOnePhase(Ratio size) throws Exception {
        run(true, payloads -> SlidingMinJobs.blockSliding(payloads, size.ratio, false));
    }

    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public void blocksSlidingTwoPhase(Ratio size) throws Exception {
        run(true, payloads -> SlidingMinJobs.blockSliding(payloads, size.ratio, true));
    }

    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public void blocksTumblingOnePhase() throws Exception {
        run(true, payloads -> SlidingMinJobs.blockTumbling(payloads, false));
    }

    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public void blocksTumblingTwoPhase() throws Exception {
        run(true, payloads -> SlidingMinJobs.blockTumbling(payloads, true));
    }

    public static void main(String[] args) throws Exception {
        new Runner(new OptionsBuilder().include(SlidingWindowBenchmark.class.getName()).build()).run();
    }
}
