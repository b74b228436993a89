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
package io.flinkblocks.connectors.kinesis;

import org.apache.flink.api.java.functions.KeySelector;
import org.apache.flink.connector.kinesis.sink.PartitionKeyGenerator;

/**
 * Partition keys from a key selector: records with equal keys go to the same shard, in order. The
 * key's string form is cut to the 256 characters Kinesis accepts, and an empty one becomes "-"
 * (Kinesis refuses empty partition keys).
 */
final class KeySelectorPartitionKeys<T> implements PartitionKeyGenerator<T> {

    private static final long serialVersionUID = 1L;
    static final int MAX_PARTITION_KEY_LENGTH = 256;

    private final KeySelector<T, ?> keySelector;

    KeySelectorPartitionKeys(KeySelector<T, ?> keySelector) {
        this.keySelector = keySelector;
    }

    @Override
    public String apply(T element) {
        Object key;
        try {
            key = keySelector.getKey(element);
        } catch (Exception e) {
            throw new IllegalStateException("The partition key selector failed", e);
        }
        String text = String.valueOf(key);
        if (text.isEmpty()) {
            return "-";
        }
        return text.length() > MAX_PARTITION_KEY_LENGTH ? text.substring(0, MAX_PARTITION_KEY_LENGTH) : text;
    }
}
