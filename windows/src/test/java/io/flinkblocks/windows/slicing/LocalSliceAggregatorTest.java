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
package io.flinkblocks.windows.slicing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.apache.flink.api.common.serialization.SerializerConfigImpl;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.api.java.tuple.Tuple3;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.apache.flink.util.OutputTag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.flinkblocks.windows.aggregate.Aggregation;
import io.flinkblocks.windows.aggregate.Aggregations;
import io.flinkblocks.windows.result.LateRecord;
import io.flinkblocks.windows.result.WindowResult;

class LocalSliceAggregatorTest {

    private static final OutputTag<LateRecord<String, Double>> LATE =
            new OutputTag<>("late-records", LateRecord.typeInfo(Types.STRING, Types.DOUBLE));

    private static final Aggregation<Double, Double, Double> SUM = Aggregations.sum();

    /** Input records are (ticker, price) pairs. */
    private static LocalSliceAggregator<Tuple2<String, Double>, String, Double, Double> aggregator(
            WindowSlicing slicing, boolean eventTime) {
        return new LocalSliceAggregator<>(t -> t.f0, t -> t.f1, SUM.function(), slicing, eventTime, Types.STRING, LATE);
    }

    private static OneInputStreamOperatorTestHarness<Tuple2<String, Double>, Tuple3<String, Long, Double>> harness(
            LocalSliceAggregator<Tuple2<String, Double>, String, Double, Double> operator) throws Exception {
        OneInputStreamOperatorTestHarness<Tuple2<String, Double>, Tuple3<String, Long, Double>> harness =
                new OneInputStreamOperatorTestHarness<>(operator);
        TypeInformation<Tuple3<String, Long, Double>> type = Types.TUPLE(Types.STRING, Types.LONG, Types.DOUBLE);
        harness.setup(type.createSerializer(new SerializerConfigImpl()));
        harness.open();
        return harness;
    }

    /** The output as text, records and watermarks in order: "AMZN@0=3.0", "W9". */
    private static List<String> output(OneInputStreamOperatorTestHarness<?, Tuple3<String, Long, Double>> harness) {
        List<String> out = new ArrayList<>();
        for (Object element : harness.getOutput()) {
            if (element instanceof Watermark) {
                out.add("W" + ((Watermark) element).getTimestamp());
            } else {
                @SuppressWarnings("unchecked")
                Tuple3<String, Long, Double> partial =
                        ((StreamRecord<Tuple3<String, Long, Double>>) element).getValue();
                out.add(partial.f0 + "@" + partial.f1 + "=" + partial.f2);
            }
        }
        harness.getOutput().clear();
        return out;
    }

    @Test
    void flushesPartialsBeforeTheWatermarkThatPassesTheSliceEnd() throws Exception {
        try (var harness = harness(aggregator(new WindowSlicing(20, 10, 0), true))) {
            harness.processElement(Tuple2.of("AMZN", 1.0), 1);
            harness.processElement(Tuple2.of("AMZN", 2.0), 9);
            harness.processElement(Tuple2.of("MSFT", 4.0), 5);
            harness.processElement(Tuple2.of("AMZN", 8.0), 10);
            assertThat(output(harness)).isEmpty();
            harness.processWatermark(8);
            assertThat(output(harness)).containsExactly("W8");
            harness.processWatermark(9);
            assertThat(output(harness))
                    .containsExactlyInAnyOrder("AMZN@0=3.0", "MSFT@0=4.0", "W9")
                    .endsWith("W9");
            harness.processWatermark(30);
            assertThat(output(harness)).containsExactly("AMZN@10=8.0", "W30");
        }
    }

