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
package io.flinkblocks.operators.json;

import java.io.Serializable;
import java.util.Objects;

import org.apache.flink.annotation.PublicEvolving;

import io.flinkblocks.operators.deadletter.DeadLetterReason;

/** What a {@link RecordValidator} found wrong with a record: the dead letter's reason and its message. */
@PublicEvolving
public final class RecordProblem implements Serializable {

    private static final long serialVersionUID = 1L;

    private final DeadLetterReason reason;
    private final String message;

    private RecordProblem(DeadLetterReason reason, String message) {
        this.reason = reason;
        this.message = Objects.requireNonNull(message, "message");
    }

    /** A record that parsed but breaks a rule of its own ({@link DeadLetterReason#INVALID}). */
    public static RecordProblem invalid(String message) {
        return new RecordProblem(DeadLetterReason.INVALID, message);
    }

    /** A required field that is absent or null ({@link DeadLetterReason#MISSING_FIELD}). */
    public static RecordProblem missingField(String field) {
        return new RecordProblem(DeadLetterReason.MISSING_FIELD, "missing required field '" + field + "'");
    }

    public DeadLetterReason reason() {
        return reason;
    }

    public String message() {
        return message;
    }

    @Override
    public String toString() {
        return reason + ": " + message;
    }
}
