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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class BadInputFeedTest {

    private static final LocalDateTime T0 = LocalDateTime.of(2026, 11, 24, 10, 0, 0, 500_000_000);

    @Test
    void writesATickAsAProducerDoes() {
        assertThat(TickJson.of(T0, "AMZN", 1.5))
                .isEqualTo("{\"event_time\": \"2026-11-24T10:00:00.500\", \"ticker\": \"AMZN\", \"price\": 1.50}");
        assertThat(TickJson.bytes(T0, "AMZN", 1.5))
                .isEqualTo(TickJson.of(T0, "AMZN", 1.5).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theCorpusHoldsEveryReasonAndAnOversizeRecordLongerThanTheLimit() {
        List<BadRecord> corpus = BadRecordCorpus.of(100);
        assertThat(corpus).hasSize(19);
        assertThat(corpus.stream().map(BadRecord::reason).distinct())
                .hasSize(BadRecordCorpus.REASONS)
                .containsExactly(
                        "MALFORMED_JSON", "WRONG_TYPE", "MISSING_FIELD", "EMPTY", "NOT_UTF8", "OVERSIZE", "INVALID");
        BadRecord oversize = corpus.stream()
                .filter(r -> r.reason().equals("OVERSIZE"))
                .findFirst()
                .orElseThrow();
        assertThat(oversize.payload().length).isGreaterThan(100);
        assertThat(corpus.stream().filter(r -> r.reason().equals("NOT_UTF8")).map(r -> isUtf8(r.payload())))
                .containsOnly(false);
    }

    @Test
    void putsTheNextBadRecordAfterEveryNthGoodTickAndExpectsItsDeadLetter() {
        List<BadRecord> corpus = BadRecordCorpus.of(100);
        BadInputFeed feed = new BadInputFeed(corpus, 3, "Parse");

        List<byte[]> first = feed.mix(0, 5, i -> new byte[] {(byte) i});
        List<byte[]> second = feed.mix(5, 9, i -> new byte[] {(byte) i});

        // Ticks 2, 5 and 8 are each followed by a bad record, the corpus in order across calls.
        assertThat(first)
                .containsExactly(
                        new byte[] {0},
                        new byte[] {1},
                        new byte[] {2},
                        corpus.get(0).payload(),
                        new byte[] {3},
                        new byte[] {4});
        assertThat(second)
                .containsExactly(
                        new byte[] {5},
                        corpus.get(1).payload(),
                        new byte[] {6},
                        new byte[] {7},
                        new byte[] {8},
                        corpus.get(2).payload());
        assertThat(feed.badReasons()).containsExactly("MALFORMED_JSON", "MALFORMED_JSON", "MALFORMED_JSON");
        assertThat(feed.expectedLetters())
                .containsExactly(
                        "MALFORMED_JSON|Parse|"
                                + Base64.getEncoder()
                                        .encodeToString(corpus.get(0).payload()),
                        "MALFORMED_JSON|Parse|"
                                + Base64.getEncoder()
                                        .encodeToString(corpus.get(1).payload()),
                        "MALFORMED_JSON|Parse|"
                                + Base64.getEncoder()
                                        .encodeToString(corpus.get(2).payload()));
    }

    @Test
    void cyclesThroughTheCorpusAndAddsOtherDeadLettersDue() {
        BadInputFeed feed = new BadInputFeed(BadRecordCorpus.of(100), 1, "Parse");
        feed.mix(0, 40, i -> new byte[0]);
        feed.expect("LATE", "Window", new byte[] {1});

        Map<String, Long> reasons = BadInputFeed.histogram(feed.badReasons());
        assertThat(reasons)
                .containsEntry("MALFORMED_JSON", 10L)
                .containsEntry("NOT_UTF8", 4L)
                .containsEntry("OVERSIZE", 2L);
        assertThat(feed.expectedLetters()).hasSize(41).endsWith("LATE|Window|AQ==");
    }

    @Test
    void writesALateTicksDeadLetterPayloadWithEachWindowItMissed() {
        String payload = new String(
                BadInputFeed.lateTick("TBV", "price", 0.5, 1_500, List.of(0L, 1_000L), 2_000), StandardCharsets.UTF_8);
        assertThat(payload)
                .isEqualTo(
                        "{\"ticker\":\"TBV\",\"price\":0.5,\"timestamp\":1500,"
                                + "\"event_time\":\"1970-01-01T00:00:01.500Z\","
                                + "\"windows\":[{\"window_start\":0,\"window_end\":2000},{\"window_start\":1000,\"window_end\":3000}]}");
    }

    @Test
    void refusesAFeedWithoutBadRecords() {
        assertThatThrownBy(() -> new BadInputFeed(List.of(), 3, "Parse"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bad records");
        assertThatThrownBy(() -> new BadInputFeed(BadRecordCorpus.of(10), 0, "Parse"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
