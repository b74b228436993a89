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
package io.flinkblocks.windows;

import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.api.java.functions.KeySelector;
import org.apache.flink.api.java.tuple.Tuple2;

import io.flinkblocks.windows.aggregate.ValueExtractor;

/**
 * Reduces a record to what the window needs, before the shuffle: its key and its value. The parsed
 * record (a stock tick with its date-time, ticker and price) never crosses the network.
 */
final class KeyValueProjection<T, K, V> implements MapFunction<T, Tuple2<K, V>> {

    private static final long serialVersionUID = 1L;

    private final KeySelector<T, K> keySelector;
    private final ValueExtractor<T, V> values;

    KeyValueProjection(KeySelector<T, K> keySelector, ValueExtractor<T, V> values) {
        this.keySelector = keySelector;
        this.values = values;
    }

    @Override
    public Tuple2<K, V> map(T record) throws Exception {
        // a new tuple per record: with object reuse a chained operator may still hold the previous one
        return Tuple2.of(keySelector.getKey(record), values.valueOf(record));
    }
}
