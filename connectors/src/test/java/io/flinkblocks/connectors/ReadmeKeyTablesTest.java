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

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.junit.jupiter.api.Test;

/**
 * The hand-written key table of this module's README (Kafka) and the
 * keys the factories know agree; the tables generated from declared options are checked by
 * {@link ReadmeOptionTablesTest}. Here: every key a table
 * names is one a factory knows (a misspelled or stale key in the docs fails), and every key of our
 * own (not the connector's) is documented in its section.
 */
class ReadmeKeyTablesTest {

    private static final Pattern KEY = Pattern.compile("(\\(\\+ )?`([^`]+)`");

    private static String readme() throws Exception {
        return new String(Files.readAllBytes(Paths.get("README.md")), StandardCharsets.UTF_8);
    }

    /** The text of the section that starts with this heading, up to the next heading of any level. */
    private static String section(String heading) throws Exception {
        String readme = readme();
        int from = readme.indexOf("\n" + heading);
        assertThat(from).as("README section " + heading).isNotNegative();
        int to = readme.indexOf("\n#", from + heading.length() + 1);
        return readme.substring(from, to < 0 ? readme.length() : to);
    }

    /**
     * The keys in the first column of the section's key tables; {@code / `.secretkey`} names a sibling of
     * the key before it, {@code (+ `.format`)} a key under it.
     */
    private static List<String> tableKeys(String heading) throws Exception {
        List<String> keys = new ArrayList<>();
        boolean keyTable = false;
        for (String line : section(heading).split("\n")) {
            // Only tables whose first column is headed "key" (not, say, the Kafka presets).
            if (line.startsWith("| key ")) {
                keyTable = true;
            } else if (!line.startsWith("|")) {
                keyTable = false;
            }
            if (!keyTable || !line.startsWith("| `")) {
                continue;
            }
            String firstCell = line.substring(1, line.indexOf(" |", 1));
            String previous = null;
            Matcher matcher = KEY.matcher(firstCell);
            while (matcher.find()) {
                String token = matcher.group(2);
                String key;
                if (token.startsWith(".") && previous != null) {
                    key = matcher.group(1) != null
                            ? previous + token
                            : previous.substring(0, previous.lastIndexOf('.')) + token;
                } else {
                    key = token;
                }
                keys.add(key);
                previous = key;
            }
        }
        assertThat(keys).as("keys of the tables in README section " + heading).isNotEmpty();
        return keys;
    }

    @SuppressWarnings("unchecked")
    private static Collection<String> declared(String className, String field) throws Exception {
        Field f = Class.forName("io.flinkblocks.connectors." + className).getDeclaredField(field);
        f.setAccessible(true);
        return (Collection<String>) f.get(null);
    }

    @Test
    void kafkaTableNamesKnownKeysAndDocumentsOurOwn() throws Exception {
        Set<String> own = new TreeSet<>(declared("kafka.KafkaKeys", "COMMON"));
        own.addAll(declared("kafka.KafkaKeys", "SOURCE_ONLY"));
        own.addAll(declared("kafka.KafkaKeys", "SINK_ONLY"));
        own.remove(StreamSources.CONNECTOR_KEY);
        Set<String> known = new TreeSet<>(own);
        known.addAll(ConsumerConfig.configNames());
        known.addAll(ProducerConfig.configNames());
        String section = section("## Kafka and Amazon MSK");

        assertThat(known).containsAll(tableKeys("## Kafka and Amazon MSK"));
        assertThat(own).allSatisfy(key -> assertThat(section).contains("`" + key + "`"));
    }
}
