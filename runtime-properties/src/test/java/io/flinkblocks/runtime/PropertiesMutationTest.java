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

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.flinkblocks.testing.secrets.PlantedSecrets;

/**
 * Mutates a valid properties file at random (drops keys and groups, corrupts the JSON, swaps value
 * types, inserts huge values) and runs what a job does with it: loading and reading typed values
 * either succeeds or throws {@link InvalidPropertiesException} naming what is wrong, never anything
 * else, and never with a secret value in its message.
 */
class PropertiesMutationTest {

    private static final String SECRET = PlantedSecrets.AWS_SECRET_ACCESS_KEY;
    private static final int ROUNDS = 3000;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static final String VALID = "["
            + "{\"PropertyGroupId\": \"FlinkEnvironment\", \"PropertyMap\": {\"checkpoint.interval\": \"10s\", \"parallelism\": \"2\","
            + " \"checkpoint.mode\": \"EXACTLY_ONCE\"}},"
            + "{\"PropertyGroupId\": \"InputStream0\", \"PropertyMap\": {\"stream.name\": \"in\", \"aws.region\": \"us-east-1\","
            + " \"window.size\": \"10 s\", \"record.count\": \"500\", \"tickers\": \"AAPL,AMZN\", \"max.record.size\": \"1 MiB\","
            + " \"aws.credentials.provider.basic.secretkey\": \"" + SECRET + "\"}},"
            + "{\"PropertyGroupId\": \"Kafka\", \"PropertyMap\": {\"bootstrap.servers\": \"b-1:9096\", \"enabled\": \"true\","
            + " \"ssl.truststore.password\": \"" + SECRET
            + "\", \"sasl.jaas.config\": \"ScramLoginModule required password=" + SECRET + ";\"}}"
            + "]";

    @TempDir
    Path dir;

    @Test
    void everyMutationLoadsOrFailsWithOurExceptionAndNoSecret() throws IOException {
        SplittableRandom random = new SplittableRandom(20261124);
        int failures = 0;
        for (int round = 0; round < ROUNDS; round++) {
            String mutated = mutate(VALID, random);
            Path file = dir.resolve("props-" + round + ".json");
            Files.write(file, mutated.getBytes(StandardCharsets.UTF_8));
            try {
                useLikeAJob(file);
            } catch (InvalidPropertiesException e) {
                failures++;
                assertThat(e.getMessage())
                        .as("round %d: %s", round, mutated)
                        .doesNotContain(SECRET)
                        .startsWith("Invalid application properties in file " + file);
                if (e.getGroup() != null) {
                    assertThat(e.getMessage()).contains("group '" + e.getGroup() + "'");
                }
                if (e.getKey() != null) {
                    assertThat(e.getMessage()).contains("key '" + e.getKey() + "'");
                }
            } catch (RuntimeException e) {
                throw new AssertionError("round " + round + " threw " + e + " for " + mutated, e);
            }
        }
        // The mutations must exercise both outcomes, or the test proves nothing.
        assertThat(failures).isBetween(ROUNDS / 10, ROUNDS - ROUNDS / 10);
    }

    /** What a job reads from its properties. */
    private static void useLikeAJob(Path file) {
        ApplicationProperties props = ApplicationProperties.fromFile(file);
        assertThat(props.toString()).doesNotContain(SECRET);
        StreamEnvironmentSettings.toConfiguration(props.groupOrEmpty("FlinkEnvironment"));
        PropertyGroup input = props.group("InputStream0");
        input.required("stream.name");
        input.get("aws.region", "us-east-1");
        input.getDuration("window.size", Duration.ofSeconds(10));
        input.getLong("record.count", 100, 0, Long.MAX_VALUE);
        input.getList("tickers", List.of("AAPL"));
        input.getByteSize("max.record.size", 1024);
        input.checkKnownKeys(
                List.of("stream.name", "aws.region", "window.size", "record.count", "tickers", "max.record.size"),
                false,
                "aws.credentials.");
        PropertyGroup kafka = props.group("Kafka");
        kafka.required("bootstrap.servers");
        kafka.getBoolean("enabled", false);
        kafka.required("ssl.truststore.password");
        kafka.required("sasl.jaas.config");
        assertThat(kafka.toString()).doesNotContain(SECRET);
    }

