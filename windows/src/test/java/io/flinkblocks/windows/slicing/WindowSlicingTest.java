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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.flink.streaming.api.windowing.assigners.SlidingEventTimeWindows;
import org.apache.flink.streaming.api.windowing.windows.TimeWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WindowSlicingTest {

    /** The windows whose slices hold {@code timestamp}, as the slicing arithmetic sees them. */
    private static List<TimeWindow> windowsOf(WindowSlicing slicing, long timestamp) {
        long slice = slicing.sliceStart(timestamp);
        List<TimeWindow> windows = new ArrayList<>();
        for (long end = slicing.firstWindowEnd(slice); end <= slicing.lastWindowEnd(slice); end += slicing.slide()) {
            assertThat(slicing.isWindowEnd(end)).isTrue();
            windows.add(new TimeWindow(end - slicing.size(), end));
        }
        return windows;
    }

    @ParameterizedTest
    @CsvSource({"10, 10", "10, 5", "60, 1", "10, 4", "7, 3", "1000, 250"})
    void assignsEachTimestampToTheWindowsOfFlinksSlidingAssigner(long size, long slide) {
        WindowSlicing slicing = new WindowSlicing(size, slide, 0);
        SlidingEventTimeWindows flink =
                SlidingEventTimeWindows.of(java.time.Duration.ofMillis(size), java.time.Duration.ofMillis(slide));
        Random random = new Random(size * 31 + slide);
        for (int i = 0; i < 2000; i++) {
            long timestamp = random.nextInt(100_000) - 50_000; // negative timestamps too
            List<TimeWindow> expected = new ArrayList<>(flink.assignWindows(null, timestamp, null));
            expected.sort((a, b) -> Long.compare(a.getStart(), b.getStart()));
            assertThat(windowsOf(slicing, timestamp))
                    .as("timestamp %d", timestamp)
                    .isEqualTo(expected);
        }
    }

    @Test
    void slicesAreTheGreatestCommonDivisor() {
        assertThat(new WindowSlicing(60_000, 1_000, 0).slice()).isEqualTo(1_000);
        assertThat(new WindowSlicing(10, 4, 0).slice()).isEqualTo(2);
        assertThat(new WindowSlicing(10, 10, 0).slice()).isEqualTo(10);
    }

    @Test
    void cleanupWaitsForTheLastWindowAndTheLateness() {
        WindowSlicing slicing = new WindowSlicing(10, 5, 3);
        // slice [5, 10) is in windows [0, 10) and [5, 15): needed until 14 + 3
        assertThat(slicing.cleanupTime(5)).isEqualTo(17);
    }

    @Test
    void rejectsSlidesLargerThanTheSize() {
        assertThatThrownBy(() -> new WindowSlicing(5, 10, 0)).hasMessageContaining("larger than the size");
        assertThatThrownBy(() -> new WindowSlicing(0, 0, 0)).hasMessageContaining("positive");
    }
}
