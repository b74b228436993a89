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

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.CloseableIterator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.flinkblocks.benchmarks.BenchmarkCluster;
import io.flinkblocks.benchmarks.InMemorySource;
import io.flinkblocks.benchmarks.StateBackendChoice;
import io.flinkblocks.benchmarks.StockTickInput;
import io.flinkblocks.windows.WindowBlock;
import io.flinkblocks.windows.format.WindowResultCsv;

/**
 * Every job variant the benchmarks time computes the same results on the same input, so a variant
 * cannot win by doing less. Each runs exactly the pipeline of its benchmark, with a collecting sink in
 * place of the discarding one; the SQL jobs run the benchmark's query, collected instead of inserted
 * into a blackhole table. Variants on RocksDB and at parallelism 2 run on clusters like the
 * benchmarks' and are held to the same results as on the heap at parallelism 1.
 */
class JobEquivalenceTest {

    private static BenchmarkCluster heap;
    private static BenchmarkCluster rocksDb;
    private static BenchmarkCluster twoSlots;

    @BeforeAll
    static void startClusters() throws Exception {
        heap = new BenchmarkCluster(StateBackendChoice.HEAP, 1);
        rocksDb = new BenchmarkCluster(StateBackendChoice.ROCKSDB, 1);
        twoSlots = new BenchmarkCluster(StateBackendChoice.HEAP, 2);
    }

    @AfterAll
    static void stopClusters() {
        heap.close();
        rocksDb.close();
        twoSlots.close();
    }

    @ParameterizedTest(name = "{0} keys")
    @ValueSource(ints = {5, 1000, 100_000})
    void tumblingVariantsCountWhatTheGuidesJobCounts(int keys) throws Exception {
        int records = 40_000;
        InMemorySource.load(StockTickInput.records(records, keys, 7));

        List<String> guide = run(heap, false, records, TumblingCountJobs::guide);

        // 40 s of event time in 10 s windows: every key in each of the 4 windows, or nearly; with more
        // keys than records per window, about one result per record
        assertThat(guide).hasSizeGreaterThanOrEqualTo(Math.min(keys * 3, records / 2));
        assertThat(guide.stream()
                        .mapToLong(line -> Long.parseLong(line.substring(line.indexOf(',') + 1)))
                        .sum())
                .isEqualTo(records);
        assertThat(run(heap, true, records, payloads -> TumblingCountJobs.blocks(payloads, false)))
                .isEqualTo(guide);
        assertThat(run(heap, true, records, payloads -> TumblingCountJobs.blocks(payloads, true)))
                .isEqualTo(guide);
        assertThat(run(heap, true, records, payloads -> TumblingCountJobs.blocks(payloads, true, 0)))
                .isEqualTo(guide);
        assertThat(run(heap, true, records, TumblingCountJobs::flinkWindowOperator))
                .isEqualTo(guide);
        assertThat(run(twoSlots, true, records, payloads -> TumblingCountJobs.blocks(payloads, true)))
                .isEqualTo(guide);
    }

    @ParameterizedTest(name = "{0} keys")
    @ValueSource(ints = {5, 100_000})
    void tumblingVariantsOnRocksDbCountWhatTheyCountOnTheHeap(int keys) throws Exception {
        int records = 20_000;
        InMemorySource.load(StockTickInput.records(records, keys, 7));

        List<String> guide = run(heap, false, records, TumblingCountJobs::guide);

        assertThat(run(rocksDb, false, records, TumblingCountJobs::guide)).isEqualTo(guide);
        assertThat(run(rocksDb, true, records, payloads -> TumblingCountJobs.blocks(payloads, false)))
                .isEqualTo(guide);
        assertThat(run(rocksDb, true, records, payloads -> TumblingCountJobs.blocks(payloads, true)))
                .isEqualTo(guide);
        assertThat(run(rocksDb, true, records, payloads -> TumblingCountJobs.blocks(payloads, true, 0)))
                .isEqualTo(guide);
        assertThat(run(rocksDb, true, records, TumblingCountJobs::flinkWindowOperator))
                .isEqualTo(guide);
    }

