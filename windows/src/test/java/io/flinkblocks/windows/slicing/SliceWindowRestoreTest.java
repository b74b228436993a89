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

import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.runtime.state.KeyGroupRangeAssignment;
import org.apache.flink.streaming.util.AbstractStreamOperatorTestHarness;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.apache.flink.util.OutputTag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.flinkblocks.windows.aggregate.Aggregation;
import io.flinkblocks.windows.aggregate.Aggregations;
import io.flinkblocks.windows.result.LateRecord;
import io.flinkblocks.windows.result.WindowResult;

/**
 * Snapshots and restores of the slice window operator, with and without a change of parallelism: the
 * index of pending slices is rebuilt from keyed state, restored windows fire once, and windows that
 * fired before the snapshot do not fire again.
 */
class SliceWindowRestoreTest {

    private static final int MAX_PARALLELISM = 16;
    private static final OutputTag<LateRecord<String, Double>> LATE =
            new OutputTag<>("late-records", LateRecord.typeInfo(Types.STRING, Types.DOUBLE));
    private static final Aggregation<Double, Double, Double> SUM = Aggregations.sum();

    private static final class Harness {
        final KeyedOneInputStreamOperatorTestHarness<String, Tuple2<String, Double>, WindowResult<String, Double>>
                harness;
        final RecordSliceWindowOperator<String, Double, Double, Double> operator;

        Harness(
                OperatorSetup setup,
                WindowSlicing slicing,
                boolean eventTime,
                int parallelism,
                int subtask,
                OperatorSubtaskState restore)
                throws Exception {
            operator = setup.buffer(
                    new RecordSliceWindowOperator<>(slicing, eventTime, SUM.function(), SUM.accumulatorType(), LATE));
            harness = setup.backend(new KeyedOneInputStreamOperatorTestHarness<>(
                    operator, t -> t.f0, Types.STRING, MAX_PARALLELISM, parallelism, subtask));
            harness.setup(SliceWindowOperatorTest.resultSerializer(Types.DOUBLE));
            if (restore != null) {
                harness.initializeState(restore);
            }
            harness.open();
        }

        List<WindowResult<String, Double>> takeOutput() {
            List<WindowResult<String, Double>> output = harness.extractOutputValues();
            harness.getOutput().clear();
            return output;
        }
    }

    /** Subtasks of the same operator at one parallelism; records go to the subtask owning their key. */
    private static final class Subtasks implements AutoCloseable {
        final List<Harness> harnesses = new ArrayList<>();

        Subtasks(OperatorSetup setup, WindowSlicing slicing, boolean eventTime, int parallelism, Snapshot restore)
                throws Exception {
            for (int i = 0; i < parallelism; i++) {
                OperatorSubtaskState state = restore == null
                        ? null
                        : AbstractStreamOperatorTestHarness.repartitionOperatorState(
                                restore.state, MAX_PARALLELISM, restore.parallelism, parallelism, i);
                harnesses.add(new Harness(setup, slicing, eventTime, parallelism, i, state));
            }
        }

        void record(String key, double value, long timestamp) throws Exception {
            int subtask = KeyGroupRangeAssignment.assignKeyToParallelOperator(key, MAX_PARALLELISM, harnesses.size());
            harnesses.get(subtask).harness.processElement(Tuple2.of(key, value), timestamp);
        }

        void watermark(long watermark) throws Exception {
            for (Harness harness : harnesses) {
                harness.harness.processWatermark(watermark);
            }
        }

        List<WindowResult<String, Double>> takeOutput() {
            List<WindowResult<String, Double>> output = new ArrayList<>();
            for (Harness harness : harnesses) {
                output.addAll(harness.takeOutput());
            }
            return output;
        }

        int indexedSlices() {
            return harnesses.stream().mapToInt(h -> h.operator.indexedSlices()).sum();
        }

        OperatorSubtaskState snapshot(long id) throws Exception {
            OperatorSubtaskState[] states = new OperatorSubtaskState[harnesses.size()];
            for (int i = 0; i < states.length; i++) {
                states[i] = OperatorSetup.checkpoint(harnesses.get(i).harness, id);
            }
            return AbstractStreamOperatorTestHarness.repackageState(states);
        }

        @Override
        public void close() throws Exception {
            for (Harness harness : harnesses) {
                harness.harness.close();
            }
        }
    }

    /**
     * The state of all subtasks of a snapshot, their parallelism (to split it by key group) and how many
     * slices they had indexed when it was taken.
     */
    private static final class Snapshot {
        final OperatorSubtaskState state;
        final int parallelism;
        final int indexedSlices;

        Snapshot(OperatorSubtaskState state, int parallelism, int indexedSlices) {
            this.state = state;
            this.parallelism = parallelism;
            this.indexedSlices = indexedSlices;
        }
    }

    private static Snapshot snapshot(Subtasks subtasks, long id) throws Exception {
        return new Snapshot(subtasks.snapshot(id), subtasks.harnesses.size(), subtasks.indexedSlices());
    }

