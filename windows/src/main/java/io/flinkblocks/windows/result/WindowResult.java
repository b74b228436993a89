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

import com.fasterxml.jackson.annotation.JsonProperty;

import io.flinkblocks.operators.values.ValueEquality;

/**
 * The value of one window for one key: {@code windowStart} inclusive, {@code windowEnd} exclusive, both
 * epoch millis, like Flink's {@code TimeWindow}. A Flink POJO; {@link #typeInfo} gives its type
 * information for a key and value type.
 */
@PublicEvolving
public class WindowResult<K, R> {

    private K key;
    private long windowStart;
    private long windowEnd;
    private R value;

    public WindowResult() {}

    public WindowResult(K key, long windowStart, long windowEnd, R value) {
        this.key = key;
        this.windowStart = windowStart;
        this.windowEnd = windowEnd;
        this.value = value;
    }

    /** Type information for results with keys of {@code keyType} and values of {@code valueType}. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static <K, R> TypeInformation<WindowResult<K, R>> typeInfo(
            TypeInformation<K> keyType, TypeInformation<R> valueType) {
        Map<String, TypeInformation<?>> fields = new HashMap<>();
        fields.put("key", keyType);
        fields.put("windowStart", Types.LONG);
        fields.put("windowEnd", Types.LONG);
        fields.put("value", valueType);
        return (TypeInformation) Types.POJO(WindowResult.class, fields);
    }

    @JsonProperty("key")
    public K getKey() {
        return key;
    }

    public void setKey(K key) {
        this.key = key;
    }

    @JsonProperty("window_start")
    public long getWindowStart() {
        return windowStart;
    }

    public void setWindowStart(long windowStart) {
        this.windowStart = windowStart;
    }

    @JsonProperty("window_end")
    public long getWindowEnd() {
        return windowEnd;
    }

    public void setWindowEnd(long windowEnd) {
        this.windowEnd = windowEnd;
    }

    @JsonProperty("value")
    public R getValue() {
        return value;
    }

    public void setValue(R value) {
        this.value = value;
    }

    @Override
    public boolean equals(Object o) {
        return ValueEquality.equal(this, o, WindowResult::fields);
    }

    @Override
    public int hashCode() {
        return ValueEquality.hash(fields());
    }

    /** The fields that make the value, for equality and the hash. */
    private Object[] fields() {
        return new Object[] {key, windowStart, windowEnd, value};
    }

    @Override
    public String toString() {
        return "WindowResult{key=" + key + ", window=[" + windowStart + ", " + windowEnd + "), value=" + value + "}";
    }
}
