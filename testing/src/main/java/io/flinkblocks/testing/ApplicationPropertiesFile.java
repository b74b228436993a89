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

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.apache.flink.annotation.PublicEvolving;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes an application properties file in the format of Managed Service for Apache Flink: a JSON
 * array of {@code {"PropertyGroupId": ..., "PropertyMap": {key: value}}}, for tests that hand a job
 * the file MSF would give it.
 */
@PublicEvolving
public final class ApplicationPropertiesFile {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ApplicationPropertiesFile() {}

    /**
     * Writes {@code groups} to {@code file}, groups and keys in the maps' order, pretty-printed in
     * UTF-8, creating the parent folders if needed; replaces an existing file.
     *
     * @return {@code file}
     * @throws UncheckedIOException if the file cannot be written
     */
    public static Path write(Path file, Map<String, Map<String, String>> groups) {
        ArrayNode root = MAPPER.createArrayNode();
        groups.forEach((id, group) -> {
            ObjectNode entry = root.addObject();
            entry.put("PropertyGroupId", id);
            ObjectNode map = entry.putObject("PropertyMap");
            group.forEach(map::put);
        });
        String json;
        try {
            json = MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise the groups of " + file, e);
        }
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            return Files.write(file, json.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }
}