    @Test
    void sendsRecordsOnUnbufferedAfterASliceWithAlmostNoRepeatedKeysAndMeasuresAgainLater() throws Exception {
        int records = LocalSliceAggregator.SAMPLE_RECORDS;
        try (var harness = harness(aggregator(new WindowSlicing(10, 10, 0), true))) {
            for (int i = 0; i < records - 1; i++) {
                harness.processElement(Tuple2.of("K" + i, 1.0), 5);
            }
            assertThat(output(harness)).isEmpty();
            // the slice's first records hardly repeat a key: its partials go at once, without the watermark
            harness.processElement(Tuple2.of("K" + records, 1.0), 5);
            assertThat(output(harness)).hasSize(records);
            assertThat(((LocalSliceAggregator<?, ?, ?, ?>) harness.getOperator()).bufferedPartials())
                    .isZero();
            // and the rest of the slice passes through
            harness.processElement(Tuple2.of("K0", 1.0), 6);
            assertThat(output(harness)).containsExactly("K0@0=1.0");
            harness.processWatermark(9);
            assertThat(output(harness)).containsExactly("W9");

            // the next slices pass through: one partial per record, at once
            harness.processElement(Tuple2.of("AMZN", 1.0), 15);
            harness.processElement(Tuple2.of("AMZN", 2.0), 16);
            assertThat(output(harness)).containsExactly("AMZN@10=1.0", "AMZN@10=2.0");
            assertThat(((LocalSliceAggregator<?, ?, ?, ?>) harness.getOperator()).bufferedPartials())
                    .isZero();

            // after PASS_THROUGH_SLICES slices, records are buffered (and measured) again
            long measured = 10L * (1 + LocalSliceAggregator.PASS_THROUGH_SLICES);
            harness.processElement(Tuple2.of("AMZN", 1.0), measured);
            harness.processElement(Tuple2.of("AMZN", 2.0), measured + 1);
            assertThat(output(harness)).isEmpty();
            harness.processWatermark(measured + 9);
            assertThat(output(harness)).containsExactly("AMZN@" + measured + "=3.0", "W" + (measured + 9));
        }
    }

    @Test
    void keepsBufferingWhenKeysRepeat() throws Exception {
        int records = 4 * LocalSliceAggregator.SAMPLE_RECORDS;
        try (var harness = harness(aggregator(new WindowSlicing(10, 10, 0), true))) {
            for (int i = 0; i < records; i++) {
                harness.processElement(Tuple2.of("K" + (i % 100), 1.0), 5);
            }
            harness.processWatermark(9);
            assertThat(output(harness)).hasSize(100 + 1);
            harness.processElement(Tuple2.of("AMZN", 1.0), 15);
            assertThat(output(harness)).isEmpty();
        }
    }

    @Test
    void decidesLatenessAgainstItsWatermark() throws Exception {
        LocalSliceAggregator<Tuple2<String, Double>, String, Double, Double> operator =
                aggregator(new WindowSlicing(10, 10, 5), true);
        try (var harness = harness(operator)) {
            harness.processWatermark(12);
            output(harness);
            harness.processElement(Tuple2.of("AMZN", 1.0), 7); // slice flushed, window within lateness: sent at once
            assertThat(output(harness)).containsExactly("AMZN@0=1.0");
            harness.processWatermark(14);
            harness.processElement(Tuple2.of("AMZN", 2.0), 3); // past the lateness: late
            assertThat(harness.getSideOutput(LATE))
                    .extracting(StreamRecord::getValue)
                    .containsExactly(new LateRecord<>("AMZN", 2.0, 3));
            assertThat(operator.lateCount()).isEqualTo(1);
        }
    }

    @Test
    void flushesEverythingBeforeACheckpointBarrier() throws Exception {
        LocalSliceAggregator<Tuple2<String, Double>, String, Double, Double> operator =
                aggregator(new WindowSlicing(10, 10, 0), true);
        try (var harness = harness(operator)) {
            harness.processElement(Tuple2.of("AMZN", 1.0), 1);
            harness.processElement(Tuple2.of("AMZN", 2.0), 15);
            assertThat(operator.bufferedPartials()).isEqualTo(2);
            harness.prepareSnapshotPreBarrier(1L);
            assertThat(output(harness)).containsExactly("AMZN@0=1.0", "AMZN@10=2.0");
            assertThat(operator.bufferedPartials()).isZero();
            harness.processElement(Tuple2.of("AMZN", 4.0), 16);
            harness.processWatermark(19);
            // the rest of the slice follows as a second partial; the global phase merges both
            assertThat(output(harness)).containsExactly("AMZN@10=4.0", "W19");
        }
    }

