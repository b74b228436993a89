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

import java.util.Arrays;
import java.util.List;

import org.apache.flink.api.java.tuple.Tuple3;
import org.apache.flink.runtime.state.KeyGroupRange;
import org.apache.flink.runtime.state.KeyGroupRangeAssignment;
import org.junit.jupiter.api.Test;

class FiringProgressTest {

    private static final int MAX_PARALLELISM = 8;

    @Test
    void oneTimeForTheWholeSubtaskUntilARestore() {
        FiringProgress progress = new FiringProgress(KeyGroupRange.of(0, 7), MAX_PARALLELISM);
        assertThat(progress.firedUpTo()).isEqualTo(Long.MIN_VALUE);

        progress.firedTo(9_999);

        assertThat(progress.firedUpTo()).isEqualTo(9_999);
        assertThat(progress.firedUpToOf("any key")).isEqualTo(9_999);
        assertThat(progress.snapshot()).containsExactly(Tuple3.of(0, 7, 9_999L));
    }

    @Test
    void aRescaleKeepsEachKeyGroupsOwnTimeUntilTheSubtaskCatchesUp() {
        // two old subtasks had fired up to different times; the new subtask holds key groups of both
        FiringProgress progress = new FiringProgress(KeyGroupRange.of(2, 5), MAX_PARALLELISM);
        progress.restore(Arrays.asList(Tuple3.of(0, 3, 19_999L), Tuple3.of(4, 7, 9_999L)));

        assertThat(progress.firedUpTo()).as("the earliest of its key groups").isEqualTo(9_999);
        String ahead = keyInGroup(3);
        String behind = keyInGroup(4);
        assertThat(progress.firedUpToOf(ahead)).isEqualTo(19_999);
        assertThat(progress.firedUpToOf(behind)).isEqualTo(9_999);
        assertThat(progress.snapshot()).containsExactly(Tuple3.of(2, 3, 19_999L), Tuple3.of(4, 5, 9_999L));

        progress.firedTo(14_999);
        assertThat(progress.firedUpToOf(ahead)).isEqualTo(19_999);
        assertThat(progress.firedUpToOf(behind)).isEqualTo(14_999);

        progress.firedTo(19_999);
        assertThat(progress.firedUpToOf(behind)).isEqualTo(19_999);
        assertThat(progress.snapshot()).as("one run again").containsExactly(Tuple3.of(2, 5, 19_999L));
    }

    @Test
    void aRestoreOfOneTimeIsUniform() {
        FiringProgress progress = new FiringProgress(KeyGroupRange.of(0, 3), MAX_PARALLELISM);
        List<Tuple3<Integer, Integer, Long>> snapshot = Arrays.asList(Tuple3.of(0, 3, 4_999L), Tuple3.of(4, 7, 4_999L));

        progress.restore(snapshot);

        assertThat(progress.firedUpTo()).isEqualTo(4_999);
        assertThat(progress.snapshot()).containsExactly(Tuple3.of(0, 3, 4_999L));
    }

    @Test
    void keyGroupsNobodyFiredStartFromNothing() {
        FiringProgress progress = new FiringProgress(KeyGroupRange.of(0, 3), MAX_PARALLELISM);

        progress.restore(Arrays.asList(Tuple3.of(4, 7, 4_999L)));

        assertThat(progress.firedUpTo()).isEqualTo(Long.MIN_VALUE);
    }

    private static String keyInGroup(int keyGroup) {
        for (int i = 0; ; i++) {
            String key = "key-" + i;
            if (KeyGroupRangeAssignment.assignToKeyGroup(key, MAX_PARALLELISM) == keyGroup) {
                return key;
            }
        }
    }
}
