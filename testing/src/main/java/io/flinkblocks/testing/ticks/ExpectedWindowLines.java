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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BinaryOperator;
import java.util.stream.Collectors;

import org.apache.flink.annotation.PublicEvolving;

/**
 * The {@code ticker,value} lines a window job must write, one per window and ticker, computed by a test
 * from the ticks it puts: each tick is merged into its windows (a count adds one, a minimum keeps the
 * lower price), and the lines come out by window, so a test can tell how many are due once a given
 * window has fired.
 *
 * <pre>{@code
 * ExpectedWindowLines<Long> counts = new ExpectedWindowLines<>(Long::sum);
 * for (int i = 0; i < ticks; i++) {
 *     counts.merge(Math.floorDiv(WindowTestTicks.timeOf(i), SIZE_MS), WindowTestTicks.tickerOf(i), 1L);
 * }
 * List<String> expected = counts.lines();
 * }</pre>
 *
 * @param <V> the value of a line
 */
@PublicEvolving
public final class ExpectedWindowLines<V> {

    private final BinaryOperator<V> merge;
    private final TreeMap<Long, TreeMap<String, V>> byWindow = new TreeMap<>();

    /** Lines whose values {@code merge} combines, for the ticks of one window and ticker. */
    public ExpectedWindowLines(BinaryOperator<V> merge) {
        this.merge = merge;
    }

    /** Merges {@code value} into the line of {@code ticker} in {@code window} (its start, or its index). */
    public void merge(long window, String ticker, V value) {
        byWindow.computeIfAbsent(window, w -> new TreeMap<>()).merge(ticker, value, merge);
    }

    /** The lines of each window, by window, each window's by ticker. */
    public TreeMap<Long, List<String>> byWindow() {
        TreeMap<Long, List<String>> lines = new TreeMap<>();
        byWindow.forEach((window, values) -> lines.put(window, lines(values)));
        return lines;
    }

    /** Every line, window after window. */
    public List<String> lines() {
        return byWindow().values().stream().flatMap(List::stream).collect(Collectors.toList());
    }

    /** How many lines the windows up to {@code window} (included) hold: all are out once it has fired. */
    public long linesUpTo(long window) {
        return byWindow.headMap(window, true).values().stream()
                .mapToLong(Map::size)
                .sum();
    }

    private static <V> List<String> lines(Map<String, V> values) {
        List<String> lines = new ArrayList<>();
        values.forEach((ticker, value) -> lines.add(ticker + "," + value));
        return lines;
    }
}