    /** Records and watermarks given to subtasks. */
    @FunctionalInterface
    private interface Input {
        void feed(Subtasks subtasks) throws Exception;
    }

    /** Feeds fresh event-time subtasks and takes snapshot 1 of them. */
    private static Snapshot snapshotAfter(OperatorSetup setup, WindowSlicing slicing, int parallelism, Input input)
            throws Exception {
        try (Subtasks before = new Subtasks(setup, slicing, true, parallelism, null)) {
            input.feed(before);
            return snapshot(before, 1);
        }
    }

    /** What fresh event-time subtasks emit for the second input, once they have had the first. */
    private static List<WindowResult<String, Double>> withoutRestore(
            OperatorSetup setup, WindowSlicing slicing, int parallelism, Input first, Input second) throws Exception {
        try (Subtasks subtasks = new Subtasks(setup, slicing, true, parallelism, null)) {
            first.feed(subtasks);
            subtasks.takeOutput();
            second.feed(subtasks);
            return subtasks.takeOutput();
        }
    }

    private static String key(int i) {
        return "K" + (i % 11);
    }

    /** Out of order records and watermarks up to 107; windows of 20 ms sliding by 10 ms. */
    private static void firstPart(Subtasks subtasks) throws Exception {
        for (int i = 0; i < 40; i++) {
            subtasks.record(key(i), i, i * 3L - (i % 4 == 0 ? 7 : 0));
            if (i % 5 == 4) {
                subtasks.watermark(i * 3L - 10);
            }
        }
    }

    /**
     * A record for a window that fired but is within the allowed lateness, then on-time records (for
     * every subtask's watermark) and the end of input.
     */
    private static void secondPart(Subtasks subtasks) throws Exception {
        subtasks.record(key(3), 1000, 98);
        subtasks.watermark(112);
        for (int i = 40; i < 70; i++) {
            subtasks.record(key(i * 7), i, i * 3L);
            if (i % 5 == 4) {
                subtasks.watermark(i * 3L - 10);
            }
        }
        subtasks.watermark(Long.MAX_VALUE);
    }

    private static final WindowSlicing SLIDING = new WindowSlicing(20, 10, 15);

    /**
     * The sliding windows over both parts in one run, and a snapshot of one subtask after the first part:
     * subtasks restored from it and given the second part must emit what the run without a restore did.
     */
    private static final class SlidingRunSplitAtSnapshot {
        final OperatorSetup setup;
        final List<WindowResult<String, Double>> expected;
        final Snapshot state;

        SlidingRunSplitAtSnapshot(OperatorSetup setup) throws Exception {
            this.setup = setup;
            this.expected = withoutRestore(
                    setup, SLIDING, 1, SliceWindowRestoreTest::firstPart, SliceWindowRestoreTest::secondPart);
            this.state = snapshotAfter(setup, SLIDING, 1, SliceWindowRestoreTest::firstPart);
        }

        Subtasks restore(int parallelism) throws Exception {
            return new Subtasks(setup, SLIDING, true, parallelism, state);
        }
    }

