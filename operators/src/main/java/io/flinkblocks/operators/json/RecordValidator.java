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

import io.flinkblocks.operators.deadletter.DeadLetterReason;

/**
 * Checks a parsed record; a non-null answer is the problem, and the record becomes a dead letter
 * ({@link DeadLetterReason#INVALID}, or the reason of the {@link RecordProblem} that {@link #check} returns).
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

    /**
     * The problem as a value: {@link RecordProblem#invalid} of {@link #problem} unless a validator says
     * otherwise, as {@link #requireNonNull} does.
     */
    default RecordProblem check(T record) {
        String problem = problem(record);
        return problem == null ? null : RecordProblem.invalid(problem);
    }

    /** Rejects records whose field (read by {@code getter}) is null, as {@link DeadLetterReason#MISSING_FIELD}. */
    static <T> RecordValidator<T> requireNonNull(String field, SerializableGetter<T> getter) {
        return new ProblemCheck<T>() {
            private static final long serialVersionUID = 1L;

            @Override
            public RecordProblem check(T record) {
                return getter.apply(record) == null ? RecordProblem.missingField(field) : null;
            }
        };
    }

    /** This check, then {@code next} when this one passes. */
    default RecordValidator<T> and(RecordValidator<T> next) {
        RecordValidator<T> first = this;
        return new ProblemCheck<T>() {
            private static final long serialVersionUID = 1L;

            @Override
            public RecordProblem check(T record) {
                RecordProblem problem = first.check(record);
                return problem != null ? problem : next.check(record);
            }
        };
    }

    /** A getter that Flink can ship with the job graph. */
    @FunctionalInterface
    interface SerializableGetter<T> extends Function<T, Object>, Serializable {}
}
