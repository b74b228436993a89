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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.flinkblocks.testing.ticks.BadInputFeed;

class WrittenDeadLettersTest {

    private static final byte[] NOT_UTF8 = {(byte) 0xFF, (byte) 0xFE, 0, 0};

    @Test
    void readsEachLetterAsReasonOperatorAndOriginalBytes() {
        WrittenDeadLetters letters = WrittenDeadLetters.read(List.of(
                letter("{}", "utf-8", false, "MISSING_FIELD", "Parse"),
                letter(Base64.getEncoder().encodeToString(NOT_UTF8), "base64", false, "NOT_UTF8", "Parse")));

        assertThat(letters.size()).isEqualTo(2);
        assertThat(letters.reasons()).containsExactly("MISSING_FIELD", "NOT_UTF8");
        assertThat(letters.letters())
                .containsExactly(
                        BadInputFeed.letter("MISSING_FIELD", "Parse", "{}".getBytes(StandardCharsets.UTF_8)),
                        BadInputFeed.letter("NOT_UTF8", "Parse", NOT_UTF8));
    }

    @Test
    void aTruncatedLetterFailsTheRead() {
        String truncated = letter("{\\\"ticker\\\"", "utf-8", true, "OVERSIZE", "Parse");

        assertThatThrownBy(() -> WrittenDeadLetters.read(List.of(truncated)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("the payload is whole")
                .hasMessageContaining(truncated);
    }

    @Test
    void aPayloadEncodingOtherThanItsReasonsFailsTheRead() {
        String text = letter(Base64.getEncoder().encodeToString(NOT_UTF8), "utf-8", false, "NOT_UTF8", "Parse");
        String base64 = letter("e30=", "base64", false, "EMPTY", "Parse");

        assertThatThrownBy(() -> WrittenDeadLetters.read(List.of(text)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("the payload encoding is base64");
        assertThatThrownBy(() -> WrittenDeadLetters.read(List.of(base64)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("the payload encoding is utf-8");
    }

    @Test
    void aFieldADeadLetterDoesNotHaveFailsTheRead() {
        String line = "{\"payload\":\"{}\",\"reason\":\"EMPTY\",\"operator\":\"Parse\",\"windows\":[]}";

        assertThatThrownBy(() -> WrittenDeadLetters.read(List.of(line)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("no field windows");
    }

    private static String letter(String payload, String encoding, boolean truncated, String reason, String operator) {
        return "{\"payload\":\"" + payload + "\",\"payload_encoding\":\"" + encoding + "\",\"payload_bytes\":4,"
                + "\"truncated\":" + truncated + ",\"reason\":\"" + reason + "\",\"error\":\"e\",\"timestamp\":1,"
                + "\"operator\":\"" + operator + "\"}";
    }
}
