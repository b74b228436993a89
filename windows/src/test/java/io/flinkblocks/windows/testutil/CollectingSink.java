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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.apache.flink.streaming.api.functions.sink.SinkFunction;

/** Collects values into a named, JVM-wide queue, for MiniCluster tests that need a sink with a uid. */
@SuppressWarnings("deprecation")
public final class CollectingSink<T> implements SinkFunction<T> {

    private static final long serialVersionUID = 1L;
    private static final Map<String, Queue<Object>> QUEUES = new ConcurrentHashMap<>();

    private final String name;

    public CollectingSink(String name) {
        this.name = name;
        QUEUES.put(name, new ConcurrentLinkedQueue<>());
    }

    @Override
    public void invoke(T value, Context context) {
        QUEUES.get(name).add(value);
    }

    @SuppressWarnings("unchecked")
    public static <T> List<T> values(String name) {
        return new ArrayList<>((Queue<T>) (Queue<?>) QUEUES.get(name));
    }
}
