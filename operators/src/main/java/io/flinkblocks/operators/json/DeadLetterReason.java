package io.flinkblocks.operators.json;

import org.apache.flink.annotation.PublicEvolving;

/** Why a record went to the dead-letter output. */
@PublicEvolving
public enum DeadLetterReason {
    /** No bytes, or only whitespace. */
    EMPTY,
    /** Larger than the configured maximum payload size; not parsed at all. */
    OVERSIZE,
    /** Not valid UTF-8 (JSON on the wire is UTF-8). */
    NOT_UTF8,
    /** Not well-formed JSON, or a JSON {@code null} document. */
    MALFORMED_JSON,
    /** Well-formed JSON whose values do not fit the target type (text for a number, an array for an object...). */
    WRONG_TYPE,
    /** A required field is absent or null. */
    MISSING_FIELD,
    /** Parsed, but rejected by the validator. */
    INVALID,
    /**
     * A valid record that arrived, in event time, after every window it belongs to had fired (watermark
     * past the window end plus the allowed lateness): a window's late record, not a parse failure.
     */
    LATE
}
