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

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class WindowTickFeedTest {

    @Test
    void putsTheLateTicksBetweenTheHalvesAndTheClosingTicksLast() {
        WindowTickFeed ticks = new WindowTickFeed(20, 10, 2048)
                .late("Window", k -> 1.0 + k, (ticker, time, price) -> new byte[] {(byte) price})
                .closing(2);

        List<BadRecord> corpus = BadRecordCorpus.of(2048);
        List<byte[]> expectedFirst = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            expectedFirst.add(WindowTestTicks.tick(i));
        }
        expectedFirst.add(corpus.get(0).payload());
        assertThat(ticks.firstHalf()).containsExactlyElementsOf(expectedFirst);

        List<byte[]> after = ticks.afterFirstHalf();
        assertThat(after).hasSize(3 + 11 + 2);
        assertThat(after.subList(3, 14))
                .startsWith(WindowTestTicks.tick(10))
                .endsWith(corpus.get(1).payload());
        assertThat(after.subList(14, 16)).containsExactlyElementsOf(WindowTestTicks.closing(2));
        assertThat(ticks.goodTicks()).isEqualTo(20);
        assertThat(ticks.lateTicks()).isEqualTo(3);
    }

    @Test
    void expectsADeadLetterOfTheParseOperatorPerBadRecordAndOneOfTheWindowPerLateTick() {
        WindowTickFeed ticks = new WindowTickFeed(40, 10, 2048)
                .late("Window", k -> 1.0 + k, (ticker, time, price) -> new byte[] {(byte) price});

        assertThat(ticks.feed().badReasons()).hasSize(4);
        assertThat(ticks.feed().expectedLetters())
                .hasSize(4 + 3)
                .filteredOn(letter -> letter.startsWith("LATE|Window|"))
                .hasSize(3);
        assertThat(ticks.feed().expectedLetters())
                .filteredOn(letter -> letter.contains("|" + WindowTickFeed.PARSE_OPERATOR + "|"))
                .hasSize(4);
    }
}
