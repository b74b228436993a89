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
import java.util.function.Function;

import org.apache.flink.annotation.PublicEvolving;

/**
 * Checks a parsed record; a non-null answer is the problem, and the record becomes a dead letter.
 * Jackson enforces {@code required = true} only on creator properties; for setter-based POJOs use
 * {@link #requireNonNull} to reject records without a field.
 */
@PublicEvolving
@FunctionalInterface
public interface RecordValidator<T> extends Serializable {

    /** {@code null} when the record is acceptable, otherwise what is wrong with it. */
    String problem(T record);

    /** Accepts everything. */
    static <T> RecordValidator<T> acceptAll() {
        return record -> null;
    }

    /** Rejects records whose field (read by {@code getter}) is null, as {@link DeadLetterReason#MISSING_FIELD}. */
    static <T> RecordValidator<T> requireNonNull(String field, SerializableGetter<T> getter) {
        return record -> getter.apply(record) == null ? MISSING_PREFIX + field : null;
    }

    /** This check, then {@code next} when this one passes. */
    default RecordValidator<T> and(RecordValidator<T> next) {
        RecordValidator<T> first = this;
        return record -> {
            String problem = first.problem(record);
            return problem != null ? problem : next.problem(record);
        };
    }

    /** Problems that start with this text are reported as {@link DeadLetterReason#MISSING_FIELD}. */
    String MISSING_PREFIX = "missing required field: ";

    /** A getter that Flink can ship with the job graph. */
    @FunctionalInterface
    interface SerializableGetter<T> extends Function<T, Object>, Serializable {}
}
