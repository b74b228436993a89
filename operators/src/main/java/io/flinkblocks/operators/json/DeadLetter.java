package io.flinkblocks.operators.json;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A record that could not be parsed or validated, as the dead-letter output carries it: the raw payload
 * (decoded as UTF-8, invalid bytes replaced, truncated to the configured limit), its original size in
 * bytes, the reason and error text, when it was rejected (epoch millis, processing time) and which
 * operator rejected it. A Flink POJO; serialize it with {@code JsonSerializationSchema} for any sink.
 */
public class DeadLetter {

    private String payload;
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

    @JsonProperty("payload")
    public String getPayload() {
        return payload;
    }

    public void setPayload(String payload) {
        this.payload = payload;
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
        if (this == o) {
            return true;
        }
        if (o == null || getClass() != o.getClass()) {
            return false;
        }
        DeadLetter other = (DeadLetter) o;
        return payloadBytes == other.payloadBytes
                && truncated == other.truncated
                && timestamp == other.timestamp
                && Objects.equals(payload, other.payload)
                && reason == other.reason
                && Objects.equals(error, other.error)
                && Objects.equals(operator, other.operator);
    }

    @Override
    public int hashCode() {
        return Objects.hash(payload, payloadBytes, truncated, reason, error, timestamp, operator);
    }

    @Override
    public String toString() {
        return "DeadLetter{reason=" + reason + ", error=" + error + ", operator=" + operator
                + ", payloadBytes=" + payloadBytes + ", truncated=" + truncated + ", payload=" + payload + "}";
    }
}
