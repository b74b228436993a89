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
package io.flinkblocks.testing.ticks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ExpectedWindowLinesTest {

    @Test
    void mergesTheValuesOfATickerInAWindowIntoOneLine() {
        ExpectedWindowLines<Double> minima = new ExpectedWindowLines<>(Math::min);
        minima.merge(1000, "MSFT", 3.0);
        minima.merge(-1000, "TBV", 2.0);
        minima.merge(1000, "AMZN", 5.0);
        minima.merge(1000, "MSFT", 1.5);
        minima.merge(0, "AMZN", 4.0);

        assertThat(minima.byWindow())
                .containsExactly(
                        entry(-1000L, List.of("TBV,2.0")),
                        entry(0L, List.of("AMZN,4.0")),
                        entry(1000L, List.of("AMZN,5.0", "MSFT,1.5")));
        assertThat(minima.lines()).containsExactly("TBV,2.0", "AMZN,4.0", "AMZN,5.0", "MSFT,1.5");
        assertThat(minima.linesUpTo(0)).isEqualTo(2);
        assertThat(minima.linesUpTo(999)).isEqualTo(2);
        assertThat(minima.linesUpTo(1000)).isEqualTo(4);
    }

    private static Map.Entry<Long, List<String>> entry(long window, List<String> lines) {
        return Map.entry(window, lines);
    }
}
