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
package io.flinkblocks.operators.deadletter;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

import org.apache.flink.annotation.PublicEvolving;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import io.flinkblocks.operators.text.Utf8;
import io.flinkblocks.operators.values.ValueEquality;

/**
 * A record that could not be parsed or validated, or came too late for its windows, as the dead-letter
 * output carries it: the payload (cut to the configured limit), how it is encoded
 * ({@value #UTF_8}: the record's own text; {@value #BASE64}: its original bytes, for a payload that is
 * not valid UTF-8), its original size in bytes, the reason and error text, when it was rejected (epoch
 * millis, processing time) and which operator rejected it. A Flink POJO; serialize it with
 * {@code JsonRecordSerializationSchema} for any sink.
 */
@PublicEvolving
@JsonPropertyOrder({
    "payload",
    "payload_encoding",
    "payload_bytes",
    "truncated",
    "reason",
    "error",
    "timestamp",
    "operator"
})
public class DeadLetter {

    /** {@link #getPayloadEncoding()} of a payload that is the record's text, valid UTF-8. */
    public static final String UTF_8 = "utf-8";
    /** {@link #getPayloadEncoding()} of a payload that is not valid UTF-8: its bytes in standard Base64. */
    public static final String BASE64 = "base64";

    /** Bytes a cut may move back so as not to split a UTF-8 sequence (at most 3 continuation bytes). */
    private static final int MAX_CONTINUATION_BYTES = 3;

    private String payload;
    private String payloadEncoding = UTF_8;
    private int payloadBytes;
    private boolean truncated;
    private DeadLetterReason reason;
    private String error;
    private long timestamp;
    private String operator;

    public DeadLetter() {}

    public DeadLetter(
            String payload,
            int payloadBytes,
            boolean truncated,
            DeadLetterReason reason,
            String error,
            long timestamp,
            String operator) {
        this.payload = payload;
        this.payloadBytes = payloadBytes;
        this.truncated = truncated;
        this.reason = reason;
        this.error = error;
        this.timestamp = timestamp;
        this.operator = operator;
    }

    /**
     * The dead letter of a record's raw bytes, keeping at most {@code limit} of them: as text when the
     * kept bytes are valid UTF-8 (cut before a character the limit would split), else as the original
     * bytes in Base64 ({@link #BASE64}), so a record that is not UTF-8 can be recovered byte for byte.
     */
    public static DeadLetter ofBytes(
            byte[] payload, int limit, DeadLetterReason reason, String error, long timestamp, String operator) {
        int size = payload == null ? 0 : payload.length;
        boolean truncated = size > limit;
        DeadLetter letter = new DeadLetter("", size, truncated, reason, error, timestamp, operator);
        if (size == 0) {
            return letter;
        }
        int kept = Math.min(size, limit);
        int cut = kept;
        if (truncated) {
            while (cut > 0 && kept - cut < MAX_CONTINUATION_BYTES && (payload[cut] & 0xC0) == 0x80) {
                cut--;
            }
        }
        if (Utf8.isValid(payload, cut)) {
            letter.setPayload(new String(payload, 0, cut, StandardCharsets.UTF_8));
        } else {
            letter.setPayload(Base64.getEncoder().encodeToString(Arrays.copyOf(payload, kept)));
            letter.setPayloadEncoding(BASE64);
        }
        return letter;
    }

    /** The payload's bytes as kept: the UTF-8 of the text, or the Base64-decoded original bytes. */
    public byte[] decodePayload() {
        if (payload == null) {
            return new byte[0];
        }
        return BASE64.equals(payloadEncoding)
                ? Base64.getDecoder().decode(payload)
                : payload.getBytes(StandardCharsets.UTF_8);
    }

    @JsonProperty("payload")
    public String getPayload() {
        return payload;
    }

    public void setPayload(String payload) {
        this.payload = payload;
    }

    /** {@value #UTF_8} (the default) or {@value #BASE64}. */
    @JsonProperty("payload_encoding")
    public String getPayloadEncoding() {
        return payloadEncoding;
    }

    public void setPayloadEncoding(String payloadEncoding) {
        this.payloadEncoding = payloadEncoding;
    }

    @JsonProperty("payload_bytes")
    public int getPayloadBytes() {
        return payloadBytes;
    }

    public void setPayloadBytes(int payloadBytes) {
        this.payloadBytes = payloadBytes;
    }

    @JsonProperty("truncated")
    public boolean isTruncated() {
        return truncated;
    }

    public void setTruncated(boolean truncated) {
        this.truncated = truncated;
    }

    @JsonProperty("reason")
    public DeadLetterReason getReason() {
        return reason;
    }

    public void setReason(DeadLetterReason reason) {
        this.reason = reason;
    }

    @JsonProperty("error")
    public String getError() {
        return error;
    }

    public void setError(String error) {
        this.error = error;
    }

    @JsonProperty("timestamp")
    public long getTimestamp() {
        return timestamp;
    }

    public void setTimestamp(long timestamp) {
        this.timestamp = timestamp;
    }

    @JsonProperty("operator")
    public String getOperator() {
        return operator;
    }

    public void setOperator(String operator) {
        this.operator = operator;
    }

    @Override
    public boolean equals(Object o) {
        return ValueEquality.equal(this, o, DeadLetter::fields);
    }

    @Override
    public int hashCode() {
        return ValueEquality.hash(fields());
    }

    /** The fields that make the value, for equality and the hash. */
    private Object[] fields() {
        return new Object[] {payload, payloadEncoding, payloadBytes, truncated, reason, error, timestamp, operator};
    }

    @Override
    public String toString() {
        return "DeadLetter{reason=" + reason + ", error=" + error + ", operator=" + operator
                + ", payloadBytes=" + payloadBytes + ", truncated=" + truncated + ", payloadEncoding=" + payloadEncoding
                + ", payload=" + payload + "}";
    }
}
