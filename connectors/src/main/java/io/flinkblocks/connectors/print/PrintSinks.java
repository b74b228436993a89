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
package io.flinkblocks.connectors.print;

import java.util.List;

import org.apache.flink.annotation.PublicEvolving;
import org.apache.flink.streaming.api.functions.sink.PrintSink;

import io.flinkblocks.connectors.StreamSinks;
import io.flinkblocks.runtime.PropertyGroup;

/**
 * A sink that prints each record on the task manager's standard output, the embedded default of the
 * examples. Keys: {@code prefix} (default: none), {@code stderr} (default false).
 */
@PublicEvolving
public final class PrintSinks {

    static final List<String> KEYS = List.of(StreamSinks.CONNECTOR_KEY, "prefix", "stderr");

    private PrintSinks() {}

    public static <T> PrintSink<T> fromProperties(PropertyGroup group) {
        group.checkKnownKeys(KEYS, false);
        boolean stderr = group.getBoolean("stderr", false);
        return group.optional("prefix").map(prefix -> new PrintSink<T>(prefix, stderr)).orElseGet(() -> new PrintSink<>(stderr));
    }
}
