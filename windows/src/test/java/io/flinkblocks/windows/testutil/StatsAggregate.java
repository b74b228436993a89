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
package io.flinkblocks.windows.testutil;

import org.apache.flink.api.common.functions.AggregateFunction;
import org.apache.flink.api.java.tuple.Tuple4;

/** Count, sum, min and max in one accumulator, so one comparison checks four aggregations. */
public final class StatsAggregate implements AggregateFunction<Double, Tuple4<Long, Double, Double, Double>, String> {

    private static final long serialVersionUID = 1L;

    @Override
    public Tuple4<Long, Double, Double, Double> createAccumulator() {
        return Tuple4.of(0L, 0.0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY);
    }

    @Override
    public Tuple4<Long, Double, Double, Double> add(Double value, Tuple4<Long, Double, Double, Double> acc) {
        // mutates the accumulator on purpose: the blocks must copy what they keep
        acc.f0 = acc.f0 + 1;
        acc.f1 = acc.f1 + value;
        acc.f2 = Math.min(acc.f2, value);
        acc.f3 = Math.max(acc.f3, value);
        return acc;
    }

    @Override
    public String getResult(Tuple4<Long, Double, Double, Double> acc) {
        return acc.f0 + "/" + acc.f1 + "/" + acc.f2 + "/" + acc.f3;
    }

    @Override
    public Tuple4<Long, Double, Double, Double> merge(
            Tuple4<Long, Double, Double, Double> a, Tuple4<Long, Double, Double, Double> b) {
        a.f0 = a.f0 + b.f0;
        a.f1 = a.f1 + b.f1;
        a.f2 = Math.min(a.f2, b.f2);
        a.f3 = Math.max(a.f3, b.f3);
        return a;
    }
}
