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
package io.flinkblocks.benchmarks.window;

import org.apache.flink.api.common.functions.AggregateFunction;
import org.apache.flink.api.java.tuple.Tuple2;

/** An aggregate function over values, applied to the second field of (key, value) tuples. */
final class OnSecondField<K, V, ACC, R> implements AggregateFunction<Tuple2<K, V>, ACC, R> {

    private static final long serialVersionUID = 1L;

    private final AggregateFunction<V, ACC, R> function;

    OnSecondField(AggregateFunction<V, ACC, R> function) {
        this.function = function;
    }

    @Override
    public ACC createAccumulator() {
        return function.createAccumulator();
    }

    @Override
    public ACC add(Tuple2<K, V> value, ACC accumulator) {
        return function.add(value.f1, accumulator);
    }

    @Override
    public R getResult(ACC accumulator) {
        return function.getResult(accumulator);
    }

    @Override
    public ACC merge(ACC a, ACC b) {
        return function.merge(a, b);
    }
}
