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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.flinkblocks.testing.LogCapture;

class DeclaredKeysTest {

    @RegisterExtension
    final LogCapture logs = new LogCapture();

    private static final List<String> KINESIS_KEYS = List.of(
            "aws.region",
            "stream.name",
            "flink.stream.initpos",
            "flink.stream.recordpublisher",
            "flink.stream.efo.consumername",
            "flink.stream.initpos.timestamp");

    private static PropertyGroup group(Map<String, String> values) {
        return new PropertyGroup("file app.json", "ConsumerConfigProperties", values);
    }

    @Test
    void guideMisspellingOfRecordPublisherSuggestsTheRightKey() {
        List<String> problems =
                group(Map.of("flink.stream.recorderpublisher", "EFO")).checkKnownKeys(KINESIS_KEYS, false);

        assertThat(problems)
                .containsExactly(
                        "unknown key 'flink.stream.recorderpublisher'; did you mean 'flink.stream.recordpublisher'?");
        assertThat(logs.text())
                .contains("group 'ConsumerConfigProperties'")
                .contains("did you mean 'flink.stream.recordpublisher'?");
    }

    @Test
    void guideMisspellingOfInitialPositionSuggestsTheRightKey() {
        assertThatThrownBy(() ->
                        group(Map.of("flink.inputstream.initpos", "LATEST")).checkKnownKeys(KINESIS_KEYS, true))
                .isInstanceOf(InvalidPropertiesException.class)
                .hasMessage("Invalid application properties in file app.json, group 'ConsumerConfigProperties',"
                        + " key 'flink.inputstream.initpos': unknown key; did you mean 'flink.stream.initpos'?");
    }

    @Test
    void farFromAnyKnownKeyListsTheKnownKeys() {
        List<String> problems =
                group(Map.of("totally.different", "x")).checkKnownKeys(List.of("aws.region", "stream.name"), false);

        assertThat(problems).containsExactly("unknown key 'totally.different'; known keys: aws.region, stream.name");
    }

    @Test
    void knownKeysAndPassThroughPrefixesAreAccepted() {
        List<String> problems = group(Map.of("aws.region", "us-east-1", "aws.credentials.provider.role.arn", "arn:x"))
                .checkKnownKeys(KINESIS_KEYS, true, "aws.credentials.");

        assertThat(problems).isEmpty();
        assertThat(logs.text()).doesNotContain("unknown key");
    }

    @Test
    void editDistanceCountsInsertionsDeletionsAndSubstitutions() {
        assertThat(KeySuggestions.editDistance("kitten", "sitting")).isEqualTo(3);
        assertThat(KeySuggestions.editDistance("", "abc")).isEqualTo(3);
        assertThat(KeySuggestions.editDistance("same", "same")).isZero();
    }
}
