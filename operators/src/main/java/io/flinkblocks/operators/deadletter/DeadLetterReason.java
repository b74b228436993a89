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
    /**
     * Not well-formed JSON, a JSON {@code null} document, trailing data after the document, or a key that
     * appears twice in one object (Jackson: any key at any depth; a flat reader: the fields it binds).
     */
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
