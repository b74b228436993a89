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
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

import io.flinkblocks.benchmarks.JobBenchmark;

/**
 * Sliding windows, min price per ticker sliding by 1 s, in records per second: Flink's
 * {@code SlidingEventTimeWindows} with the same aggregate function on the guide's five tickers (its
 * heap and RocksDB runs are two benchmarks, as only the heap one carries a goal); the block's sliding
 * windows and Flink SQL's {@code HOP} at 5 and 100 000 tickers ({@code keys}) on the heap and on
 * RocksDB ({@code backend}); and the block's 10 s tumbling windows, the reference a sliding window is
 * held to. The blocks run two-phase (one phase against two is the tumbling benchmark's comparison).
 * The DataStream jobs parse with the block, with object reuse, so only the windowing differs; SQL
 * reads with Flink's JSON format. The full run measures size/slide ({@code ratio}) 60, where the goals
 * are set; {@code -p ratio=2,10,60} adds the smaller ratios.
 */
public class SlidingWindowBenchmark extends JobBenchmark {

    /** size / slide; only the sliding benchmarks take it, so the reference runs once. */
    @State(Scope.Benchmark)
    public static class Ratio {
        @Param({"60"})
        public int ratio;

        /** The SQL query at this ratio, with its plans for the trial. */
        SqlWindowJobs.Query sqlHop;

        @Setup(Level.Trial)
        public void createQuery() {
            sqlHop = SqlWindowJobs.hop(ratio);
        }
    }

    /** Flink's assigner on the heap, where its goal is set. */
    @Benchmark
    @Fork(
            value = GOAL_FORKS,
            jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
    public void flinkAssigner(Ratio size, GuideTickers input, HeapCluster cluster, Records records) throws Exception {
        cluster.run(records, true, payloads -> SlidingMinJobs.flinkAssigner(payloads, size.ratio));
    }

    /** Flink's assigner on RocksDB: every record updates {@code ratio} windows' state in RocksDB. */
    @Benchmark
    public void flinkAssignerOnRocksDb(Ratio size, GuideTickers input, RocksDbCluster cluster, Records records)
            throws Exception {
        cluster.run(records, true, payloads -> SlidingMinJobs.flinkAssigner(payloads, size.ratio));
    }

    @Benchmark
    @Fork(
            value = GOAL_FORKS,
            jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
    public void blocksSlidingTwoPhase(Ratio size, Keys input, Cluster cluster, Records records) throws Exception {
        cluster.run(records, true, payloads -> SlidingMinJobs.blockSliding(payloads, size.ratio, true));
    }

    /** Flink SQL's HOP over the same bytes, read with Flink's JSON format. */
    @Benchmark
    @Fork(
            value = GOAL_FORKS,
            jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
    public void sqlHop(Ratio size, Keys input, Cluster cluster, Records records) throws Exception {
        cluster.execute(records, size.sqlHop);
    }

    @Benchmark
    @Fork(
            value = GOAL_FORKS,
            jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
    public void blocksTumblingTwoPhase(GuideTickers input, Cluster cluster, Records records) throws Exception {
        cluster.run(records, true, payloads -> SlidingMinJobs.blockTumbling(payloads, true));
    }

    public static void main(String[] args) throws Exception {
        new Runner(new OptionsBuilder()
                        .include(SlidingWindowBenchmark.class.getName())
                        .build())
                .run();
    }
}