    @Test
    void processingTimeFlushesEachSliceAndEmitsItsOwnWatermarks() throws Exception {
        try (var harness = harness(aggregator(new WindowSlicing(10, 5, 0), false))) {
            harness.setProcessingTime(1);
            harness.processElement(Tuple2.of("AMZN", 1.0), 0);
            harness.processWatermark(1_000); // upstream event-time watermarks do not apply
            harness.setProcessingTime(4);
            harness.processElement(Tuple2.of("AMZN", 2.0), 0);
            assertThat(output(harness)).isEmpty();
            harness.setProcessingTime(5);
            assertThat(output(harness)).containsExactly("AMZN@0=3.0", "W4");
            harness.setProcessingTime(11);
            assertThat(output(harness)).containsExactly("W9");
        }
    }

    @Test
    void twoPhaseInProcessingTimeGivesTheOnePhaseResults() throws Exception {
        WindowSlicing slicing = new WindowSlicing(10, 5, 0);
        List<WindowResult<String, Double>> twoPhase = new ArrayList<>();
        try (OneInputStreamOperatorTestHarness<Tuple2<String, Double>, Tuple3<String, Long, Double>> local =
                        harness(aggregator(slicing, false));
                KeyedOneInputStreamOperatorTestHarness<
                                String, Tuple3<String, Long, Double>, WindowResult<String, Double>>
                        global = new KeyedOneInputStreamOperatorTestHarness<>(
                                new PartialSliceWindowOperator<>(slicing, SUM.function(), SUM.accumulatorType()),
                                t -> t.f0,
                                Types.STRING)) {
            global.setup(SliceWindowOperatorTest.resultSerializer(Types.DOUBLE));
            global.open();
            for (long now = 0; now < 40; now++) {
                if (now % 5 == 4) {
                    continue; // see below
                }
                local.setProcessingTime(now);
                local.processElement(Tuple2.of(now % 3 == 0 ? "AMZN" : "MSFT", (double) now), 0);
                forward(local, global);
            }
            local.setProcessingTime(100);
            forward(local, global);
            twoPhase.addAll(global.extractOutputValues());
        }
        List<WindowResult<String, Double>> onePhase;
        RecordSliceWindowOperator<String, Double, Double, Double> function =
                new RecordSliceWindowOperator<>(slicing, false, SUM.function(), SUM.accumulatorType(), LATE);
        try (KeyedOneInputStreamOperatorTestHarness<String, Tuple2<String, Double>, WindowResult<String, Double>>
                harness = new KeyedOneInputStreamOperatorTestHarness<>(function, t -> t.f0, Types.STRING)) {
            harness.setup(SliceWindowOperatorTest.resultSerializer(Types.DOUBLE));
            harness.open();
            for (long now = 0; now < 40; now++) {
                if (now % 5 == 4) {
                    // In the last millisecond of a window, processing-time windows fire before the record
                    // is processed, and fire once more for it, as Flink's processing-time trigger does; the
                    // two-phase path counts such a record once. Leave that millisecond out.
                    continue;
                }
                harness.setProcessingTime(now);
                harness.processElement(Tuple2.of(now % 3 == 0 ? "AMZN" : "MSFT", (double) now), 0);
            }
            harness.setProcessingTime(100);
            onePhase = harness.extractOutputValues();
        }
        assertThat(twoPhase).hasSize(18).containsExactlyInAnyOrderElementsOf(onePhase);
    }

