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
package io.flinkblocks.examples.s3sink;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.flinkblocks.testing.s3.LocalS3;

/** Reads back what the s3-sink job committed to a local S3 bucket, for the failure tests. */
final class CommittedCounts {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CommittedCounts() {}

    /** "ticker@windowStart=count" of each committed JSON line. */
    static List<String> countsList(List<String> jsonLines) {
        List<String> counts = new ArrayList<>();
        for (String line : jsonLines) {
            try {
                JsonNode count = JSON.readTree(line);
                counts.add(count.get("ticker").asText() + "@"
                        + count.get("window_start").asLong() + "="
                        + count.get("count").asLong());
            } catch (IOException e) {
                throw new AssertionError("not a JSON line: " + line, e);
            }
        }
        return counts;
    }

    static Set<String> countsOf(List<String> jsonLines) {
        return new HashSet<>(countsList(jsonLines));
    }

    /** Committed part files: in-progress ones are multipart uploads, not objects, until their checkpoint. */
    static List<String> committedObjects(LocalS3 s3, String bucket) {
        return s3.listObjects(bucket, "data/").stream()
                .filter(key -> key.substring(key.lastIndexOf('/') + 1).startsWith("part-"))
                .collect(Collectors.toList());
    }

    static List<String> committedLines(LocalS3 s3, String bucket) {
        List<String> lines = new ArrayList<>();
        for (String key : committedObjects(s3, bucket)) {
            for (String line : s3.readObject(bucket, key).split("\n")) {
                if (!line.isEmpty()) {
                    lines.add(line);
                }
            }
        }
        return lines;
    }
}