    @ParameterizedTest
    @EnumSource(OperatorSetup.class)
    void restoreRebuildsTheIndexAndFiresTheRestoredWindowsOnce(OperatorSetup setup) throws Exception {
        SlidingRunSplitAtSnapshot run = new SlidingRunSplitAtSnapshot(setup);
        try (Subtasks after = run.restore(1)) {
            assertThat(run.state.indexedSlices).isPositive();
            assertThat(after.indexedSlices()).isEqualTo(run.state.indexedSlices);
            assertThat(after.takeOutput()).isEmpty();
            secondPart(after);
            assertThat(run.expected).hasSizeGreaterThan(20);
            assertThat(after.takeOutput()).containsExactlyInAnyOrderElementsOf(run.expected);
            assertThat(after.indexedSlices()).isZero();
            assertThat(OperatorSetup.heldEntries(after.harnesses.get(0).operator))
                    .isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(OperatorSetup.class)
    void rescalingOutSplitsTheSlicesByKeyGroupAndEachSubtaskFiresItsOwn(OperatorSetup setup) throws Exception {
        SlidingRunSplitAtSnapshot run = new SlidingRunSplitAtSnapshot(setup);
        try (Subtasks after = run.restore(2)) {
            assertThat(after.harnesses)
                    .allSatisfy(h -> assertThat(h.operator.indexedSlices()).isPositive());
            assertThat(after.indexedSlices()).isEqualTo(run.state.indexedSlices);
            secondPart(after);
            assertThat(after.takeOutput()).containsExactlyInAnyOrderElementsOf(run.expected);
        }
    }

    /**
     * Two subtasks fired windows up to different watermarks before the snapshot; restored into one, each
     * key's windows continue from where its own subtask was: none fires twice, none is lost. The restored
     * operator's own snapshot keeps that, too.
     */
    @ParameterizedTest
    @EnumSource(OperatorSetup.class)
    void rescalingInKeepsEachKeyGroupsProgress(OperatorSetup setup) throws Exception {
        WindowSlicing slicing = new WindowSlicing(20, 10, 0);
        List<WindowResult<String, Double>> expected = withoutRestore(
                setup, slicing, 2, SliceWindowRestoreTest::unevenFirstPart, SliceWindowRestoreTest::unevenSecondPart);

        Snapshot state = snapshotAfter(setup, slicing, 2, SliceWindowRestoreTest::unevenFirstPart);
        Snapshot again;
        try (Subtasks restored = new Subtasks(setup, slicing, true, 1, state)) {
            again = snapshot(restored, 2);
        }
        try (Subtasks after = new Subtasks(setup, slicing, true, 1, again)) {
            unevenSecondPart(after);
            List<WindowResult<String, Double>> output = after.takeOutput();
            // the windows between the two watermarks, for the keys of the subtask that had not fired them
            assertThat(expected)
                    .anySatisfy(r -> assertThat(r.getWindowEnd() - 1).isBetween(61L, 100L));
            assertThat(output).containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    /** Records for every key up to 150; subtask 0 saw watermarks up to 60, subtask 1 up to 100. */
    private static void unevenFirstPart(Subtasks subtasks) throws Exception {
        assertThat(subtasks.harnesses).hasSize(2);
        for (int i = 0; i < 50; i++) {
            subtasks.record(key(i), i, i * 3L);
        }
        subtasks.harnesses.get(0).harness.processWatermark(60);
        subtasks.harnesses.get(1).harness.processWatermark(100);
        assertThat(subtasks.harnesses)
                .allSatisfy(h -> assertThat(h.operator.indexedSlices()).isPositive());
    }

    private static void unevenSecondPart(Subtasks subtasks) throws Exception {
        for (int i = 50; i < 80; i++) {
            subtasks.record(key(i * 5), i, i * 3L);
        }
        subtasks.watermark(Long.MAX_VALUE);
    }

    @ParameterizedTest
    @EnumSource(OperatorSetup.class)
    void aRecordForAWindowThatFiredBeforeTheSnapshotFiresItAgainWhenTheWatermarkPassesItsEnd(OperatorSetup setup)
            throws Exception {
        WindowSlicing tumbling = new WindowSlicing(10, 10, 100);
        Snapshot state = snapshotAfter(setup, tumbling, 1, before -> {
            before.record("AMZN", 1, 3);
            before.record("MSFT", 1, 5);
            before.watermark(10);
            assertThat(before.takeOutput())
                    .containsExactlyInAnyOrder(
                            new WindowResult<>("AMZN", 0, 10, 1.0), new WindowResult<>("MSFT", 0, 10, 1.0));
        });
        try (Subtasks after = new Subtasks(setup, tumbling, true, 1, state)) {
            // The watermark starts over after a restore, as in Flink: the window is not late, and fires
            // again, for this key only, when the watermark passes its end.
            after.record("AMZN", 2, 4);
            assertThat(after.takeOutput()).isEmpty();
            after.watermark(5);
            assertThat(after.takeOutput()).isEmpty();
            after.watermark(12);
            assertThat(after.takeOutput()).containsExactly(new WindowResult<>("AMZN", 0, 10, 3.0));
            after.watermark(Long.MAX_VALUE);
            assertThat(after.takeOutput()).isEmpty();
            assertThat(after.indexedSlices()).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(OperatorSetup.class)
    void processingTimeWindowsFireAfterRestoreAndThoseThatFiredBeforeDoNotFireAgain(OperatorSetup setup)
            throws Exception {
        WindowSlicing sliding = new WindowSlicing(10, 5, 0);
        Snapshot state;
        try (Subtasks before = new Subtasks(setup, sliding, false, 1, null)) {
            Harness harness = before.harnesses.get(0);
            harness.harness.setProcessingTime(3);
            before.record("AMZN", 2, 0); // windows [-5, 5) and [0, 10)
            harness.harness.setProcessingTime(7);
            before.record("AMZN", 5, 0); // [0, 10) and [5, 15)
            assertThat(before.takeOutput()).containsExactly(new WindowResult<>("AMZN", -5, 5, 2.0));
            state = snapshot(before, 1);
        }
        try (Subtasks after = new Subtasks(setup, sliding, false, 1, state)) {
            Harness harness = after.harnesses.get(0);
            assertThat(harness.operator.indexedSlices()).isEqualTo(2);
            // the restored windows were registered again, before any new record
            assertThat(harness.operator.pendingCallbacks()).isEqualTo(1);
            harness.harness.setProcessingTime(9);
            assertThat(after.takeOutput()).containsExactly(new WindowResult<>("AMZN", 0, 10, 7.0));
            harness.harness.setProcessingTime(30);
            assertThat(after.takeOutput()).containsExactly(new WindowResult<>("AMZN", 5, 15, 5.0));
            assertThat(harness.operator.indexedSlices()).isZero();
            assertThat(harness.operator.pendingCallbacks()).isZero();
            assertThat(OperatorSetup.heldEntries(harness.operator)).isZero();
        }
    }
}
