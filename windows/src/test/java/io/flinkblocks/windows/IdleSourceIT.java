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

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.flink.api.common.eventtime.SerializableTimestampAssigner;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.tuple.Tuple3;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.SinkFunction;
import org.apache.flink.streaming.api.functions.source.RichParallelSourceFunction;
import org.apache.flink.streaming.api.operators.AbstractStreamOperator;
import org.apache.flink.streaming.api.operators.OneInputStreamOperator;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.flinkblocks.operators.identity.OperatorIdentity;
import io.flinkblocks.operators.watermarks.WatermarkStrategies;
import io.flinkblocks.runtime.PropertyGroup;
import io.flinkblocks.testing.OperatorUidCheck;
import io.flinkblocks.windows.testutil.Await;
import io.flinkblocks.windows.testutil.TestEvents;

/**
 * The guide's idle-shard experiment: four source subtasks, only one of which ever reads data (the
 * others stand for shards without records); event-time windows after a {@code keyBy}. Without idleness
 * the window operator's event time is the minimum over all inputs, held at its start by the idle ones,
 * so no window fires before the input ends. With {@code watermark.idleness} the idle inputs drop out of
 * the minimum and windows fire, except the last one, which needs later data to close.
 *
 * <p>On the heap only: what it tests is how watermarks travel, which no state backend takes part in; its
 * windows (ten records of one key each) run the code that the other window ITs run on both backends.
 */
class IdleSourceIT {

    private static final int PARALLELISM = 4;
    private static final int EVENTS = 50; // every 100 ms of event time: windows [0, 1 s) ... [4 s, 5 s)
    private static final long LAST_TIMESTAMP = (EVENTS - 1) * 100L;

    static volatile CountDownLatch release;
    static final AtomicLong SOURCE_WATERMARK = new AtomicLong(Long.MIN_VALUE);
    static final Queue<String> RESULTS = new ConcurrentLinkedQueue<>();

