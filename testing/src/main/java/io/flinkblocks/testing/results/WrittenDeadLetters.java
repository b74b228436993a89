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
package io.flinkblocks.testing.results;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import org.apache.flink.annotation.PublicEvolving;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.flinkblocks.testing.ticks.BadInputFeed;

/**
 * The dead letters a job wrote to a stream, read from their JSON lines, each checked as it is read: it
 * has only the fields a dead letter has, it is not truncated, and its payload is Base64 for reason
 * {@code NOT_UTF8} and the record's own text for any other. A test compares them with those a
 * {@link BadInputFeed} expects.
 *
 * <pre>{@code
 * WrittenDeadLetters letters = WrittenDeadLetters.read(KINESIS.readAllStrings(deadLetters));
 * assertThat(letters.letters()).containsExactlyInAnyOrderElementsOf(feed.expectedLetters());
 * }</pre>
 */
@PublicEvolving
public final class WrittenDeadLetters {

    // The fields of the operators' DeadLetter as it is written (the test kit does not depend on that module).
    private static final Set<String> FIELDS = Set.of(
            "payload", "payload_encoding", "payload_bytes", "truncated", "reason", "error", "timestamp", "operator");
    private static final String NOT_UTF8 = "NOT_UTF8";
    private static final String BASE64 = "base64";
    private static final String UTF_8 = "utf-8";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<String> reasons = new ArrayList<>();
    private final List<String> letters = new ArrayList<>();

    private WrittenDeadLetters() {}

    /**
     * Reads and checks each line; throws an {@link AssertionError} naming the first line that is not a
     * whole dead letter with the payload encoding of its reason.
     */
    public static WrittenDeadLetters read(List<String> lines) {
        WrittenDeadLetters written = new WrittenDeadLetters();
        for (String line : lines) {
            written.add(line);
        }
        return written;
    }

    private void add(String line) {
        JsonNode letter = parse(line);
        for (Iterator<String> names = letter.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            check(FIELDS.contains(name), "a dead letter has no field " + name, line);
        }
        check(letter.path("reason").isTextual(), "a dead letter names its reason", line);
        check(!letter.path("truncated").asBoolean(false), "the payload is whole", line);
        String reason = letter.get("reason").asText();
        String encoding = letter.path("payload_encoding").asText(UTF_8);
        String expectedEncoding = NOT_UTF8.equals(reason) ? BASE64 : UTF_8;
        check(expectedEncoding.equals(encoding), "the payload encoding is " + expectedEncoding, line);
        String payload = letter.path("payload").asText("");
        byte[] bytes = BASE64.equals(encoding)
                ? Base64.getDecoder().decode(payload)
                : payload.getBytes(StandardCharsets.UTF_8);
        reasons.add(reason);
        letters.add(BadInputFeed.letter(reason, letter.path("operator").asText(null), bytes));
    }

    private static JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new UncheckedIOException("Not a dead letter: " + line, e);
        }
    }

    private static void check(boolean holds, String what, String line) {
        if (!holds) {
            throw new AssertionError("[" + line + "] expected: " + what);
        }
    }

    /** The reason of each dead letter, in the order they were written. */
    public List<String> reasons() {
        return Collections.unmodifiableList(reasons);
    }

    /** Each dead letter as {@link BadInputFeed#letter reason|operator|payload}, to compare with those due. */
    public List<String> letters() {
        return Collections.unmodifiableList(letters);
    }

    /** How many dead letters were written. */
    public int size() {
        return letters.size();
    }
}
