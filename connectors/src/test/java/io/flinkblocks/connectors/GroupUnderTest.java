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
package io.flinkblocks.connectors;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

import io.flinkblocks.runtime.PropertyGroup;

/**
 * The properties of one group a test builds a connector from: a valid group, and each scenario's change
 * to it, so that a test names only the keys it is about. Immutable: {@link #with} and {@link #without}
 * give a new group and leave this one as it is.
 */
public final class GroupUnderTest {

    private final String name;
    private final Map<String, String> values;

    private GroupUnderTest(String name, Map<String, String> values) {
        this.name = name;
        this.values = Collections.unmodifiableMap(values);
    }

    /** The group {@code name} with the given keys and values, in pairs. */
    public static GroupUnderTest group(String name, String... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("keys and values come in pairs");
        }
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            values.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return new GroupUnderTest(name, values);
    }

    /** This group with {@code key} set to {@code value}. */
    public GroupUnderTest with(String key, String value) {
        Map<String, String> changed = new HashMap<>(values);
        changed.put(key, value);
        return new GroupUnderTest(name, changed);
    }

    /** This group without {@code key}. */
    public GroupUnderTest without(String key) {
        Map<String, String> changed = new HashMap<>(values);
        changed.remove(key);
        return new GroupUnderTest(name, changed);
    }

    /** The same keys and values under another group name. */
    public GroupUnderTest named(String otherName) {
        return new GroupUnderTest(otherName, values);
    }

    /** The group as the connectors read it. */
    public PropertyGroup properties() {
        return PropertyGroup.of(name, values);
    }

    /** The keys and values, unmodifiable. */
    public Map<String, String> values() {
        return values;
    }
}
