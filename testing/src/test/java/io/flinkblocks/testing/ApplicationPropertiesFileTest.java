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
package io.flinkblocks.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class ApplicationPropertiesFileTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    @Test
    void writesGroupsAndKeysInOrderAndReadsBackTheSameValues() throws IOException {
        Map<String, Map<String, String>> groups = new LinkedHashMap<>();
        groups.put("FlinkEnvironment", ordered("parallelism", "1", "checkpoint.interval", "1s"));
        groups.put("Zeta", ordered("z", "last letter", "a", "first letter"));
        groups.put("Alpha", ordered("quoted", "say \"hello\" \\ back", "unicode", "prix 12 € — 株価 ✓", "empty", ""));
        groups.put("Empty", new LinkedHashMap<>());

        Path file = folder.resolve("nested/deeper/application-properties.json");
        Path written = ApplicationPropertiesFile.write(file, groups);

        assertThat(written).isEqualTo(file).isRegularFile();
        assertThat(read(file)).isEqualTo(groups);
        assertThat(new ArrayList<>(read(file).keySet())).containsExactly("FlinkEnvironment", "Zeta", "Alpha", "Empty");
        assertThat(new ArrayList<>(read(file).get("Zeta").keySet())).containsExactly("z", "a");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text)
                .as("pretty-printed, UTF-8")
                .contains("\n  \"PropertyGroupId\" : \"Zeta\",\n")
                .contains("prix 12 € — 株価 ✓")
                .endsWith("]\n");
    }

    @Test
    void replacesAnExistingFile() throws IOException {
        Path file = folder.resolve("props.json");
        ApplicationPropertiesFile.write(file, Map.of("A", Map.of("k", "old")));
        ApplicationPropertiesFile.write(file, Map.of("B", Map.of("k", "new")));

        assertThat(read(file)).isEqualTo(Map.of("B", Map.of("k", "new")));
    }

    @Test
    void anUnwritablePathIsAnUncheckedIOException() throws IOException {
        Path notAFolder = Files.write(folder.resolve("file"), new byte[0]);

        assertThatThrownBy(() -> ApplicationPropertiesFile.write(notAFolder.resolve("props.json"), Map.of()))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("props.json");
    }

    private static Map<String, String> ordered(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    /** The file read back with Jackson, groups and keys in file order. */
    private static Map<String, Map<String, String>> read(Path file) throws IOException {
        JsonNode root = JSON.readTree(file.toFile());
        assertThat(root.isArray()).isTrue();
        Map<String, Map<String, String>> groups = new LinkedHashMap<>();
        for (JsonNode entry : root) {
            assertThat(entry.size()).isEqualTo(2);
            Map<String, String> group = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> fields =
                            entry.get("PropertyMap").fields();
                    fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                assertThat(field.getValue().isTextual()).isTrue();
                group.put(field.getKey(), field.getValue().textValue());
            }
            groups.put(entry.get("PropertyGroupId").textValue(), group);
        }
        return groups;
    }
}