    @RegisterExtension
    static final MiniClusterExtension CLUSTER = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1)
            .setNumberSlotsPerTaskManager(PARALLELISM)
            .build());

    @BeforeEach
    void reset() {
        release = new CountDownLatch(1);
        SOURCE_WATERMARK.set(Long.MIN_VALUE);
        RESULTS.clear();
    }

    @Test
    void withoutIdlenessNoWindowFiresBeforeTheInputEnds() throws Exception {
        JobClient job = start(properties("watermark.type", "monotonous"));
        Await.until(
                () -> SOURCE_WATERMARK.get() >= LAST_TIMESTAMP - 1,
                Duration.ofSeconds(60),
                "the data subtask's watermark to pass the first four windows");
        // The data subtask's watermark is past four window ends, but the idle subtasks hold the
        // window operator's event time at its start.
        Await.holdsFor(RESULTS::isEmpty, Duration.ofSeconds(2), "no window result while three sources are idle");

        release.countDown(); // the idle sources end: end of input moves event time to the end
        job.getJobExecutionResult().get(60, TimeUnit.SECONDS);
        assertThat(sorted()).containsExactly(expected(5).toArray(new String[0]));
    }

    @Test
    void withIdlenessWindowsFireWhileSourcesAreIdle() throws Exception {
        JobClient job = start(properties("watermark.type", "monotonous", "watermark.idleness", "500ms"));
        Await.until(() -> RESULTS.size() >= 4, Duration.ofSeconds(60), "four windows to fire");
        // the last window holds the last event; with no later data event time does not pass its end
        assertThat(sorted()).containsExactly(expected(4).toArray(new String[0]));

        release.countDown();
        job.getJobExecutionResult().get(60, TimeUnit.SECONDS);
        assertThat(sorted()).containsExactly(expected(5).toArray(new String[0]));
    }

    private static PropertyGroup properties(String... keyValues) {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put(keyValues[i], keyValues[i + 1]);
        }
        return PropertyGroup.of("Watermarks", map);
    }

    private static JobClient start(PropertyGroup watermarks) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(PARALLELISM);
        env.getConfig().setAutoWatermarkInterval(50);
        WatermarkStrategy<Tuple3<String, Long, Double>> strategy = WatermarkStrategies.fromProperties(
                watermarks, (SerializableTimestampAssigner<Tuple3<String, Long, Double>>) (event, ts) -> event.f1);

        DataStream<Tuple3<String, Long, Double>> events = OperatorIdentity.apply(
                OperatorIdentity.apply(env.addSource(new OneBusySource(), TestEvents.TYPE), "Shards")
                        .assignTimestampsAndWatermarks(strategy),
                "Timestamps and watermarks");
        DataStream<Tuple3<String, Long, Double>> probed = OperatorIdentity.apply(
                events.transform("Watermark probe", TestEvents.TYPE, new WatermarkProbe()), "Watermark probe");
        WindowedResults<String, Double, Long> counts = WindowBlock.of(probed, e -> e.f0, Types.STRING)
                .named("Count per second")
                .eventTime()
                .tumbling(Duration.ofSeconds(1))
                .count();
        DataStream<String> lines = OperatorIdentity.apply(
                counts.results().map(r -> r.getKey() + "," + r.getWindowStart() + "," + r.getValue(), Types.STRING),
                "Format");
        OperatorIdentity.apply(lines.addSink(new CollectSink()), "Collect");
        OperatorUidCheck.assertEveryOperatorHasUid(env);
        return env.executeAsync("idle shards");
    }

    private static List<String> expected(int windows) {
        List<String> lines = new ArrayList<>();
        for (int w = 0; w < windows; w++) {
            lines.add("AMZN," + (w * 1000) + ",10");
        }
        return lines;
    }

    private static List<String> sorted() {
        List<String> lines = new ArrayList<>(RESULTS);
        lines.sort((a, b) -> Long.compare(Long.parseLong(a.split(",")[1]), Long.parseLong(b.split(",")[1])));
        return lines;
    }

    /** Subtask 0 reads a shard with data, then waits; the other subtasks read shards without data. */
    @SuppressWarnings("deprecation")
    static final class OneBusySource extends RichParallelSourceFunction<Tuple3<String, Long, Double>> {
        private static final long serialVersionUID = 1L;
        private volatile boolean running = true;

        @Override
        public void run(SourceContext<Tuple3<String, Long, Double>> ctx) throws Exception {
            if (getRuntimeContext().getTaskInfo().getIndexOfThisSubtask() == 0) {
                for (int i = 0; i < EVENTS; i++) {
                    synchronized (ctx.getCheckpointLock()) {
                        ctx.collect(Tuple3.of("AMZN", i * 100L, 1.0));
                    }
                }
            }
            while (running && !release.await(20, TimeUnit.MILLISECONDS)) {
                // an unbounded shard: no more records until released
            }
        }

        @Override
        public void cancel() {
            running = false;
        }
    }

    /** Records the highest watermark any source subtask has produced, and passes everything on. */
    static final class WatermarkProbe extends AbstractStreamOperator<Tuple3<String, Long, Double>>
            implements OneInputStreamOperator<Tuple3<String, Long, Double>, Tuple3<String, Long, Double>> {
        private static final long serialVersionUID = 1L;

        @Override
        public void processElement(StreamRecord<Tuple3<String, Long, Double>> element) {
            output.collect(element);
        }

        @Override
        public void processWatermark(Watermark mark) throws Exception {
            SOURCE_WATERMARK.accumulateAndGet(mark.getTimestamp(), Math::max);
            super.processWatermark(mark);
        }
    }

    @SuppressWarnings("deprecation")
    static final class CollectSink implements SinkFunction<String> {
        private static final long serialVersionUID = 1L;

        @Override
        public void invoke(String value, Context context) {
            RESULTS.add(value);
        }
    }
}
