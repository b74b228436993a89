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
package io.flinkblocks.windows.result;

import java.util.HashMap;
import java.util.Map;

import org.apache.flink.annotation.PublicEvolving;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;

import io.flinkblocks.operators.values.ValueEquality;

/**
 * A record that arrived after every window it belongs to was closed (watermark past the window end
 * plus the allowed lateness): its key, the value the aggregation would have used and its event time.
 */
@PublicEvolving
public class LateRecord<K, V> {

    private K key;
    private V value;
    private long timestamp;

    public LateRecord() {}

    public LateRecord(K key, V value, long timestamp) {
        this.key = key;
        this.value = value;
        this.timestamp = timestamp;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public static <K, V> TypeInformation<LateRecord<K, V>> typeInfo(
            TypeInformation<K> keyType, TypeInformation<V> valueType) {
        Map<String, TypeInformation<?>> fields = new HashMap<>();
        fields.put("key", keyType);
        fields.put("value", valueType);
        fields.put("timestamp", Types.LONG);
        return (TypeInformation) Types.POJO(LateRecord.class, fields);
    }

    public K getKey() {
        return key;
    }

    public void setKey(K key) {
        this.key = key;
    }

    public V getValue() {
        return value;
    }

    public void setValue(V value) {
        this.value = value;
    }

    public long getTimestamp() {
        return timestamp;
    }

    public void setTimestamp(long timestamp) {
        this.timestamp = timestamp;
    }

    @Override
    public boolean equals(Object o) {
        return ValueEquality.equal(this, o, LateRecord::fields);
    }

    @Override
    public int hashCode() {
        return ValueEquality.hash(fields());
    }

    /** The fields that make the value, for equality and the hash. */
    private Object[] fields() {
        return new Object[] {key, value, timestamp};
    }

    @Override
    public String toString() {
        return "LateRecord{key=" + key + ", value=" + value + ", timestamp=" + timestamp + "}";
    }
}
