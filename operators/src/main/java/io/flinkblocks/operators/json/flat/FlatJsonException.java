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
package io.flinkblocks.operators.json.flat;

import org.apache.flink.annotation.PublicEvolving;

/** A record that is not a flat JSON object of the expected fields; the message says what and where. */
@PublicEvolving
public class FlatJsonException extends Exception {

    private static final long serialVersionUID = 1L;

    /** What is wrong with the record, so callers can classify it without reading the message. */
    public enum Kind {
        /** Not a well-formed JSON object: bad syntax, trailing characters, a repeated field, too deep. */
        MALFORMED,
        /** Well-formed JSON whose value does not fit a bound field, or a document that is not an object. */
        WRONG_TYPE,
        /** A required field is absent or null. */
        MISSING_FIELD
    }

    private final int position;
    private final Kind kind;

    public FlatJsonException(String message, int position) {
        this(message, position, Kind.MALFORMED);
    }

    public FlatJsonException(String message, int position, Kind kind) {
        // Bad input, not a fault of the code: a stack trace would say nothing and cost more than the read,
        // for every record of a flood of bad ones.
        super(message + (position >= 0 ? " at byte " + position : ""), null, false, false);
        this.position = position;
        this.kind = kind;
    }

    /** The byte offset in the record where reading stopped, or -1 for the record as a whole. */
    public int getPosition() {
        return position;
    }

    public Kind getKind() {
        return kind;
    }
}
