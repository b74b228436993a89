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

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class WrittenRecordsTest {

    @Test
    void countsEveryWriteAfterTheFirstOfARecordAsADuplicate() {
        WrittenRecords written = WrittenRecords.of(List.of("a", "b", "a", "c", "a"));

        assertThat(written.count()).isEqualTo(5);
        assertThat(written.distinct()).containsExactly("a", "b", "c");
        assertThat(written.duplicates()).isEqualTo(2);
    }
}
