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

import org.apache.flink.api.java.tuple.Tuple3;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.flink.util.CloseableIterator;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.flinkblocks.operators.identity.OperatorIdentity;
import io.flinkblocks.windows.testutil.EventSource;
import io.flinkblocks.windows.testutil.Pipelines;
import io.flinkblocks.windows.testutil.TestEvents;

/**
 * Slice-sharing sliding windows, one-phase and two-phase, against Flink's {@code SlidingEventTimeWindows}
 * with the same aggregate, on 100,000 out-of-order events over several keys, with late records, records
 * within the allowed lateness (windows fire again) and records late for every window.
 */
class SlidingWindowDifferentialIT {

    private static final long EVENTS = 100_000;
    private static final long SLIDE = 1_000;
    private static final long LATENESS = 2_000;

    @RegisterExtension
    static final MiniClusterExtension CLUSTER = new MiniClusterExtension(
            new MiniClusterResourceConfiguration.Builder()
                    .setNumberTaskManagers(1)
                    .setNumberSlotsPerTaskManager(2)
                    .build());

    @ParameterizedTest(name = "size/slide = {0}")
    @ValueSource(ints = {2, 10, 60})
    void sliceSharingWindowsEqualFlinksSlidingWindows(int ratio) throws Exception {
        long size = ratio * SLIDE;
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(1); // one input channel per window operator: the order of records and watermarks is fixed
        DataStream<Tuple3<String, Long, Double>> events = OperatorIdentity.apply(
                // 5 ms per event, jitter 400 ms within a 500 ms bound, 3% pushed back by up to
                // size + 4 s: some within the allowed lateness, some late for every window
                env.addSource(new EventSource(EVENTS, 5, 400, 0.03, size + 4_000, 500), TestEvents.TYPE),
                "Random events");

        DataStream<String> all = Pipelines.flinkSliding(events, "flink", size, SLIDE, LATENESS)
                .union(Pipelines.block(events, "one", size, SLIDE, LATENESS, false))
                .union(Pipelines.block(events, "two", size, SLIDE, LATENESS, true));
        Map<String, List<String>> byTag = collectByTag(all);

        List<String> flink = byTag.get("flink");
        assertThat(flink).hasSizeGreaterThan((int) (EVENTS * 5 / SLIDE)); // results exist for every key and slide
        assertThat(byTag.get("one")).isEqualTo(flink);
        assertThat(byTag.get("two")).isEqualTo(flink);
        assertThat(byTag.get("flink-late")).isNotEmpty();
        assertThat(byTag.get("one-late")).isEqualTo(byTag.get("flink-late"));
        assertThat(byTag.get("two-late")).isEqualTo(byTag.get("flink-late"));
        // the input exercised the allowed lateness: some windows fired more than once
        assertThat(flink.stream().map(line -> line.substring(0, line.lastIndexOf('|'))).distinct().count())
                .isLessThan(flink.size());
    }

    /** Lines without their tag, sorted, per tag. */
    static Map<String, List<String>> collectByTag(DataStream<String> lines) throws Exception {
        Map<String, List<String>> byTag = new TreeMap<>();
        for (String tag : new String[] {"flink", "one", "two", "flink-late", "one-late", "two-late"}) {
            byTag.put(tag, new ArrayList<>());
        }
        try (CloseableIterator<String> it = lines.executeAndCollect("differential")) {
            while (it.hasNext()) {
                String line = it.next();
                int bar = line.indexOf('|');
                byTag.computeIfAbsent(line.substring(0, bar), k -> new ArrayList<>()).add(line.substring(bar + 1));
            }
        }
        byTag.values().forEach(Collections::sort);
        return byTag;
    }
}
