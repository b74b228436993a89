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
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

import io.flinkblocks.benchmarks.InMemorySource;
import io.flinkblocks.benchmarks.JobBenchmark;
import io.flinkblocks.benchmarks.StockTickInput;

/**
 * The blocks' tumbling job ({@link TumblingCountJobs#blocks}) over 5, 1 000 and 100 000 distinct
 * tickers, in records per second. With 100 000 keys and 10 000 records per 10 s window most keys hold
 * one record per window, so state entries and results grow with the records (and, in Flink's window
 * operator, timers). Flink's own window operator behind the same parsing is measured beside them, for
 * how per-key windows scale in Flink.
 */
public class KeyScalingBenchmark extends JobBenchmark {

    @Param({"5", "1000", "100000"})
    public int keys;

    @Setup(Level.Trial)
    public void loadInput() {
        InMemorySource.load(StockTickInput.records(RECORDS, keys, 42));
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

    /** Flink's window operator behind the same parsing: what per-key windows cost without the blocks. */
    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public void flinkWindowOperator() throws Exception {
        run(true, TumblingCountJobs::flinkWindowOperator);
    }

    public static void main(String[] args) throws Exception {
        new Runner(new OptionsBuilder().include(KeyScalingBenchmark.class.getName()).build()).run();
    }
}
