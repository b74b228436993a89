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

import io.flinkblocks.connectors.identity.ConnectorKey;
import io.flinkblocks.runtime.PropertyGroup;
import io.flinkblocks.runtime.PropertyOption;

/**
 * A sink that prints each record on the task manager's standard output, the embedded default of the
 * examples. Keys: {@link #OPTIONS}.
 */
@PublicEvolving
public final class PrintSinks {

    public static final PropertyOption<String> PREFIX = PropertyOption.key("prefix")
            .stringType()
            .noDefaultValue("none")
            .description("printed before each record, with the subtask");
    public static final PropertyOption<Boolean> STDERR = PropertyOption.key("stderr")
            .booleanType()
            .defaultValue(false)
            .description("`true`: standard error instead of standard output");

    /** Every option of a print group, in the order of the README's table. */
    public static final List<PropertyOption<?>> OPTIONS = List.of(PREFIX, STDERR);

    static final List<String> KEYS = ConnectorKey.keysWithConnector(OPTIONS);

    private PrintSinks() {}

    public static <T> PrintSink<T> fromProperties(PropertyGroup group) {
        group.checkKnownKeys(KEYS, false);
        boolean stderr = group.get(STDERR);
        return group.optional(PREFIX)
                .map(prefix -> new PrintSink<T>(prefix, stderr))
                .orElseGet(() -> new PrintSink<>(stderr));
    }
}
