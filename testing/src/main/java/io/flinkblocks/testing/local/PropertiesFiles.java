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
package io.flinkblocks.testing.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.flinkblocks.testing.ApplicationPropertiesFile;

/**
 * Finds, reads and writes application properties files in the format of Managed Service for Apache
 * Flink: a JSON array of {@code {"PropertyGroupId": ..., "PropertyMap": {key: value}}}, groups and keys
 * in file order. Error messages name the file, group and key, never a value.
 */
final class PropertiesFiles {

    /** The name of each example's properties file for local services. */
    static final String LOCAL_FILE_NAME = "flink-application-properties-local.json";

    /** Build output and installed packages hold copies, not sources. */
    private static final Set<String> SKIPPED_FOLDERS = Set.of("target", "node_modules");

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private PropertiesFiles() {}

    /** Each file named, and every {@value #LOCAL_FILE_NAME} under each folder named (in path order). */
    static List<Path> find(List<Path> filesOrFolders) {
        List<Path> found = new ArrayList<>();
        for (Path path : filesOrFolders) {
            Path absolute = path.toAbsolutePath().normalize();
            if (Files.isRegularFile(absolute)) {
                found.add(absolute);
            } else if (Files.isDirectory(absolute)) {
                found.addAll(scan(absolute));
            } else {
                throw new IllegalArgumentException("No such file or folder: " + absolute);
            }
        }
        return found.stream().distinct().collect(Collectors.toList());
    }

    private static List<Path> scan(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.filter(p -> p.getFileName().toString().equals(LOCAL_FILE_NAME) && Files.isRegularFile(p))
                    .filter(p -> !inSkippedFolder(folder, p))
                    .sorted()
                    .collect(Collectors.toList());
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalArgumentException("Cannot scan " + folder + ": " + e.getMessage(), e);
        }
    }

    private static boolean inSkippedFolder(Path root, Path file) {
        for (Path part : root.relativize(file.getParent())) {
            String name = part.toString();
            if (SKIPPED_FOLDERS.contains(name) || name.startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /** The groups of a file by id, each a map of its keys, in file order. */
    static Map<String, Map<String, String>> read(Path file) {
        JsonNode root;
        try {
            root = MAPPER.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            // The parser's own message may quote the file's content: only the line is given.
            String where =
                    e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr();
            throw new IllegalArgumentException("Malformed JSON in " + file + where);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        if (root == null || !root.isArray()) {
            throw new IllegalArgumentException(file + ": expected a JSON array of property groups");
        }
        Map<String, Map<String, String>> groups = new LinkedHashMap<>();
        for (JsonNode entry : root) {
            JsonNode id = entry.path("PropertyGroupId");
            JsonNode map = entry.path("PropertyMap");
            if (!id.isTextual() || !map.isObject()) {
                throw new IllegalArgumentException(
                        file + ": every entry needs a PropertyGroupId and a PropertyMap object");
            }
            if (groups.containsKey(id.asText())) {
                throw new IllegalArgumentException(file + ": group '" + id.asText() + "' appears twice");
            }
            Map<String, String> group = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> fields = map.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (!field.getValue().isValueNode() || field.getValue().isNull()) {
                    throw new IllegalArgumentException(file + ", group '" + id.asText() + "', key '" + field.getKey()
                            + "': values must be strings");
                }
                group.put(field.getKey(), field.getValue().asText());
            }
            groups.put(id.asText(), group);
        }
        return groups;
    }

    /** Writes the groups in the same format, creating the folder if needed. */
    static void write(Path file, Map<String, Map<String, String>> groups) {
        ApplicationPropertiesFile.write(file, groups);
    }
}
