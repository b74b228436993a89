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
package io.flinkblocks.runtime;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.apache.flink.annotation.PublicEvolving;

/** Renders declared options as the key table of a README; a test compares it with the README. */
@PublicEvolving
public final class PropertyOptions {

    private PropertyOptions() {}

    /** The keys of the options, in order. */
    public static List<String> keys(Collection<? extends PropertyOption<?>> options) {
        List<String> keys = new ArrayList<>();
        options.forEach(o -> keys.add(o.key()));
        return keys;
    }

    /** A markdown table: key, values, default, description; one row per option, in order. */
    public static String markdownTable(Collection<? extends PropertyOption<?>> options) {
        StringBuilder table = new StringBuilder("| key | values | default | description |\n|---|---|---|---|\n");
        for (PropertyOption<?> option : options) {
            table.append("| `")
                    .append(option.key())
                    .append("` | ")
                    .append(option.valuesText())
                    .append(" | ")
                    .append(option.defaultText())
                    .append(" | ")
                    .append(option.description())
                    .append(" |\n");
        }
        return table.toString();
    }

    /**
     * The table between the lines {@code <!-- options: NAME -->} and {@code <!-- /options: NAME -->} of
     * a README, or null when the markers are missing.
     */
    public static String tableIn(String readme, String name) {
        String start = "<!-- options: " + name + " -->\n";
        String end = "<!-- /options: " + name + " -->";
        int from = readme.indexOf(start);
        int to = readme.indexOf(end);
        return from < 0 || to < from ? null : readme.substring(from + start.length(), to);
    }
}
