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
package io.flinkblocks.operators.values;

import java.util.Arrays;
import java.util.function.Function;

import org.apache.flink.annotation.Internal;

/**
 * {@code equals} and {@code hashCode} of a value class from one list of the fields that make its value,
 * so that the two cannot disagree on a field. Two values are equal when they are of the same class and
 * their fields are pairwise {@code Objects.equals}; the hash is {@code Objects.hash} of the same fields.
 *
 * <pre>{@code
 * public boolean equals(Object o) {
 *     return ValueEquality.equal(this, o, Tick::fields);
 * }
 *
 * public int hashCode() {
 *     return ValueEquality.hash(fields());
 * }
 *
 * private Object[] fields() {
 *     return new Object[] {ticker, price};
 * }
 * }</pre>
 */
@Internal
public final class ValueEquality {

    private ValueEquality() {}

    /** Whether {@code other} is of the class of {@code self} with the same {@code fields}. */
    @SuppressWarnings("unchecked")
    public static <T> boolean equal(T self, Object other, Function<T, Object[]> fields) {
        if (self == other) {
            return true;
        }
        // the same class, not a subclass: a subclass may add fields this class does not compare
        if (other == null || self.getClass() != other.getClass()) {
            return false;
        }
        return Arrays.equals(fields.apply(self), fields.apply((T) other));
    }

    /** The hash of a value made of {@code fields}, as {@code Objects.hash} gives it. */
    public static int hash(Object[] fields) {
        return Arrays.hashCode(fields);
    }
}
