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

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.apache.flink.annotation.PublicEvolving;

/**
 * The bad-record corpus of the bad-input tests: 19 payloads that are not valid stock ticks, of every
 * kind a parse operator must turn into a dead letter (malformed JSON, wrong types, missing fields,
 * empty, not UTF-8, oversize, invalid values), in a fixed order, each with the reason it must get.
 */
@PublicEvolving
public final class BadRecordCorpus {

    /** How many kinds of reason the corpus covers. */
    public static final int REASONS = 7;

    private static final String TIME = "\"event_time\": \"2026-11-24T10:00:00.500\"";

    private BadRecordCorpus() {}

    /**
     * The corpus for a parser that takes payloads of up to {@code maxPayloadBytes}: its {@code OVERSIZE}
     * record is one field longer than that.
     */
    public static List<BadRecord> of(int maxPayloadBytes) {
        List<BadRecord> bad = new ArrayList<>();
        text(bad, "MALFORMED_JSON", "{\"ticker\": \"AMZN\"");
        text(bad, "MALFORMED_JSON", "not json at all");
        text(bad, "MALFORMED_JSON", "{" + TIME + ", \"ticker\": \"AMZN\", \"price\": 1.0,}");
        text(bad, "MALFORMED_JSON", "{" + TIME + ", \"ticker\": \"AMZN\", \"price\": 1.0}{");
        text(bad, "WRONG_TYPE", "{" + TIME + ", \"ticker\": \"AMZN\", \"price\": \"abc\"}");
        text(bad, "WRONG_TYPE", "{\"event_time\": \"yesterday\", \"ticker\": \"AMZN\", \"price\": 1.0}");
        text(bad, "WRONG_TYPE", "{\"event_time\": true, \"ticker\": \"AMZN\", \"price\": 1.0}");
        text(bad, "WRONG_TYPE", "[1, 2, 3]");
        text(bad, "MISSING_FIELD", "{\"ticker\": \"AMZN\", \"price\": 1.0}");
        text(bad, "MISSING_FIELD", "{" + TIME + ", \"price\": 1.0}");
        text(bad, "MISSING_FIELD", "{" + TIME + ", \"ticker\": \"AMZN\"}");
        text(bad, "MISSING_FIELD", "{}");
        text(bad, "EMPTY", "");
        text(bad, "EMPTY", "   \n");
        // Two kinds of bytes that are not UTF-8: a broken two-byte sequence, and a UTF-16 byte order mark.
        bad.add(new BadRecord(new byte[] {'{', '"', (byte) 0xC3, 0x28, '"', ':', '1', '}'}, "NOT_UTF8"));
        bad.add(new BadRecord(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0}, "NOT_UTF8"));
        text(
                bad,
                "OVERSIZE",
                "{" + TIME + ", \"ticker\": \"AMZN\", \"price\": 1.0, \"note\": \""
                        + String.join("", Collections.nCopies(maxPayloadBytes, "x")) + "\"}");
        text(bad, "INVALID", "{" + TIME + ", \"ticker\": \"\", \"price\": 1.0}");
        text(bad, "INVALID", "{" + TIME + ", \"ticker\": \"AMZN\", \"price\": -5.0}");
        return Collections.unmodifiableList(bad);
    }

    private static void text(List<BadRecord> bad, String reason, String payload) {
        bad.add(new BadRecord(payload.getBytes(StandardCharsets.UTF_8), reason));
    }
}
