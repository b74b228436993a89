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
package io.flinkblocks.windows;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.flink.api.java.tuple.Tuple3;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.runtime.minicluster.MiniCluster;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.InjectMiniCluster;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.flink.util.CloseableIterator;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.flinkblocks.operators.identity.OperatorIdentity;
import io.flinkblocks.testing.flink.StateBackendUnderTest;
import io.flinkblocks.windows.testutil.EventSource;
import io.flinkblocks.windows.testutil.Pipelines;
import io.flinkblocks.windows.testutil.StateBackends;
import io.flinkblocks.windows.testutil.TestEvents;

/**
 * Slice-sharing sliding windows, one-phase and two-phase, against Flink's {@code SlidingEventTimeWindows}
 * with the same aggregate, on 100,000 out-of-order events over several keys, with late records, records
 * within the allowed lateness (windows fire again) and records late for every window.
 *
 * <p>The blocks run on the heap and on RocksDB, with the same expectations: on RocksDB every access to
 * the window state goes through its serializers, on the heap it is an object. The jobs checkpoint, and
 * the source waits halfway for two checkpoints, so the window state is written to the backend and
 * snapshotted mid-stream, then updated and read back ({@link StateBackends#CHECKPOINT_INTERVAL}).
 * Flink's windows, the reference, run once per case, on the heap: they copy every record into
 * size/slide windows (up to 60 state updates a record here), which on RocksDB would make this test
 * several times slower to check Flink's window operator, not the blocks.
 */
class SlidingWindowDifferentialIT {

    private static final long EVENTS = 100_000;
    private static final long SLIDE = 1_000;
    private static final long LATENESS = 2_000;

    @RegisterExtension
    static final MiniClusterExtension CLUSTER = StateBackends.twoSlotCluster();

    /** Flink's results per size/slide ratio, computed by the first case of the ratio. */
    private static final Map<Integer, Map<String, List<String>>> REFERENCE = new ConcurrentHashMap<>();

    static Stream<Arguments> backendsAndRatios() {
        return Stream.of(StateBackendUnderTest.values())
                .flatMap(backend -> Stream.of(2, 10, 60).map(ratio -> Arguments.of(backend, ratio)));
    }

    @ParameterizedTest(name = "{0}, size/slide = {1}")
    @MethodSource("backendsAndRatios")
    void sliceSharingWindowsEqualFlinksSlidingWindows(
            StateBackendUnderTest backend, int ratio, @InjectMiniCluster MiniCluster cluster) throws Exception {
        long size = ratio * SLIDE;
        Map<String, List<String>> reference = REFERENCE.get(ratio);
        if (reference == null) {
            StreamExecutionEnvironment env =
                    StateBackendUnderTest.HEAP.applyTo(StreamExecutionEnvironment.getExecutionEnvironment());
            reference = collectByTag(
                    Pipelines.flinkSliding(events(env, size), "flink", size, SLIDE, LATENESS),
                    StateBackendUnderTest.HEAP,
                    cluster);
            REFERENCE.put(ratio, reference);
        }
        StreamExecutionEnvironment env = backend.applyTo(StreamExecutionEnvironment.getExecutionEnvironment());
        DataStream<Tuple3<String, Long, Double>> events = events(env, size);
        DataStream<String> blocks = Pipelines.block(events, "one", size, SLIDE, LATENESS, false)
                .union(Pipelines.block(events, "two", size, SLIDE, LATENESS, true));
        Map<String, List<String>> byTag = collectByTag(blocks, backend, cluster);

        List<String> flink = reference.get("flink");
        assertThat(flink).hasSizeGreaterThan((int) (EVENTS * 5 / SLIDE)); // results exist for every key and slide
        assertThat(byTag.get("one")).isEqualTo(flink);
        assertThat(byTag.get("two")).isEqualTo(flink);
        assertThat(reference.get("flink-late")).isNotEmpty();
        assertThat(byTag.get("one-late")).isEqualTo(reference.get("flink-late"));
        assertThat(byTag.get("two-late")).isEqualTo(reference.get("flink-late"));
        // the input exercised the allowed lateness: some windows fired more than once
        assertThat(flink.stream()
                        .map(line -> line.substring(0, line.lastIndexOf('|')))
                        .distinct()
                        .count())
                .isLessThan(flink.size());
    }

    /** The same events in every job of a ratio, at parallelism 1, with checkpoints. */
    private static DataStream<Tuple3<String, Long, Double>> events(StreamExecutionEnvironment env, long size) {
        env.setParallelism(1); // one input channel per window operator: the order of records and watermarks is fixed
        env.enableCheckpointing(StateBackends.CHECKPOINT_INTERVAL.toMillis());
        return OperatorIdentity.apply(
                // 5 ms per event, jitter 400 ms within a 500 ms bound, 3% pushed back by up to
                // size + 4 s: some within the allowed lateness, some late for every window
                env.addSource(
                        new EventSource(EVENTS, 5, 400, 0.03, size + 4_000, 500).checkpointHalfway(), TestEvents.TYPE),
                "Random events");
    }

    /**
     * Runs the job of {@code lines} on {@code cluster} to its end and returns the lines without their tag,
     * sorted, per tag; fails unless the job ran on {@code backend}.
     */
    static Map<String, List<String>> collectByTag(
            DataStream<String> lines, StateBackendUnderTest backend, MiniCluster cluster) throws Exception {
        Map<String, List<String>> byTag = new TreeMap<>();
        for (String tag : new String[] {"flink", "one", "two", "flink-late", "one-late", "two-late"}) {
            byTag.put(tag, new ArrayList<>());
        }
        // What executeAndCollect does, keeping the job's id to ask the cluster which backend it ran on.
        try (CloseableIterator<String> it = lines.collectAsync()) {
            JobClient job = lines.getExecutionEnvironment().executeAsync("differential");
            while (it.hasNext()) {
                String line = it.next();
                int bar = line.indexOf('|');
                byTag.computeIfAbsent(line.substring(0, bar), k -> new ArrayList<>())
                        .add(line.substring(bar + 1));
            }
            job.getJobExecutionResult().get(60, TimeUnit.SECONDS);
            assertThat(StateBackends.of(cluster, job.getJobID()))
                    .as("the job's state backend")
                    .isEqualTo(backend.stateBackendName());
        }
        byTag.values().forEach(Collections::sort);
        return byTag;
    }
}
