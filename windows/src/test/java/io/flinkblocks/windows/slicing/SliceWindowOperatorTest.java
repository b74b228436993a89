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

import java.util.List;
import java.util.stream.Collectors;

import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.api.java.tuple.Tuple3;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.apache.flink.util.OutputTag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.flinkblocks.windows.aggregate.Aggregation;
import io.flinkblocks.windows.aggregate.Aggregations;
import io.flinkblocks.windows.result.LateRecord;
import io.flinkblocks.windows.result.WindowResult;

class SliceWindowOperatorTest {

    private static final OutputTag<LateRecord<String, Double>> LATE =
            new OutputTag<>("late-records", LateRecord.typeInfo(Types.STRING, Types.DOUBLE));

    private static <ACC, R> RecordSliceWindowOperator<String, Double, ACC, R> function(
            long size, long slide, long lateness, boolean eventTime, Aggregation<Double, ACC, R> aggregation) {
        return new RecordSliceWindowOperator<>(
                new WindowSlicing(size, slide, lateness),
                eventTime,
                aggregation.function(),
                aggregation.accumulatorType(),
                LATE);
    }

    private static <R>
            KeyedOneInputStreamOperatorTestHarness<String, Tuple2<String, Double>, WindowResult<String, R>> harness(
                    OperatorSetup setup,
                    RecordSliceWindowOperator<String, Double, ?, R> function,
                    org.apache.flink.api.common.typeinfo.TypeInformation<R> valueType)
                    throws Exception {
        KeyedOneInputStreamOperatorTestHarness<String, Tuple2<String, Double>, WindowResult<String, R>> harness =
                new KeyedOneInputStreamOperatorTestHarness<>(function, t -> t.f0, Types.STRING);
        setup.buffer(function);
        setup.backend(harness);
        harness.setup(resultSerializer(valueType));
        harness.open();
        return harness;
    }

    /** Results hold Long or Double values; a serializer with a generic value copies both without Kryo. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static <R> org.apache.flink.api.common.typeutils.TypeSerializer<WindowResult<String, R>> resultSerializer(
            org.apache.flink.api.common.typeinfo.TypeInformation<R> valueType) {
        return (org.apache.flink.api.common.typeutils.TypeSerializer) WindowResult.typeInfo(Types.STRING, valueType)
                .createSerializer(new org.apache.flink.api.common.serialization.SerializerConfigImpl());
    }

    static SliceWindowOperator<?, ?, ?, ?> operator(KeyedOneInputStreamOperatorTestHarness<?, ?, ?> harness) {
        return (SliceWindowOperator<?, ?, ?, ?>) harness.getOperator();
    }

    /** Once every window fired: no state entry held, no slice indexed. */
    private static void assertNothingLeft(KeyedOneInputStreamOperatorTestHarness<?, ?, ?> harness) throws Exception {
        assertThat(OperatorSetup.heldEntries(operator(harness))).isZero();
        assertThat(operator(harness).indexedSlices()).isZero();
    }

    /** As {@link #assertNothingLeft}, and no processing-time callback or timer pending either. */
    private static void assertNothingLeftInProcessingTime(KeyedOneInputStreamOperatorTestHarness<?, ?, ?> harness)
            throws Exception {
        assertNothingLeft(harness);
        assertThat(operator(harness).pendingCallbacks()).isZero();
        assertThat(harness.getProcessingTimeService().getNumActiveTimers()).isZero();
    }

    private static Tuple2<String, Double> record(String key, double value) {
        return Tuple2.of(key, value);
    }

    private static <R> WindowResult<String, R> result(String key, long start, long end, R value) {
        return new WindowResult<>(key, start, end, value);
    }

