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
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

import io.flinkblocks.benchmarks.InMemorySource;
import io.flinkblocks.benchmarks.JobBenchmark;
import io.flinkblocks.benchmarks.RunSize;
import io.flinkblocks.benchmarks.StockTickInput;

/**
 * The tumbling-window job end to end, in records per second: bytes in, a 10 s event-time count per
 * ticker, results discarded. On the guide's five tickers: the guide's job (on the heap, and on RocksDB
 * in its own benchmark, as only the heap one carries goals), the floor (every record shuffled by its
 * ticker and discarded) and the ceiling (parse and watermarks, nothing after them).
 * At 5 and 100 000 tickers ({@code keys}): the blocks in one and two phases, two-phase with the state
 * buffer off and at parallelism 2, Flink's window operator behind the block's parsing, and Flink SQL's
 * {@code TUMBLE}. Window jobs run on the heap and on RocksDB ({@code backend}). Last, the two-phase job
 * over 1 000 000 tickers on RocksDB in a 1 GiB heap.
 */
public class TumblingWindowJobBenchmark extends JobBenchmark {

    /** The million-key run replays all of these, every run. */
    public static final int MILLION_KEY_RECORDS = 2_000_000;

    private final SqlWindowJobs.Query sqlTumble = SqlWindowJobs.tumble();

    /** As the guide writes it, on the heap; no object reuse, as the guide's jobs do not enable it. */
    @Benchmark
    @Fork(
            value = GOAL_FORKS,
            jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
    public void guide(GuideTickers input, HeapCluster cluster, Records records) throws Exception {
        cluster.run(records, false, TumblingCountJobs::guide);
    }

    /** The guide's job on RocksDB (the goals against the guide are set on the heap). */
    @Benchmark
    public void guideOnRocksDb(GuideTickers input, RocksDbCluster cluster, Records records) throws Exception {
        cluster.run(records, false, TumblingCountJobs::guide);
    }

    /** The floor: the same source, every record shuffled by its ticker, then discarded. */
    @Benchmark
    @Fork(
            value = GOAL_FORKS,
            jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
    public void floorKeyByDiscard(GuideTickers input, StatelessCluster cluster, Records records) throws Exception {
        cluster.run(records, true, payloads -> payloads.keyBy(TickerKey::of));
    }

    /** The ceiling: replay, parse, watermarks, discard; the limit of any window job over this source. */
    @Benchmark
    @Fork(
            value = GOAL_FORKS,
            jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
    public void ceiling(GuideTickers input, StatelessCluster cluster, Records records) throws Exception {
        cluster.run(records, true, TumblingCountJobs::ceiling);
    }

    @Benchmark
    public void blocksOnePhase(Keys input, Cluster cluster, Records records) throws Exception {
        cluster.run(records, true, payloads -> TumblingCountJobs.blocks(payloads, false));
    }

    @Benchmark
    @Fork(
            value = GOAL_FORKS,
            jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
    public void blocksTwoPhase(Keys input, Cluster cluster, Records records) throws Exception {
        cluster.run(records, true, payloads -> TumblingCountJobs.blocks(payloads, true));
    }

    /** Two-phase with the window's state buffer off, on RocksDB, where the buffer is for: every partial goes to RocksDB. */
    @Benchmark
    public void blocksTwoPhaseNoBuffer(Keys input, RocksDbCluster cluster, Records records) throws Exception {
        cluster.run(records, true, payloads -> TumblingCountJobs.blocks(payloads, true, 0));
    }

    /** Two-phase at parallelism 2, two slots: how the job scales on the machine's two cores. */
    @Benchmark
    public void blocksTwoPhaseTwoSlots(Keys input, TwoSlotCluster cluster, Records records) throws Exception {
        cluster.run(records, true, payloads -> TumblingCountJobs.blocks(payloads, true));
    }

    /** Flink's window operator behind the same parsing: what per-key windows cost without the blocks. */
    @Benchmark
    public void flinkWindowOperator(Keys input, Cluster cluster, Records records) throws Exception {
        cluster.run(records, true, TumblingCountJobs::flinkWindowOperator);
    }

    /** Flink SQL's TUMBLE over the same bytes, read with Flink's JSON format. */
    @Benchmark
    @Fork(
            value = GOAL_FORKS,
            jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
    public void sqlTumble(Keys input, Cluster cluster, Records records) throws Exception {
        cluster.execute(records, sqlTumble);
    }

    /**
     * 1 000 000 tickers on RocksDB in a 1 GiB heap: 100 records per millisecond of event time, so a
     * 10 s window holds 1 000 000 records (some 630 000 tickers), and every run replays all
     * {@link #MILLION_KEY_RECORDS}. It must finish without running out of memory; its pace is reported,
     * from one run after a warm-up run (each takes tens of seconds).
     */
    @Benchmark
    @Fork(
            value = 1,
            jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
    @Warmup(iterations = 1, time = 1)
    @Measurement(iterations = 1, time = 1)
    public void blocksTwoPhaseMillionKeys(MillionKeys input, MillionKeyCluster cluster, Records records)
            throws Exception {
        cluster.run(records, true, payloads -> TumblingCountJobs.blocks(payloads, true));
    }

    /** The million-key run's input. */
    @State(Scope.Benchmark)
    public static class MillionKeys {
        @Setup(Level.Trial)
        public void load() {
            InMemorySource.load(StockTickInput.records(MILLION_KEY_RECORDS, 1_000_000, 42, 100));
        }
    }

    /** RocksDB, and every run over the whole input. */
    @State(Scope.Benchmark)
    public static class MillionKeyCluster extends RocksDbCluster {
        @Override
        protected RunSize runSize() {
            return RunSize.always(MILLION_KEY_RECORDS);
        }
    }

    public static void main(String[] args) throws Exception {
        new Runner(new OptionsBuilder()
                        .include(TumblingWindowJobBenchmark.class.getName())
                        .build())
                .run();
    }
}
