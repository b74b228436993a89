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
package io.flinkblocks.testing.windowruns;

import java.util.ArrayList;
import java.util.List;

import org.apache.flink.annotation.PublicEvolving;

import io.flinkblocks.testing.results.WrittenDeadLetters;
import io.flinkblocks.testing.ticks.WindowTickFeed;

/** What a {@link BadInputRun} wrote: its result lines and its dead letters. */
@PublicEvolving
public final class BadInputOutcome {

    private final WindowTickFeed ticks;
    private final List<String> written;
    private final WrittenDeadLetters letters;

    BadInputOutcome(WindowTickFeed ticks, List<String> written, WrittenDeadLetters letters) {
        this.ticks = ticks;
        this.written = written;
        this.letters = letters;
    }

    /** The result lines written, as many times as written. */
    public List<String> written() {
        return written;
    }

    /** The dead letters written. */
    public WrittenDeadLetters letters() {
        return letters;
    }

    /**
     * Throws an {@link AssertionError} unless the feed held {@code badRecords} bad records and the dead
     * letters written are exactly those due, each once: one per bad record (reason, operator, original
     * bytes) and one per late tick.
     */
    public void assertOneDeadLetterPerBadRecordAndLateTick(int badRecords) {
        List<String> badReasons = ticks.feed().badReasons();
        List<String> due = ticks.feed().expectedLetters();
        if (badReasons.size() != badRecords) {
            throw new AssertionError("bad records fed: " + badReasons.size() + ", not " + badRecords);
        }
        if (due.size() != badReasons.size() + ticks.lateTicks()) {
            throw new AssertionError("dead letters due: " + due.size() + ", not one per bad record ("
                    + badReasons.size() + ") and late tick (" + ticks.lateTicks() + ")");
        }
        List<String> missing = new ArrayList<>(due);
        List<String> unexpected = new ArrayList<>();
        for (String letter : letters.letters()) {
            if (!missing.remove(letter)) {
                unexpected.add(letter);
            }
        }
        if (!missing.isEmpty() || !unexpected.isEmpty()) {
            throw new AssertionError("dead letters: reason, operator and payload of each: " + letters.size()
                    + " written, " + due.size() + " due; missing " + missing + "; unexpected " + unexpected);
        }
    }
}