    private static String mutate(String json, SplittableRandom random) throws IOException {
        switch (random.nextInt(6)) {
            case 0:
                return corruptText(json, random);
            case 1:
                return mutateTree(json, random, PropertiesMutationTest::dropKey);
            case 2:
                return mutateTree(json, random, (groups, r) -> groups.remove(r.nextInt(groups.size())));
            case 3:
                return mutateTree(json, random, PropertiesMutationTest::swapType);
            case 4:
                return mutateTree(json, random, PropertiesMutationTest::hugeValue);
            default:
                return mutateTree(json, random, PropertiesMutationTest::duplicateOrRename);
        }
    }

    private interface TreeMutation {
        void apply(ArrayNode groups, SplittableRandom random);
    }

    private static String mutateTree(String json, SplittableRandom random, TreeMutation mutation) throws IOException {
        ArrayNode groups = (ArrayNode) MAPPER.readTree(json);
        int times = 1 + random.nextInt(3);
        for (int i = 0; i < times && groups.size() > 0; i++) {
            mutation.apply(groups, random);
        }
        return MAPPER.writeValueAsString(groups);
    }

    private static String corruptText(String json, SplittableRandom random) {
        StringBuilder text = new StringBuilder(json);
        int at = random.nextInt(text.length());
        switch (random.nextInt(4)) {
            case 0:
                text.deleteCharAt(at);
                break;
            case 1:
                String junk = "{}[]\",:\\\u0000x";
                text.insert(at, junk.charAt(random.nextInt(junk.length())));
                break;
            case 2:
                text.setLength(at);
                break;
            default:
                text.append(random.nextBoolean() ? "]" : " {\"PropertyGroupId\": 1}");
        }
        return text.toString();
    }

    private static ObjectNode randomMap(ArrayNode groups, SplittableRandom random) {
        JsonNode group = groups.get(random.nextInt(groups.size()));
        JsonNode map = group.get("PropertyMap");
        return map instanceof ObjectNode ? (ObjectNode) map : null;
    }

    private static String randomKey(ObjectNode map, SplittableRandom random) {
        List<String> keys = new ArrayList<>();
        Iterator<String> names = map.fieldNames();
        names.forEachRemaining(keys::add);
        return keys.isEmpty() ? null : keys.get(random.nextInt(keys.size()));
    }

    private static void dropKey(ArrayNode groups, SplittableRandom random) {
        ObjectNode map = randomMap(groups, random);
        String key = map == null ? null : randomKey(map, random);
        if (key != null) {
            map.remove(key);
        }
    }

    private static void swapType(ArrayNode groups, SplittableRandom random) {
        ObjectNode map = randomMap(groups, random);
        String key = map == null ? null : randomKey(map, random);
        if (key == null) {
            return;
        }
        switch (random.nextInt(7)) {
            case 0:
                map.put(key, random.nextInt());
                break;
            case 1:
                map.put(key, random.nextBoolean());
                break;
            case 2:
                map.putNull(key);
                break;
            case 3:
                map.putObject(key).put("nested", SECRET);
                break;
            case 4:
                map.putArray(key).add(SECRET);
                break;
            case 5:
                map.put(key, "not-a-" + key);
                break;
            default:
                map.put(key, random.nextDouble() * 1e30);
        }
    }

    private static void hugeValue(ArrayNode groups, SplittableRandom random) {
        ObjectNode map = randomMap(groups, random);
        String key = map == null ? null : randomKey(map, random);
        if (key == null) {
            return;
        }
        String unit = random.nextBoolean() ? "9" : "\u00e9x ";
        map.put(key, unit.repeat(1 + random.nextInt(200_000)));
    }

    private static void duplicateOrRename(ArrayNode groups, SplittableRandom random) {
        JsonNode group = groups.get(random.nextInt(groups.size()));
        if (random.nextBoolean()) {
            groups.add(group.deepCopy());
        } else if (group instanceof ObjectNode) {
            ((ObjectNode) group)
                    .put("PropertyGroupId", Map.of(0, "", 1, "Renamed", 2, " ").get(random.nextInt(3)));
        }
    }
}
