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

import io.flinkblocks.operators.deadletter.DeadLetterReason;

/**
 * A validator defined by its {@link RecordProblem}s, for the checks that are not {@link DeadLetterReason#INVALID}:
 * the text of {@link #problem} is derived from them, so the reason never has to be read back from text.
 */
abstract class ProblemCheck<T> implements RecordValidator<T> {

    private static final long serialVersionUID = 1L;

    @Override
    public abstract RecordProblem check(T record);

    @Override
    public final String problem(T record) {
        RecordProblem problem = check(record);
        return problem == null ? null : problem.message();
    }
}
