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
package io.flinkblocks.examples.tumblingwindow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.flinkblocks.connectors.aws.AwsClientOptions;
import io.flinkblocks.connectors.datagen.StockTickSource;
import io.flinkblocks.connectors.files.FileSinks;
import io.flinkblocks.connectors.firehose.FirehoseSinkOptions;
import io.flinkblocks.connectors.kafka.KafkaOptions;
import io.flinkblocks.connectors.kinesis.KinesisSinkOptions;
import io.flinkblocks.connectors.kinesis.KinesisSourceOptions;
import io.flinkblocks.connectors.print.PrintSinks;
import io.flinkblocks.operators.json.JsonParse;
import io.flinkblocks.operators.watermarks.WatermarkStrategies;
import io.flinkblocks.runtime.PropertyOption;
import io.flinkblocks.runtime.StreamEnvironmentSettings;
import io.flinkblocks.windows.WindowBlock;

/**
 * The key tables of the example READMEs ({@code | group | key | default | meaning |}) restate
 * defaults of options declared in the library modules: each default they give for a declared key is
 * the declared one (units and case aside, {@code 30s} for {@code 30 s}), so an example README cannot
 * keep a default the library changed. Rows of keys that are not declared options (the job's own, or
 * {@code connector}), of options whose default is set by the job's code ({@code window.size}), and
 * cells that do not give a value ({@code required}, {@code MSF's}), are not compared. This module's tests see every library module, so the check of all examples lives here.
 */
class ExampleReadmeKeyTablesTest {

    private static final Pattern CODE = Pattern.compile("`([^`]+)`");

    /** Every declared option of the library, by key (a key may be declared by a source and a sink). */
    private static Map<String, List<PropertyOption<?>>> declared() {
        Map<String, List<PropertyOption<?>>> byKey = new HashMap<>();
        Stream.of(
                        StreamEnvironmentSettings.OPTIONS,
                        WindowBlock.OPTIONS,
                        WatermarkStrategies.OPTIONS,
                        JsonParse.OPTIONS,
                        AwsClientOptions.OPTIONS,
                        KinesisSourceOptions.OPTIONS,
                        KinesisSinkOptions.OPTIONS,
                        FirehoseSinkOptions.OPTIONS,
                        KafkaOptions.COMMON,
                        KafkaOptions.SOURCE,
                        KafkaOptions.SINK,
                        FileSinks.OPTIONS,
                        PrintSinks.OPTIONS,
                        StockTickSource.OPTIONS)
                .flatMap(List::stream)
                .forEach(o ->
                        byKey.computeIfAbsent(o.key(), k -> new ArrayList<>()).add(o));
        return byKey;
    }

    private static String normalized(String text) {
        return text.replace("`", "").replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }

    private static List<String> codes(String cell) {
        List<String> codes = new ArrayList<>();
        Matcher matcher = CODE.matcher(cell);
        while (matcher.find()) {
            codes.add(matcher.group(1));
        }
        return codes;
    }

    @Test
    void restatedDefaultsAreTheDeclaredOnes() throws IOException {
        Map<String, List<PropertyOption<?>>> declared = declared();
        List<String> problems = new ArrayList<>();
        int compared = 0;
        List<Path> readmes;
        try (Stream<Path> modules = Files.list(Paths.get(".."))) {
            // getting-started-table's groups hold Table API connector options (its datagen is Flink's table
            // connector, not StockTickSource), whose values are that job's own.
            readmes = modules.filter(m -> !m.getFileName().toString().equals("getting-started-table"))
                    .map(m -> m.resolve("README.md"))
                    .filter(Files::exists)
                    .sorted()
                    .collect(Collectors.toList());
        }
        for (Path readme : readmes) {
            boolean keyTable = false;
            for (String line : Files.readAllLines(readme, StandardCharsets.UTF_8)) {
                if (line.startsWith("| group | key | default |")) {
                    keyTable = true;
                    continue;
                }
                if (!line.startsWith("|")) {
                    keyTable = false;
                }
                String[] cells = line.split("\\|", -1);
                if (!keyTable || cells.length < 5 || cells[2].startsWith("---")) {
                    continue;
                }
                List<String> keys = codes(cells[2]);
                List<String> defaults = codes(cells[3]);
                // Only cells that give one value per key: "`15 min`, `5 min`, `128 MiB`" for three keys.
                if (keys.size() != defaults.size()
                        || cells[3].replaceAll("`[^`]*`|[,\\s]", "").length() > 0) {
                    continue;
                }
                for (int i = 0; i < keys.size(); i++) {
                    List<PropertyOption<?>> options = declared.get(keys.get(i));
                    // A default set in code (the window's size, as the job built it) is the example's own.
                    if (options == null || options.stream().allMatch(o -> o.defaultValue() == null)) {
                        continue;
                    }
                    compared++;
                    String stated = normalized(defaults.get(i));
                    Set<String> declaredDefaults = new HashSet<>();
                    options.forEach(o -> declaredDefaults.add(normalized(String.valueOf(o.defaultText()))));
                    if (!declaredDefaults.contains(stated)) {
                        problems.add(readme + ": `" + keys.get(i) + "` default `" + defaults.get(i) + "`, declared "
                                + options.stream()
                                        .map(PropertyOption::defaultText)
                                        .collect(Collectors.joining(" / ")));
                    }
                }
            }
        }
        assertThat(problems)
                .as("defaults in example README key tables that differ from the declarations")
                .isEmpty();
        assertThat(compared).as("defaults compared").isGreaterThan(10);
    }
}
