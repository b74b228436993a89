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
package io.flinkblocks.reliability;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.flinkblocks.operators.deadletter.DeadLetterReason;

/** A corpus of payloads that are not valid stock ticks, each with the dead-letter reason it must get. */
final class BadRecords {

    /** One bad payload and why it is bad. */
    static final class BadRecord {
        final byte[] payload;
        final DeadLetterReason reason;

        BadRecord(byte[] payload, DeadLetterReason reason) {
            this.payload = payload;
            this.reason = reason;
        }
    }

    private static final String TIME = "\"event_time\": \"2026-11-24T10:00:00.500\"";

    private BadRecords() {}

    static List<BadRecord> corpus() {
        List<BadRecord> bad = new ArrayList<>();
        text(bad, DeadLetterReason.MALFORMED_JSON, "{\"ticker\": \"AMZN\"");
        text(bad, DeadLetterReason.MALFORMED_JSON, "not json at all");
        text(bad, DeadLetterReason.MALFORMED_JSON, "{" + TIME + ", \"ticker\": \"AMZN\", \"price\": 1.0,}");
        text(bad, DeadLetterReason.MALFORMED_JSON, "{" + TIME + ", \"ticker\": \"AMZN\", \"price\": 1.0}{");
        text(bad, DeadLetterReason.WRONG_TYPE, "{" + TIME + ", \"ticker\": \"AMZN\", \"price\": \"abc\"}");
        text(bad, DeadLetterReason.WRONG_TYPE, "{\"event_time\": \"yesterday\", \"ticker\": \"AMZN\", \"price\": 1.0}");
        text(bad, DeadLetterReason.WRONG_TYPE, "{\"event_time\": true, \"ticker\": \"AMZN\", \"price\": 1.0}");
        text(bad, DeadLetterReason.WRONG_TYPE, "[1, 2, 3]");
        text(bad, DeadLetterReason.MISSING_FIELD, "{\"ticker\": \"AMZN\", \"price\": 1.0}");
        text(bad, DeadLetterReason.MISSING_FIELD, "{" + TIME + ", \"price\": 1.0}");
        text(bad, DeadLetterReason.MISSING_FIELD, "{" + TIME + ", \"ticker\": \"AMZN\"}");
        text(bad, DeadLetterReason.MISSING_FIELD, "{}");
        text(bad, DeadLetterReason.EMPTY, "");
        text(bad, DeadLetterReason.EMPTY, "   \n");
        bad.add(new BadRecord(new byte[] {'{', '"', (byte) 0xC3, 0x28, '"', ':', '1', '}'}, DeadLetterReason.NOT_UTF8));
        bad.add(new BadRecord(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0}, DeadLetterReason.NOT_UTF8));
        text(bad, DeadLetterReason.OVERSIZE, "{" + TIME + ", \"ticker\": \"AMZN\", \"price\": 1.0, \"note\": \""
                + String.join("", Collections.nCopies((int) TickWindowJob.MAX_PAYLOAD_BYTES, "x")) + "\"}");
        text(bad, DeadLetterReason.INVALID, "{" + TIME + ", \"ticker\": \"\", \"price\": 1.0}");
        text(bad, DeadLetterReason.INVALID, "{" + TIME + ", \"ticker\": \"AMZN\", \"price\": -5.0}");
        return bad;
    }

    private static void text(List<BadRecord> bad, DeadLetterReason reason, String payload) {
        bad.add(new BadRecord(payload.getBytes(StandardCharsets.UTF_8), reason));
    }
}
