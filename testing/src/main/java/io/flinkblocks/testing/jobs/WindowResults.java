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

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BinaryOperator;
import java.util.stream.Collectors;

import org.apache.flink.annotation.PublicEvolving;

/**
 * The results a window job is due, per window and ticker, as a test computes them from the ticks it put
 * ({@link RandomTicks}): one value each, combined over the window's ticks; read as the lines the jobs
 * write, {@code ticker,value}.
 *
 * <pre>{@code
 * WindowResults<Long> counts = new WindowResults<>();
 * ticks.forEach(tick -> counts.merge(windowStart(tick.millis()), tick.ticker(), 1L, Long::sum));
 * assertThat(written).containsExactlyInAnyOrderElementsOf(counts.lines());
 * }</pre>
 *
 * @param <V> the type of a result
 */
@PublicEvolving
public final class WindowResults<V> {

    private final Map<String, V> byWindowAndTicker = new TreeMap<>();

    /** Adds {@code value} to the result of the window starting at {@code windowStart} for {@code ticker}. */
    public void merge(long windowStart, String ticker, V value, BinaryOperator<V> combine) {
        byWindowAndTicker.merge(windowStart + "/" + ticker, value, combine);
    }

    /** One {@code ticker,value} line per window and ticker, in the order of window start, then ticker. */
    public List<String> lines() {
        return byWindowAndTicker.entrySet().stream()
                .map(e -> e.getKey().substring(e.getKey().indexOf('/') + 1) + "," + e.getValue())
                .collect(Collectors.toList());
    }
}