    @ParameterizedTest
    @EnumSource(OperatorSetup.class)
    void twoPhaseResultsAfterRestoreEqualResultsWithoutFailure(OperatorSetup setup) throws Exception {
        WindowSlicing slicing = new WindowSlicing(20, 5, 5);
        List<WindowResult<String, Double>> expected;
        try (var local = harness(aggregator(slicing, true));
                var global = global(setup, slicing, null)) {
            feed(local, global, 0, 60);
            global.getOutput().clear();
            feed(local, global, 60, 120);
            local.processWatermark(Long.MAX_VALUE);
            forward(local, global);
            expected = global.extractOutputValues();
        }

        org.apache.flink.runtime.checkpoint.OperatorSubtaskState localState;
        org.apache.flink.runtime.checkpoint.OperatorSubtaskState globalState;
        try (var local = harness(aggregator(slicing, true));
                var global = global(setup, slicing, null)) {
            feed(local, global, 0, 60);
            // a checkpoint: the local phase flushes before the barrier, then both snapshot
            local.prepareSnapshotPreBarrier(1L);
            forward(local, global);
            localState = local.snapshot(1L, 1L);
            globalState = OperatorSetup.checkpoint(global, 1L);
        }
        // the buffered partials went downstream, so the restored local phase starts empty
        OneInputStreamOperatorTestHarness<Tuple2<String, Double>, Tuple3<String, Long, Double>> local =
                new OneInputStreamOperatorTestHarness<>(aggregator(slicing, true));
        TypeInformation<Tuple3<String, Long, Double>> partialType = Types.TUPLE(Types.STRING, Types.LONG, Types.DOUBLE);
        local.setup(partialType.createSerializer(new SerializerConfigImpl()));
        local.initializeState(localState);
        local.open();
        try (KeyedOneInputStreamOperatorTestHarness<String, Tuple3<String, Long, Double>, WindowResult<String, Double>>
                global = global(setup, slicing, globalState)) {
            global.getOutput().clear();
            feed(local, global, 60, 120);
            local.processWatermark(Long.MAX_VALUE);
            forward(local, global);
            assertThat(expected).hasSizeGreaterThan(20);
            assertThat(global.extractOutputValues()).containsExactlyInAnyOrderElementsOf(expected);
        } finally {
            local.close();
        }
    }

    private static KeyedOneInputStreamOperatorTestHarness<
                    String, Tuple3<String, Long, Double>, WindowResult<String, Double>>
            global(
                    OperatorSetup setup,
                    WindowSlicing slicing,
                    org.apache.flink.runtime.checkpoint.OperatorSubtaskState restore)
                    throws Exception {
        PartialSliceWindowOperator<String, Double, Double> operator =
                setup.buffer(new PartialSliceWindowOperator<>(slicing, SUM.function(), SUM.accumulatorType()));
        KeyedOneInputStreamOperatorTestHarness<String, Tuple3<String, Long, Double>, WindowResult<String, Double>>
                global = new KeyedOneInputStreamOperatorTestHarness<>(operator, t -> t.f0, Types.STRING);
        setup.backend(global);
        global.setup(SliceWindowOperatorTest.resultSerializer(Types.DOUBLE));
        if (restore != null) {
            global.initializeState(restore);
        }
        global.open();
        return global;
    }

    /** Out-of-order records with a watermark every fifth, some of them within the allowed lateness. */
    private static void feed(
            OneInputStreamOperatorTestHarness<Tuple2<String, Double>, Tuple3<String, Long, Double>> local,
            KeyedOneInputStreamOperatorTestHarness<String, Tuple3<String, Long, Double>, ?> global,
            int from,
            int to)
            throws Exception {
        for (int i = from; i < to; i++) {
            long timestamp = i * 3L - (i % 4 == 0 ? 12 : 0);
            local.processElement(Tuple2.of(i % 3 == 0 ? "AMZN" : "MSFT", (double) i), timestamp);
            if (i % 5 == 4) {
                local.processWatermark(i * 3L - 6);
            }
            forward(local, global);
        }
    }

    @SuppressWarnings("unchecked")
    private static void forward(
            OneInputStreamOperatorTestHarness<?, Tuple3<String, Long, Double>> from,
            KeyedOneInputStreamOperatorTestHarness<String, Tuple3<String, Long, Double>, ?> to)
            throws Exception {
        for (Object element : from.getOutput()) {
            if (element instanceof Watermark) {
                to.processWatermark((Watermark) element);
            } else {
                to.processElement((StreamRecord<Tuple3<String, Long, Double>>) element);
            }
        }
        from.getOutput().clear();
    }
}
