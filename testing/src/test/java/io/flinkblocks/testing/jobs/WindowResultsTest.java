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
package io.flinkblocks.testing.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WindowResultsTest {

    @Test
    void combinesTheValuesOfEachWindowAndTickerIntoOneLine() {
        WindowResults<Long> counts = new WindowResults<>();
        counts.merge(10_000, "AMZN", 1L, Long::sum);
        counts.merge(0, "AMZN", 1L, Long::sum);
        counts.merge(0, "TBV", 1L, Long::sum);
        counts.merge(0, "AMZN", 1L, Long::sum);

        assertThat(counts.lines()).containsExactly("AMZN,2", "TBV,1", "AMZN,1");
    }

    @Test
    void keepsTheCombinedValue() {
        WindowResults<Double> minima = new WindowResults<>();
        minima.merge(0, "AMZN", 3.5, Math::min);
        minima.merge(0, "AMZN", 1.25, Math::min);
        minima.merge(0, "AMZN", 2.0, Math::min);

        assertThat(minima.lines()).containsExactly("AMZN,1.25");
    }
}
