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

import io.flinkblocks.testing.ticks.WindowTickFeed;

class BadInputRunReportTest {

    @Test
    void saysWhatWentInAndWhatCameOut() {
        WindowTickFeed ticks = new WindowTickFeed(20, 10, 2048)
                .late("Window", k -> 1.0 + k, (ticker, time, price) -> new byte[] {(byte) price});
        WrittenDeadLetters letters = WrittenDeadLetters.read(List.of(
                "{\"payload\":\"\",\"reason\":\"MALFORMED_JSON\",\"operator\":\"Parse\"}",
                "{\"payload\":\"\",\"reason\":\"LATE\",\"operator\":\"Window\"}"));

        assertThat(new BadInputRunReport("a-window on a cluster", ticks, letters).line("counts", 12, 10, 0, 345))
                .isEqualTo("a-window on a cluster: 20 good ticks, 2 bad records {MALFORMED_JSON=2}, 3 late ticks;"
                        + " 12 counts (10 expected, 2 duplicates), 2 dead letters {LATE=1, MALFORMED_JSON=1},"
                        + " 0 restarts, 345 ms from submission to the last result");
    }
}
