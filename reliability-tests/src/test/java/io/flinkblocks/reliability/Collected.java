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
package io.flinkblocks.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.flink.streaming.api.functions.sink.SinkFunction;

/**
 * A sink that keeps what it receives in a static list per name, for jobs that never restart (a restart
 * would show as duplicates here, which the tests would see). MiniCluster tasks run in the test's JVM.
 */
final class Collected<T> implements SinkFunction<T> {

    private static final long serialVersionUID = 1L;
    private static final Map<String, List<Object>> VALUES = new ConcurrentHashMap<>();

    private final String name;

    Collected(String name) {
        this.name = name;
        VALUES.put(name, new ArrayList<>());
    }

    @Override
    public void invoke(T value, Context context) {
        List<Object> list = VALUES.get(name);
        synchronized (list) {
            list.add(value);
        }
    }

    @SuppressWarnings("unchecked")
    static <T> List<T> values(String name) {
        List<Object> list = VALUES.get(name);
        synchronized (list) {
            return (List<T>) new ArrayList<>(list);
        }
    }

    static int size(String name) {
        List<Object> list = VALUES.get(name);
        synchronized (list) {
            return list.size();
        }
    }
}