    @ParameterizedTest
    @EnumSource(OperatorSetup.class)
    void tumblingEventTimeFiresWhenTheWatermarkPassesTheWindowEnd(OperatorSetup setup) throws Exception {
        try (KeyedOneInputStreamOperatorTestHarness<String, Tuple2<String, Double>, WindowResult<String, Long>>
                harness = harness(setup, function(10, 10, 0, true, Aggregations.count()), Types.LONG)) {
            harness.processElement(record("AMZN", 1), 1);
            harness.processElement(record("AMZN", 1), 5);
            harness.processElement(record("MSFT", 1), 9);
            harness.processElement(record("AMZN", 1), 12);
            harness.processWatermark(8);
            assertThat(harness.extractOutputValues()).isEmpty();
            harness.processWatermark(9);
            assertThat(harness.extractOutputValues())
                    .containsExactlyInAnyOrder(result("AMZN", 0, 10, 2L), result("MSFT", 0, 10, 1L));
            harness.processWatermark(19);
            assertThat(harness.extractOutputValues()).hasSize(3).contains(result("AMZN", 10, 20, 1L));
            // results carry the window's last millisecond as timestamp, like Flink's window operator
            assertThat(harness.getOutput().stream()
                            .filter(e -> e instanceof StreamRecord)
                            .map(e -> ((StreamRecord<?>) e).getTimestamp())
                            .collect(Collectors.toList()))
                    .containsExactly(9L, 9L, 19L);
        }
    }

    @ParameterizedTest
    @EnumSource(OperatorSetup.class)
    void tumblingProcessingTimeFiresAtTheWindowEnd(OperatorSetup setup) throws Exception {
        try (KeyedOneInputStreamOperatorTestHarness<String, Tuple2<String, Double>, WindowResult<String, Double>>
                harness = harness(setup, function(10, 10, 0, false, Aggregations.max()), Types.DOUBLE)) {
            harness.setProcessingTime(3);
            harness.processElement(record("AMZN", 4.0), 0);
            harness.processElement(record("AMZN", 7.5), 0);
            harness.setProcessingTime(11);
            harness.processElement(record("AMZN", 1.0), 0);
            assertThat(harness.extractOutputValues()).containsExactly(result("AMZN", 0, 10, 7.5));
            harness.setProcessingTime(18);
            assertThat(harness.extractOutputValues()).hasSize(1);
            harness.setProcessingTime(19);
            assertThat(harness.extractOutputValues())
                    .containsExactly(result("AMZN", 0, 10, 7.5), result("AMZN", 10, 20, 1.0));
            assertNothingLeftInProcessingTime(harness);
        }
    }

    @ParameterizedTest
    @EnumSource(OperatorSetup.class)
    void slidingEventTimeMergesSlices(OperatorSetup setup) throws Exception {
        try (KeyedOneInputStreamOperatorTestHarness<String, Tuple2<String, Double>, WindowResult<String, Double>>
                harness = harness(setup, function(10, 5, 0, true, Aggregations.sum()), Types.DOUBLE)) {
            harness.processElement(record("AMZN", 1), 2); // windows [-5, 5), [0, 10)
            harness.processElement(record("AMZN", 2), 7); // [0, 10), [5, 15)
            harness.processElement(record("AMZN", 4), 12); // [5, 15), [10, 20)
            harness.processWatermark(30);
            assertThat(harness.extractOutputValues())
                    .containsExactly(
                            result("AMZN", -5, 5, 1.0),
                            result("AMZN", 0, 10, 3.0),
                            result("AMZN", 5, 15, 6.0),
                            result("AMZN", 10, 20, 4.0));
            assertNothingLeft(harness);
        }
    }

    @ParameterizedTest
    @EnumSource(OperatorSetup.class)
    void slidingProcessingTimeMergesSlices(OperatorSetup setup) throws Exception {
        try (KeyedOneInputStreamOperatorTestHarness<String, Tuple2<String, Double>, WindowResult<String, Double>>
                harness = harness(setup, function(6, 2, 0, false, Aggregations.min()), Types.DOUBLE)) {
            harness.setProcessingTime(1);
            harness.processElement(record("AMZN", 5), 0); // [-4, 2), [-2, 4), [0, 6)
            harness.setProcessingTime(2); // [-4, 2) fires
            harness.processElement(record("AMZN", 3), 0); // [-2, 4), [0, 6), [2, 8)
            harness.setProcessingTime(20);
            assertThat(harness.extractOutputValues())
                    .containsExactly(
                            result("AMZN", -4, 2, 5.0),
                            result("AMZN", -2, 4, 3.0),
                            result("AMZN", 0, 6, 3.0),
                            result("AMZN", 2, 8, 3.0));
            assertNothingLeftInProcessingTime(harness);
        }
    }

