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
package io.flinkblocks.testing.results;

import java.util.List;
import java.util.Locale;

import org.apache.flink.annotation.PublicEvolving;

import io.flinkblocks.testing.ticks.BadInputFeed;
import io.flinkblocks.testing.ticks.WindowTickFeed;

/**
 * The line a window job's bad-input test prints once its run is over: what went in (good ticks, bad
 * records by reason, late ticks) and what came out (results, those beyond the expected ones, dead
 * letters by reason), the restarts and how long the results took.
 *
 * <pre>{@code
 * new BadInputRunReport("tumbling-window on a cluster", ticks, letters)
 *         .print("counts", written.size(), expected.size(), restarts, run.millisToLastResult());
 * }</pre>
 */
@PublicEvolving
public final class BadInputRunReport {

    private final String ticksIn;
    private final WrittenDeadLetters letters;

    /** The report of {@code run} (its first words), fed {@code ticks}, which wrote {@code letters}. */
    public BadInputRunReport(String run, WindowTickFeed ticks, WrittenDeadLetters letters) {
        List<String> bad = ticks.feed().badReasons();
        this.ticksIn = String.format(
                Locale.ROOT,
                "%s: %d good ticks, %d bad records %s, %d late ticks",
                run,
                ticks.goodTicks(),
                bad.size(),
                BadInputFeed.histogram(bad),
                ticks.lateTicks());
        this.letters = letters;
    }

    /**
     * Prints the line to standard output: {@code written} results named {@code results} ("counts"),
     * {@code expected} of them expected.
     */
    public void print(String results, int written, int expected, long restarts, long millis) {
        System.out.println(line(results, written, expected, restarts, millis));
    }

    /** The line {@link #print} prints. */
    public String line(String results, int written, int expected, long restarts, long millis) {
        // Equal lines of different windows are expected (the same count twice): what is written beyond the
        // expected lines, which a test compares as a multiset, is what came twice.
        int duplicates = Math.max(0, written - expected);
        return String.format(
                Locale.ROOT,
                "%s; %d %s (%d expected, %d duplicates), %d dead letters %s, %d restarts,"
                        + " %d ms from submission to the last result",
                ticksIn,
                written,
                results,
                expected,
                duplicates,
                letters.size(),
                BadInputFeed.histogram(letters.reasons()),
                restarts,
                millis);
    }
}
