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
package io.flinkblocks.examples.mskreplication;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The records msk-replication's failure tests copy, each distinct, and what the destination holds of
 * them: exactly once means no record lost and none written twice.
 */
final class ReplicatedRecords {

    private ReplicatedRecords() {}

    /** {@code count} distinct records of {@code run}, numbered by {@code seq}. */
    static List<String> of(String run, int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> "{\"run\": \"" + run + "\", \"seq\": " + i + ", \"ticker\": \"AMZN\", \"price\": "
                        + (i % 100) + ".5}")
                .collect(Collectors.toList());
    }

    /** The records of {@code input} that are not in {@code output}. */
    static List<String> lost(List<String> output, List<String> input) {
        Set<String> written = Set.copyOf(output);
        return input.stream().filter(r -> !written.contains(r)).collect(Collectors.toList());
    }

    /** The records written more than once. */
    static List<String> duplicated(List<String> output) {
        return output.stream().collect(Collectors.groupingBy(r -> r, Collectors.counting())).entrySet().stream()
                .filter(e -> e.getValue() > 1)
                .map(Map.Entry::getKey)
                .collect(Collectors.toList());
    }

    /** Every record of {@code input} in {@code output} once, and nothing else. */
    static void assertExactlyOnce(List<String> output, List<String> input) {
        assertThat(duplicated(output)).as("records written more than once").isEmpty();
        assertThat(lost(output, input)).as("records lost").isEmpty();
        assertThat(output).hasSize(input.size()).containsExactlyInAnyOrderElementsOf(input);
    }
}
