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

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeType;

/**
 * Parses the MSF application properties format: a JSON array of
 * {@code {"PropertyGroupId": "...", "PropertyMap": {"key": "value"}}}. Strict where the service
 * format is strict (values are scalars, one entry per group id) and precise in its errors.
 */
final class PropertiesFileParser {

    static final String GROUP_ID = "PropertyGroupId";
    static final String PROPERTY_MAP = "PropertyMap";

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private PropertiesFileParser() {}

    /** Groups in file order, each a map of key to string value. */
    static Map<String, Map<String, String>> parse(InputStream input, String source) {
        JsonNode root;
        try {
            root = MAPPER.readTree(input);
        } catch (JsonProcessingException e) {
            throw new InvalidPropertiesException(
                    source, null, null, "malformed JSON " + where(e) + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new InvalidPropertiesException(source, null, null, "cannot be read: " + e.getMessage(), e);
        }
        if (root == null || root.isMissingNode()) {
            throw new InvalidPropertiesException(
                    source, null, null, "is empty; expected a JSON array of property groups");
        }
        if (!root.isArray()) {
            throw new InvalidPropertiesException(
                    source, null, null, "expected a JSON array of property groups, found " + describe(root));
        }
        Map<String, Map<String, String>> groups = new LinkedHashMap<>();
        int index = 0;
        for (JsonNode entry : root) {
            String groupId = groupId(entry, index, source);
            if (groups.containsKey(groupId)) {
                throw new InvalidPropertiesException(
                        source,
                        groupId,
                        null,
                        "duplicate PropertyGroupId (entry " + index + " repeats an earlier group)");
            }
            groups.put(groupId, propertyMap(entry, groupId, source));
            index++;
        }
        return groups;
    }

    private static String groupId(JsonNode entry, int index, String source) {
        if (!entry.isObject()) {
            throw new InvalidPropertiesException(
                    source,
                    null,
                    null,
                    "entry " + index + " is " + describe(entry) + "; expected an object with " + GROUP_ID + " and "
                            + PROPERTY_MAP);
        }
        JsonNode id = entry.get(GROUP_ID);
        if (id == null || !id.isTextual() || id.asText().isBlank()) {
            throw new InvalidPropertiesException(
                    source, null, null, "entry " + index + " has no " + GROUP_ID + " string");
        }
        Iterator<String> fields = entry.fieldNames();
        while (fields.hasNext()) {
            String field = fields.next();
            if (!GROUP_ID.equals(field) && !PROPERTY_MAP.equals(field)) {
                throw new InvalidPropertiesException(
                        source,
                        id.asText(),
                        null,
                        "unexpected field '" + field + "' beside " + GROUP_ID + " and " + PROPERTY_MAP);
            }
        }
        return id.asText();
    }

    private static Map<String, String> propertyMap(JsonNode entry, String groupId, String source) {
        JsonNode map = entry.get(PROPERTY_MAP);
        if (map == null || !map.isObject()) {
            throw new InvalidPropertiesException(
                    source,
                    groupId,
                    null,
                    PROPERTY_MAP + " must be an object of keys to string values, found "
                            + (map == null ? "nothing" : describe(map)));
        }
        Map<String, String> values = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = map.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode value = field.getValue();
            if (value.isContainerNode() || value.isNull()) {
                throw new InvalidPropertiesException(
                        source, groupId, field.getKey(), "values must be strings, found " + describe(value));
            }
            // Numbers and booleans are accepted as their text, as the MSF runtime does.
            values.put(field.getKey(), value.asText());
        }
        return values;
    }

    private static String where(JsonProcessingException e) {
        JsonLocation location = e.getLocation();
        return location == null ? "" : "at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    private static String describe(JsonNode node) {
        JsonNodeType type = node.getNodeType();
        switch (type) {
            case ARRAY:
                return "an array";
            case OBJECT:
                return "an object";
            case NULL:
                return "null";
            default:
                return "a " + type.name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
