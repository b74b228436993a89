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
package io.flinkblocks.examples.gettingstartedtable;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import io.flinkblocks.runtime.PropertyGroup;

/** The DDL of the job's tables, from property groups. */
final class StockTickTables {

    /** Keys of the input group that are ours; every other key is a table connector option. */
    private static final List<String> INPUT_KEYS = List.of("price.min", "record.count", "records.per.second");
    /** Keys of the output group that are ours. */
    private static final List<String> OUTPUT_KEYS = List.of("path", "print");

    private StockTickTables() {}

    /**
     * The stock tick table. {@code connector=datagen} generates deterministic ticks (ticker and price
     * derived from a sequence, event time the wall clock), bounded by {@code record.count}; any other
     * connector ({@code kinesis}, {@code kafka}, ...) reads the guide's JSON records, with every other
     * key of the group passed as a connector option.
     */
    static String inputTable(String name, PropertyGroup group) {
        String connector = group.required("connector").toLowerCase(Locale.ROOT);
        if ("datagen".equals(connector)) {
            long count = group.getLong("record.count", 300L, 1L, Long.MAX_VALUE);
            long rate = group.getLong("records.per.second", 10L, 1L, 1_000_000_000L);
            return "CREATE TEMPORARY TABLE " + name + " ("
                    + " id BIGINT,"
                    + " ticker AS CASE MOD(id, 5) WHEN 0 THEN 'AAPL' WHEN 1 THEN 'AMZN' WHEN 2 THEN 'MSFT' WHEN 3 THEN 'INTC' ELSE 'TBV' END,"
                    + " price AS CAST(MOD(id * 7919, 10000) AS DOUBLE) / 100,"
                    + " event_time AS LOCALTIMESTAMP"
                    + ") WITH ('connector' = 'datagen', 'fields.id.kind' = 'sequence', 'fields.id.start' = '1',"
                    + " 'fields.id.end' = '" + count + "', 'rows-per-second' = '" + rate + "')";
        }
        Map<String, String> options = optionsWithout(group, INPUT_KEYS);
        options.putIfAbsent("format", "json");
        options.putIfAbsent("json.timestamp-format.standard", "ISO-8601");
        return "CREATE TEMPORARY TABLE " + name + " (event_time TIMESTAMP(3), ticker STRING, price DOUBLE)" + " WITH ("
                + withClause(options) + ")";
    }

    /** The output: JSON files under {@code path}, partitioned by ticker, date and hour, as the guide's. */
    static String outputTable(String name, PropertyGroup group) {
        String path = group.required("path");
        if (!path.contains("://")) {
            // The guide's s3Path had no scheme, which silently writes to the local disk.
            throw group.error(
                    "path",
                    "must name a filesystem scheme, for example s3://bucket/prefix or file:///tmp/out (got '" + path
                            + "')");
        }
        Map<String, String> options = optionsWithout(group, OUTPUT_KEYS);
        options.remove("connector");
        options.put("connector", "filesystem");
        options.put("path", path);
        options.putIfAbsent("format", "json");
        return "CREATE TEMPORARY TABLE " + name
                + " (event_time TIMESTAMP(3), ticker STRING, price DOUBLE, dt STRING, hr STRING)"
                + " PARTITIONED BY (ticker, dt, hr) WITH (" + withClause(options) + ")";
    }

    static String printTable(String name) {
        return "CREATE TEMPORARY TABLE " + name
                + " (event_time TIMESTAMP(3), ticker STRING, price DOUBLE, dt STRING, hr STRING)"
                + " WITH ('connector' = 'print')";
    }

    private static Map<String, String> optionsWithout(PropertyGroup group, List<String> ours) {
        Map<String, String> options = new TreeMap<>();
        for (String key : group.keys()) {
            if (!ours.contains(key)) {
                options.put(key, group.get(key, ""));
            }
        }
        return options;
    }

    private static String withClause(Map<String, String> options) {
        return options.entrySet().stream()
                .map(e -> quote(e.getKey()) + " = " + quote(e.getValue()))
                .collect(Collectors.joining(", "));
    }

    private static String quote(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
