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

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.flink.annotation.PublicEvolving;

/**
 * The records an at-least-once sink wrote, as a test of a run without restarts checks them: the
 * distinct ones must be those put in, and those written more than once are counted (none may be, as
 * no record comes twice without a restart).
 *
 * <pre>{@code
 * WrittenRecords written = WrittenRecords.of(KINESIS.readAllStrings(output));
 * assertThat(written.distinct()).containsExactlyInAnyOrderElementsOf(records);
 * assertThat(written.duplicates()).isZero();
 * }</pre>
 */
@PublicEvolving
public final class WrittenRecords {

    private final List<String> records;
    private final Set<String> distinct;

    private WrittenRecords(List<String> records) {
        this.records = List.copyOf(records);
        this.distinct = Collections.unmodifiableSet(new LinkedHashSet<>(records));
    }

    /** The records as read back, in order. */
    public static WrittenRecords of(List<String> records) {
        return new WrittenRecords(records);
    }

    /** How many records were written, duplicates included. */
    public int count() {
        return records.size();
    }

    /** The records written, each once. */
    public Set<String> distinct() {
        return distinct;
    }

    /** How many writes were of a record written before. */
    public int duplicates() {
        return records.size() - distinct.size();
    }
}
