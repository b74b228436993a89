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
package io.flinkblocks.testing.kinesis;

import java.util.ArrayList;
import java.util.List;

import org.apache.flink.annotation.PublicEvolving;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads the dead letters a job wrote to a stream of the {@link LocalKinesis} as JSON objects with a
 * {@code payload} (the record as text) and a {@code reason}, each as {@code "payload -> REASON"}: a
 * test compares them with the bad records it put, as one line each.
 */
@PublicEvolving
public final class DeadLetters {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private DeadLetters() {}

    /** Every dead letter in {@code stream}, as {@code "payload -> REASON"}, in stream order per shard. */
    public static List<String> payloadsAndReasons(LocalKinesisExtension kinesis, String stream) {
        List<String> letters = new ArrayList<>();
        for (String letter : kinesis.readAllStrings(stream)) {
            JsonNode json;
            try {
                json = MAPPER.readTree(letter);
            } catch (JsonProcessingException e) {
                throw new AssertionError("A dead letter in " + stream + " is not JSON: " + letter, e);
            }
            letters.add(
                    json.get("payload").asText() + " -> " + json.get("reason").asText());
        }
        return letters;
    }
}