    @ParameterizedTest(name = "{0} keys")
    @ValueSource(ints = {5, 100_000})
    void sqlTumbleCountsWhatTheBlocksCountInEachWindow(int keys) throws Exception {
        int records = 40_000;
        InMemorySource.load(StockTickInput.records(records, keys, 7));
        WindowResultCsv<String, Long> csv = WindowResultCsv.withWindow();

        List<String> blocks = run(
                heap,
                true,
                records,
                payloads -> TumblingCountJobs.blockResults(payloads, true, WindowBlock.DEFAULT_STATE_BUFFER_ENTRIES)
                        .map(csv::format)
                        .returns(Types.STRING));
        List<String> sql = sorted(SqlWindowJobs.tumble().collect(heap.environment(true), records));

        assertThat(blocks).hasSizeGreaterThanOrEqualTo(Math.min(keys * 3, records / 2));
        assertThat(sql).isEqualTo(blocks);
        assertThat(sorted(SqlWindowJobs.tumble().collect(rocksDb.environment(true), records)))
                .isEqualTo(blocks);
        // and the same counts as the guide's job, which leaves the window out
        assertThat(sorted(sql.stream()
                        .map(line -> line.substring(0, line.indexOf(',')) + line.substring(line.lastIndexOf(',')))
                        .collect(Collectors.toList())))
                .isEqualTo(run(heap, false, records, TumblingCountJobs::guide));
    }

    /** The million-key benchmark's input shape, scaled down: 100 records per millisecond, a key per record or so. */
    @Test
    void tumblingOverManyKeysAtManyRecordsPerMillisecondCountsWhatTheGuidesJobCounts() throws Exception {
        int records = 40_000;
        InMemorySource.load(StockTickInput.records(records, 1_000_000, 7, 100));

        List<String> guide = run(heap, false, records, TumblingCountJobs::guide);

        assertThat(guide).hasSizeGreaterThan(records * 9 / 10);
        assertThat(run(rocksDb, true, records, payloads -> TumblingCountJobs.blocks(payloads, true)))
                .isEqualTo(guide);
    }

    @ParameterizedTest(name = "size/slide {0}")
    @ValueSource(ints = {2, 10, 60})
    void slidingVariantsComputeWhatFlinksAssignerComputes(int ratio) throws Exception {
        int records = 150_000;
        InMemorySource.load(StockTickInput.records(records, 5, 11));

        List<String> flink = run(heap, true, records, payloads -> SlidingMinJobs.flinkAssigner(payloads, ratio));

        // one window per key per second of event time, and the ratio - 1 that reach past the end
        assertThat(flink).hasSize(5 * (150 + ratio - 1));
        assertThat(run(heap, true, records, payloads -> SlidingMinJobs.blockSliding(payloads, ratio, false)))
                .isEqualTo(flink);
        assertThat(run(heap, true, records, payloads -> SlidingMinJobs.blockSliding(payloads, ratio, true)))
                .isEqualTo(flink);
        assertThat(sorted(SqlWindowJobs.hop(ratio).collect(heap.environment(true), records)))
                .isEqualTo(flink);
    }

    @Test
    void slidingVariantsOnRocksDbComputeWhatFlinksAssignerComputesOnTheHeap() throws Exception {
        // fewer records than on the heap: Flink's assigner updates 60 windows in RocksDB per record
        int records = 10_000;
        InMemorySource.load(StockTickInput.records(records, 5, 11));

        List<String> flink = run(heap, true, records, payloads -> SlidingMinJobs.flinkAssigner(payloads, 60));

        assertThat(flink).hasSize(5 * (10 + 60 - 1));
        assertThat(run(rocksDb, true, records, payloads -> SlidingMinJobs.flinkAssigner(payloads, 60)))
                .isEqualTo(flink);
        assertThat(run(rocksDb, true, records, payloads -> SlidingMinJobs.blockSliding(payloads, 60, false)))
                .isEqualTo(flink);
        assertThat(run(rocksDb, true, records, payloads -> SlidingMinJobs.blockSliding(payloads, 60, true)))
                .isEqualTo(flink);
        assertThat(sorted(SqlWindowJobs.hop(60).collect(rocksDb.environment(true), records)))
                .isEqualTo(flink);
    }

