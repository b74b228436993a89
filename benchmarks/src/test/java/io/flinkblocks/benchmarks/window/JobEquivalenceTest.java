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

import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.CloseableIterator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.flinkblocks.benchmarks.BenchmarkCluster;
import io.flinkblocks.benchmarks.InMemorySource;
import io.flinkblocks.benchmarks.StockTickInput;

/**
 * Every job variant the benchmarks time computes the same results on the same input, so a variant
 * cannot win by doing less. Each runs exactly the pipeline of its benchmark, with a collecting sink in
 * place of the discarding one.
 */
class JobEquivalenceTest {

    private static BenchmarkCluster cluster;

    @BeforeAll
    static void startCluster() throws Exception {
        cluster = new BenchmarkCluster(1);
    }

    @AfterAll
    static void stopCluster() {
        cluster.close();
    }

    @ParameterizedTest(name = "{0} keys")
    @ValueSource(ints = {5, 1000, 100_000})
    void tumblingBlocksCountWhatTheGuidesJobCounts(int keys) throws Exception {
        int records = 40_000;
        InMemorySource.load(StockTickInput.records(records, keys, 7));

        List<String> guide = run(false, records, TumblingCountJobs::guide);
        List<String> onePhase = run(true, records, payloads -> TumblingCountJobs.blocks(payloads, false));
        List<String> twoPhase = run(true, records, payloads -> TumblingCountJobs.blocks(payloads, true));
        List<String> flinkWindow = run(true, records, TumblingCountJobs::flinkWindowOperator);

        // 40 s of event time in 10 s windows: every key in each of the 4 windows, or nearly; with more
        // keys than records per window, about one result per record
        assertThat(guide).hasSizeGreaterThanOrEqualTo(Math.min(keys * 3, records / 2));
        assertThat(guide.stream().mapToLong(line -> Long.parseLong(line.substring(line.indexOf(',') + 1))).sum())
                .isEqualTo(records);
        assertThat(onePhase).isEqualTo(guide);
        assertThat(twoPhase).isEqualTo(guide);
        assertThat(flinkWindow).isEqualTo(guide);
    }

    @ParameterizedTest(name = "size/slide {0}")
    @ValueSource(ints = {2, 10, 60})
    void slidingBlocksComputeWhatFlinksAssignerComputes(int ratio) throws Exception {
        int records = 150_000;
        InMemorySource.load(StockTickInput.records(records, 5, 11));

        List<String> flink = run(true, records, payloads -> SlidingMinJobs.flinkAssigner(payloads, ratio));
        List<String> onePhase = run(true, records, payloads -> SlidingMinJobs.blockSliding(payloads, ratio, false));
        List<String> twoPhase = run(true, records, payloads -> SlidingMinJobs.blockSliding(payloads, ratio, true));

        // one window per key per second of event time, and the ratio - 1 that reach past the end
        assertThat(flink).hasSize(5 * (150 + ratio - 1));
        assertThat(onePhase).isEqualTo(flink);
        assertThat(twoPhase).isEqualTo(flink);
    }

    @ParameterizedTest(name = "two-phase {0}")
    @ValueSource(booleans = {false, true})
    void tumblingReferenceComputesWhatFlinksAssignerComputesForSizeEqualToSlide(boolean twoPhase) throws Exception {
        int records = 50_000;
        InMemorySource.load(StockTickInput.records(records, 5, 13));

        List<String> reference = run(true, records, payloads -> SlidingMinJobs.blockTumbling(payloads, twoPhase));

        // 50 s in 10 s windows, 5 keys
        assertThat(reference).hasSize(5 * 5);
        assertThat(reference).allSatisfy(line -> assertThat(line.split(",")).hasSize(4));
        assertThat(reference).isEqualTo(run(true, records, payloads -> SlidingMinJobs.blockTumbling(payloads, !twoPhase)));
    }

    private static List<String> run(boolean objectReuse, int records, Job job) throws Exception {
        StreamExecutionEnvironment env = cluster.environment(objectReuse);
        List<String> lines = new ArrayList<>();
        try (CloseableIterator<String> results = job.build(InMemorySource.stream(env, records)).executeAndCollect()) {
            results.forEachRemaining(lines::add);
        }
        Collections.sort(lines);
        return lines;
    }

    @FunctionalInterface
    private interface Job {
        DataStream<String> build(DataStream<byte[]> payloads) throws Exception;
    }
}
