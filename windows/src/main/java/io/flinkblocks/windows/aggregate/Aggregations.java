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
package io.flinkblocks.windows.aggregate;

import java.io.Serializable;

import org.apache.flink.annotation.PublicEvolving;
import org.apache.flink.api.common.functions.AggregateFunction;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.tuple.Tuple2;

/**
 * The built-in aggregations over a numeric value: count, sum, min, max and average. Accumulators are
 * immutable boxed values or a small tuple, so they are safe with object reuse and cheap to copy.
 *
 * <p>Sums and averages of doubles depend on the order of additions in their last bits; merging slices
 * adds in a different order than record by record, so compare them with a tolerance (or use integral
 * values, which add exactly).
 */
@PublicEvolving
public final class Aggregations {

    private Aggregations() {}

    /** The number of records. */
    public static Aggregation<Double, Long, Long> count() {
        return new Aggregation<>(new Count(), Types.LONG, Types.LONG);
    }

    public static Aggregation<Double, Double, Double> sum() {
        return new Aggregation<>(new DoubleFold(0.0, Double::sum), Types.DOUBLE, Types.DOUBLE);
    }

    public static Aggregation<Double, Double, Double> min() {
        return new Aggregation<>(new DoubleFold(Double.POSITIVE_INFINITY, Math::min), Types.DOUBLE, Types.DOUBLE);
    }

    public static Aggregation<Double, Double, Double> max() {
        return new Aggregation<>(new DoubleFold(Double.NEGATIVE_INFINITY, Math::max), Types.DOUBLE, Types.DOUBLE);
    }

    public static Aggregation<Double, Tuple2<Double, Long>, Double> average() {
        return new Aggregation<>(new Average(), Types.TUPLE(Types.DOUBLE, Types.LONG), Types.DOUBLE);
    }

    static final class Count implements AggregateFunction<Double, Long, Long> {
        private static final long serialVersionUID = 1L;

        @Override
        public Long createAccumulator() {
            return 0L;
        }

        @Override
        public Long add(Double value, Long acc) {
            return acc + 1;
        }

        @Override
        public Long getResult(Long acc) {
            return acc;
        }

        @Override
        public Long merge(Long a, Long b) {
            return a + b;
        }
    }

    /**
     * Sum, minimum and maximum: a double accumulator that starts at the identity of one associative
     * operation and folds every value and every other accumulator in with it.
     */
    static final class DoubleFold implements AggregateFunction<Double, Double, Double> {
        private static final long serialVersionUID = 1L;

        private final double identity;
        private final Operation operation;

        DoubleFold(double identity, Operation operation) {
            this.identity = identity;
            this.operation = operation;
        }

        @Override
        public Double createAccumulator() {
            return identity;
        }

        @Override
        public Double add(Double value, Double acc) {
            return operation.apply(acc, value);
        }

        @Override
        public Double getResult(Double acc) {
            return acc;
        }

        @Override
        public Double merge(Double a, Double b) {
            return operation.apply(a, b);
        }

        /** Serializable, as the function is shipped with the job graph. */
        @FunctionalInterface
        interface Operation extends Serializable {
            double apply(double a, double b);
        }
    }

    static final class Average implements AggregateFunction<Double, Tuple2<Double, Long>, Double> {
        private static final long serialVersionUID = 1L;

        @Override
        public Tuple2<Double, Long> createAccumulator() {
            return Tuple2.of(0.0, 0L);
        }

        @Override
        public Tuple2<Double, Long> add(Double value, Tuple2<Double, Long> acc) {
            return Tuple2.of(acc.f0 + value, acc.f1 + 1);
        }

        @Override
        public Double getResult(Tuple2<Double, Long> acc) {
            return acc.f1 == 0 ? Double.NaN : acc.f0 / acc.f1;
        }

        @Override
        public Tuple2<Double, Long> merge(Tuple2<Double, Long> a, Tuple2<Double, Long> b) {
            return Tuple2.of(a.f0 + b.f0, a.f1 + b.f1);
        }
    }
}
