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

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.apache.flink.api.java.tuple.Tuple3;
import org.apache.flink.runtime.minicluster.MiniCluster;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.InjectMiniCluster;
import org.apache.flink.test.junit5.MiniClusterExtension;
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
 * Two-phase against one-phase aggregation (and Flink's windows) at parallelism 1 and 2, with object
 * reuse on. Every subtask emits its own out-of-order events; the disorder stays within the watermark
 * bound so that, at parallelism 2, no record's fate depends on how the subtasks' streams interleave.
 *
 * <p>The blocks run on the heap and on RocksDB, with the same expectations: with object reuse, a record
 * or accumulator changed after it went into state shows up on one backend and not the other. The jobs
 * checkpoint mid-stream, and Flink's windows, the reference, run once per case, on the heap (see
 * {@link SlidingWindowDifferentialIT}).
 */
class TwoPhaseDifferentialIT {

    private static final long EVENTS_PER_SUBTASK = 50_000;

    @RegisterExtension
    static final MiniClusterExtension CLUSTER = StateBackends.twoSlotCluster();

    /** Flink's results per case, computed by the first run of the case. */
    private static final Map<String, Map<String, List<String>>> REFERENCE = new ConcurrentHashMap<>();

    /** Parallelism, size and slide of each case. */
    private static final long[][] CASES = {{1, 10_000, 1_000}, {2, 10_000, 1_000}, {2, 5_000, 5_000}, {2, 10_000, 4_000}
    };

    static Stream<Arguments> backendsAndCases() {
        return Stream.of(StateBackendUnderTest.values())
                .flatMap(backend -> Stream.of(CASES).map(c -> Arguments.of(backend, (int) c[0], c[1], c[2])));
    }

    @ParameterizedTest(name = "{0}, parallelism {1}, size {2} ms, slide {3} ms")
    @MethodSource("backendsAndCases")
    void twoPhaseEqualsOnePhase(
            StateBackendUnderTest backend,
            int parallelism,
            long size,
            long slide,
            @InjectMiniCluster MiniCluster cluster)
            throws Exception {
        String testCase = parallelism + "/" + size + "/" + slide;
        Map<String, List<String>> reference = REFERENCE.get(testCase);
        if (reference == null) {
            StreamExecutionEnvironment env =
                    StateBackendUnderTest.HEAP.applyTo(StreamExecutionEnvironment.getExecutionEnvironment());
            reference = SlidingWindowDifferentialIT.collectByTag(
                    Pipelines.flinkSliding(events(env, parallelism), "flink", size, slide, 0),
                    StateBackendUnderTest.HEAP,
                    cluster);
            REFERENCE.put(testCase, reference);
        }
        StreamExecutionEnvironment env = backend.applyTo(StreamExecutionEnvironment.getExecutionEnvironment());
        DataStream<Tuple3<String, Long, Double>> events = events(env, parallelism);
        DataStream<String> blocks = Pipelines.block(events, "one", size, slide, 0, false)
                .union(Pipelines.block(events, "two", size, slide, 0, true));
        Map<String, List<String>> byTag = SlidingWindowDifferentialIT.collectByTag(blocks, backend, cluster);

        assertThat(byTag.get("one")).hasSizeGreaterThan(100);
        assertThat(byTag.get("two")).isEqualTo(byTag.get("one"));
        assertThat(reference.get("flink")).isEqualTo(byTag.get("one"));
        assertThat(byTag.get("one-late")).isEmpty();
        assertThat(byTag.get("two-late")).isEmpty();
        if (size % slide != 0) {
            return; // windows per event vary (size 10 s, slide 4 s: 2 or 3), the counts below assume a fixed number
        }
        // every event of every subtask is counted once per window that contains it
        long windowsPerEvent = size / slide;
        long counted = byTag.get("two").stream()
                .mapToLong(line ->
                        Long.parseLong(line.substring(line.lastIndexOf('|') + 1).split("/")[0]))
                .sum();
        assertThat(counted).isEqualTo(EVENTS_PER_SUBTASK * parallelism * windowsPerEvent);
    }

    /** The same events in every job of a case: each subtask's own, object reuse on, with checkpoints. */
    private static DataStream<Tuple3<String, Long, Double>> events(StreamExecutionEnvironment env, int parallelism) {
        env.setParallelism(parallelism);
        env.getConfig().enableObjectReuse();
        env.enableCheckpointing(StateBackends.CHECKPOINT_INTERVAL.toMillis());
        return OperatorIdentity.apply(
                env.addSource(
                        new EventSource(EVENTS_PER_SUBTASK, 5, 400, 0.0, 1, 500).checkpointHalfway(), TestEvents.TYPE),
                "Random events");
    }
}
