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

import java.util.Map;

import org.junit.jupiter.api.Test;

class TickWindowGroupsTest {

    @Test
    void inOrderWindowsAreOnTheTicksEventTimeWithNoOutOfOrderness() {
        assertThat(TickWindowGroups.eventTimeInOrder())
                .containsExactly(
                        Map.entry("window.time", "event"),
                        Map.entry("watermark.timestamp.field", "event_time"),
                        Map.entry("watermark.max-out-of-orderness", "0"));
    }

    @Test
    void eachCallIsANewGroupToChange() {
        TickWindowGroups.eventTimeInOrder().put("window.size", "1s");
        assertThat(TickWindowGroups.eventTimeInOrder()).doesNotContainKey("window.size");
    }
}