    @ParameterizedTest
    @EnumSource(OperatorSetup.class)
    void lateRecordsGoToTheSideOutputAndTheCounter(OperatorSetup setup) throws Exception {
        RecordSliceWindowOperator<String, Double, Long, Long> function =
                function(10, 10, 0, true, Aggregations.count());
        try (KeyedOneInputStreamOperatorTestHarness<String, Tuple2<String, Double>, WindowResult<String, Long>>
                harness = harness(setup, function, Types.LONG)) {
            harness.processElement(record("AMZN", 1), 3);
            harness.processWatermark(10);
            harness.processElement(record("AMZN", 42), 9); // its only window fired and has no lateness
            harness.processElement(record("AMZN", 1), 11); // on time
            assertThat(harness.getSideOutput(LATE))
                    .extracting(StreamRecord::getValue)
                    .containsExactly(new LateRecord<>("AMZN", 42.0, 9));
            assertThat(function.lateCount()).isEqualTo(1);
            harness.processWatermark(19);
            assertThat(harness.extractOutputValues())
                    .containsExactly(result("AMZN", 0, 10, 1L), result("AMZN", 10, 20, 1L));
        }
    }

    @ParameterizedTest
    @EnumSource(OperatorSetup.class)
    void allowedLatenessFiresTheWindowAgainUntilItExpires(OperatorSetup setup) throws Exception {
        RecordSliceWindowOperator<String, Double, Long, Long> function =
                function(10, 10, 5, true, Aggregations.count());
        try (KeyedOneInputStreamOperatorTestHarness<String, Tuple2<String, Double>, WindowResult<String, Long>>
                harness = harness(setup, function, Types.LONG)) {
            harness.processElement(record("AMZN", 1), 3);
            harness.processWatermark(10);
            harness.processElement(record("AMZN", 1), 4); // within lateness: the window fires again, updated
            assertThat(harness.extractOutputValues())
                    .containsExactly(result("AMZN", 0, 10, 1L), result("AMZN", 0, 10, 2L));
            harness.processWatermark(14);
            assertThat(OperatorSetup.heldEntries(operator(harness))).isZero(); // 9 + 5 reached: the slice is gone
            harness.processElement(record("AMZN", 1), 5);
            assertThat(harness.getSideOutput(LATE)).hasSize(1);
            assertThat(function.lateCount()).isEqualTo(1);
            assertThat(harness.extractOutputValues()).hasSize(2);
        }
    }

    @ParameterizedTest
    @EnumSource(OperatorSetup.class)
    void slicesAreRemovedOnceTheirLastWindowExpires(OperatorSetup setup) throws Exception {
        try (KeyedOneInputStreamOperatorTestHarness<String, Tuple2<String, Double>, WindowResult<String, Long>>
                harness = harness(setup, function(30, 10, 20, true, Aggregations.count()), Types.LONG)) {
            for (int i = 0; i < 100; i++) {
                harness.processElement(record("K" + (i % 3), 1), i * 7L);
                harness.processWatermark(i * 7L - 15);
            }
            assertThat(OperatorSetup.heldEntries(operator(harness))).isPositive();
            harness.processWatermark(700 + 30 + 20);
            assertNothingLeft(harness);
            // every record is counted in the three windows that contain it
            long total = harness.extractOutputValues().stream()
                    .collect(Collectors.groupingBy(
                            r -> r.getKey() + r.getWindowStart(), Collectors.reducing((a, b) -> b)))
                    .values()
                    .stream()
                    .mapToLong(r -> r.get().getValue())
                    .sum();
            assertThat(total).isEqualTo(300);
        }
    }