    @Test
    void slidingVariantsAtManyKeysComputeWhatFlinksAssignerComputes() throws Exception {
        // few records: at 100 000 keys nearly each one opens 60 windows of its own, each a result
        int records = 200;
        InMemorySource.load(StockTickInput.records(records, 100_000, 11));

        List<String> flink = run(heap, true, records, payloads -> SlidingMinJobs.flinkAssigner(payloads, 60));

        assertThat(flink).hasSizeGreaterThan(records * 60 * 9 / 10);
        assertThat(run(heap, true, records, payloads -> SlidingMinJobs.blockSliding(payloads, 60, true)))
                .isEqualTo(flink);
        assertThat(run(rocksDb, true, records, payloads -> SlidingMinJobs.blockSliding(payloads, 60, true)))
                .isEqualTo(flink);
        assertThat(sorted(SqlWindowJobs.hop(60).collect(heap.environment(true), records)))
                .isEqualTo(flink);
    }

    @ParameterizedTest(name = "two-phase {0}")
    @ValueSource(booleans = {false, true})
    void tumblingReferenceComputesTheSameInOneAndTwoPhases(boolean twoPhase) throws Exception {
        int records = 50_000;
        InMemorySource.load(StockTickInput.records(records, 5, 13));

        List<String> reference = run(heap, true, records, payloads -> SlidingMinJobs.blockTumbling(payloads, twoPhase));

        // 50 s in 10 s windows, 5 keys
        assertThat(reference).hasSize(5 * 5);
        assertThat(reference).allSatisfy(line -> assertThat(line.split(",")).hasSize(4));
        assertThat(reference)
                .isEqualTo(run(heap, true, records, payloads -> SlidingMinJobs.blockTumbling(payloads, !twoPhase)));
        assertThat(reference)
                .isEqualTo(run(rocksDb, true, records, payloads -> SlidingMinJobs.blockTumbling(payloads, twoPhase)));
    }

    /** Flink SQL's default plan for the window TVFs is the two-phase one: the peer is not slowed by a one-phase plan. */
    @Test
    void sqlWindowQueriesArePlannedInTwoPhases() {
        for (SqlWindowJobs.Query query : new SqlWindowJobs.Query[] {SqlWindowJobs.tumble(), SqlWindowJobs.hop(60)}) {
            String plan = query.explain(heap.environment(true), 1_000);
            assertThat(plan).contains("LocalWindowAggregate", "GlobalWindowAggregate");
        }
    }

    /** A benchmark's SQL plan replays the run's records: one plan per run size, the size in its table. */
    @Test
    void sqlBenchmarkPlansCarryTheirRunSize() {
        SqlWindowJobs.Query tumble = SqlWindowJobs.tumble();

        assertThat(tumble.plan(heap, 5_000).asJsonString()).contains("\"number-of-records\" : \"5000\"");
        assertThat(tumble.plan(heap, 7_000).asJsonString()).contains("\"number-of-records\" : \"7000\"");
        assertThat(tumble.plan(heap, 5_000)).isSameAs(tumble.plan(heap, 5_000));
    }

    private static List<String> run(BenchmarkCluster cluster, boolean objectReuse, int records, Job job)
            throws Exception {
        StreamExecutionEnvironment env = cluster.environment(objectReuse);
        List<String> lines = new ArrayList<>();
        try (CloseableIterator<String> results =
                job.build(InMemorySource.stream(env, records)).executeAndCollect()) {
            results.forEachRemaining(lines::add);
        }
        return sorted(lines);
    }

    private static List<String> sorted(List<String> lines) {
        List<String> copy = new ArrayList<>(lines);
        Collections.sort(copy);
        return copy;
    }

    @FunctionalInterface
    private interface Job {
        DataStream<String> build(DataStream<byte[]> payloads) throws Exception;
    }
}