    @ParameterizedTest
    @EnumSource(OperatorSetup.class)
    void resultsAfterRestoreEqualResultsWithoutFailure(OperatorSetup setup) throws Exception {
        List<WindowResult<String, Double>> expected;
        try (KeyedOneInputStreamOperatorTestHarness<String, Tuple2<String, Double>, WindowResult<String, Double>>
                harness = harness(setup, function(20, 5, 5, true, Aggregations.sum()), Types.DOUBLE)) {
            firstHalf(harness);
            harness.getOutput().clear();
            secondHalf(harness);
            expected = harness.extractOutputValues();
        }
        OperatorSubtaskState snapshot;
        try (KeyedOneInputStreamOperatorTestHarness<String, Tuple2<String, Double>, WindowResult<String, Double>>
                harness = harness(setup, function(20, 5, 5, true, Aggregations.sum()), Types.DOUBLE)) {
            firstHalf(harness);
            snapshot = OperatorSetup.checkpoint(harness, 1L);
        }
        RecordSliceWindowOperator<String, Double, Double, Double> restoredFunction =
                setup.buffer(function(20, 5, 5, true, Aggregations.sum()));
        KeyedOneInputStreamOperatorTestHarness<String, Tuple2<String, Double>, WindowResult<String, Double>> restored =
                new KeyedOneInputStreamOperatorTestHarness<>(restoredFunction, t -> t.f0, Types.STRING);
        setup.backend(restored);
        try {
            restored.setup(resultSerializer(Types.DOUBLE));
            restored.initializeState(snapshot);
            restored.open();
            secondHalf(restored);
            assertThat(expected).isNotEmpty();
            // the keys of one window may fire in another order after a restore (the index is rebuilt from state)
            assertThat(restored.extractOutputValues()).containsExactlyInAnyOrderElementsOf(expected);
        } finally {
            restored.close();
        }
    }

    private static void firstHalf(KeyedOneInputStreamOperatorTestHarness<String, Tuple2<String, Double>, ?> harness)
            throws Exception {
        for (int i = 0; i < 50; i++) {
            harness.processElement(record(i % 2 == 0 ? "AMZN" : "MSFT", i), i * 3L);
            if (i % 5 == 4) {
                harness.processWatermark(i * 3L - 10);
            }
        }
    }

    private static void secondHalf(KeyedOneInputStreamOperatorTestHarness<String, Tuple2<String, Double>, ?> harness)
            throws Exception {
        harness.processElement(record("AMZN", 100), 135); // on time for some windows, within lateness for others
        for (int i = 50; i < 80; i++) {
            harness.processElement(record(i % 3 == 0 ? "AMZN" : "TBV", i), i * 3L);
        }
        harness.processWatermark(Long.MAX_VALUE);
    }

    @ParameterizedTest
    @EnumSource(OperatorSetup.class)
    void partialsMergeIntoTheSameResultsAsRecords(OperatorSetup setup) throws Exception {
        Aggregation<Double, Double, Double> sum = Aggregations.sum();
        PartialSliceWindowOperator<String, Double, Double> function = setup.buffer(
                new PartialSliceWindowOperator<>(new WindowSlicing(10, 5, 0), sum.function(), sum.accumulatorType()));
        try (KeyedOneInputStreamOperatorTestHarness<String, Tuple3<String, Long, Double>, WindowResult<String, Double>>
                harness = setup.backend(
                        new KeyedOneInputStreamOperatorTestHarness<>(function, t -> t.f0, Types.STRING))) {
            harness.setup(resultSerializer(Types.DOUBLE));
            harness.open();
            harness.processElement(Tuple3.of("AMZN", 0L, 1.0), 4);
            harness.processElement(Tuple3.of("AMZN", 0L, 2.0), 4); // a second subtask's partial of the same slice
            harness.processElement(Tuple3.of("AMZN", 5L, 4.0), 9);
            harness.processWatermark(14);
            assertThat(harness.extractOutputValues())
                    .containsExactly(
                            result("AMZN", -5, 5, 3.0), result("AMZN", 0, 10, 7.0), result("AMZN", 5, 15, 4.0));
            harness.processElement(Tuple3.of("AMZN", 0L, 8.0), 4); // every window of slice 0 is closed
            assertThat(function.lateCount()).isEqualTo(1);
            assertThat(OperatorSetup.heldEntries(operator(harness))).isZero();
        }
    }
}
