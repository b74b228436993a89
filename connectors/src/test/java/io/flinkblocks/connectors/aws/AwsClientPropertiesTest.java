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
package io.flinkblocks.connectors.aws;

import static io.flinkblocks.connectors.PropertyErrors.assertRejectsKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.flinkblocks.connectors.kinesis.KinesisSources;
import io.flinkblocks.runtime.PropertyGroup;
import io.flinkblocks.testing.LogCapture;
import io.flinkblocks.testing.secrets.PlantedSecrets;

class AwsClientPropertiesTest {

    private static final String SECRET = PlantedSecrets.AWS_SECRET_ACCESS_KEY;
    private static final String ROLE = "arn:aws:iam::123456789012:role/KA-Source-Stream-Role";

    @RegisterExtension
    final LogCapture logs = new LogCapture();

    private static Map<String, String> basicConfig() {
        Map<String, String> config = new HashMap<>();
        config.put("aws.region", "us-west-2");
        return config;
    }

    private static PropertyGroup group(Map<String, String> config) {
        return PropertyGroup.of("SourceGroup", config);
    }

    @Test
    void passesEveryKeyThroughUntouched() {
        Map<String, String> config = basicConfig();
        config.put("aws.endpoint", "https://kinesis.us-west-2.amazonaws.com");
        config.put("flink.shard.getrecords.intervalmillis", "1000");
        config.put("anything.else", "kept");
        assertThat(AwsClientProperties.fromProperties(group(config)))
                .containsAllEntriesOf(config)
                .hasSize(config.size());
    }

    @Test
    void basicCredentialsNeedBothKeys() {
        Map<String, String> config = basicConfig();
        config.put("aws.credentials.provider", "BASIC");
        config.put("aws.credentials.provider.basic.accesskeyid", "AKIDEXAMPLE");
        assertRejectsKey(
                () -> AwsClientProperties.fromProperties(group(config)),
                "aws.credentials.provider.basic.secretkey",
                "missing");
    }

    @Test
    void assumeRoleNeedsARoleArn() {
        Map<String, String> config = basicConfig();
        config.put("aws.credentials.provider", "ASSUME_ROLE");
        assertRejectsKey(() -> AwsClientProperties.fromProperties(group(config)), "aws.credentials.provider.role.arn");
    }

    @Test
    void assumeRoleKeepsAGivenSessionName() {
        Map<String, String> config = basicConfig();
        config.put("aws.credentials.provider", "ASSUME_ROLE");
        config.put("aws.credentials.provider.role.arn", ROLE);
        config.put("aws.credentials.provider.role.sessionName", "ksassumedrolesession");
        assertThat(AwsClientProperties.fromProperties(group(config)))
                .containsEntry("aws.credentials.provider.role.sessionName", "ksassumedrolesession");
    }

    @Test
    void defaultSessionNameIsValidForStsWhateverTheGroupName() {
        assertThat(AwsClientProperties.defaultSessionName("Input Stream/0")).isEqualTo("flink-blocks-input-stream-0");
        assertThat(AwsClientProperties.defaultSessionName("x".repeat(100))).hasSize(64);
    }

    static Stream<Arguments> invalidAssumeRoleConfigs() {
        return Stream.of(
                Arguments.of("aws.credentials.provider.role.arn", "KA-Source-Stream-Role", "an IAM role ARN"),
                Arguments.of("aws.credentials.provider.role.sessionName", "has spaces", "a session name"),
                Arguments.of("aws.credentials.provider.role.externalId", "x", "an external id"),
                Arguments.of("aws.credentials.provider.role.provider", "ASSUME_ROLE", "another credentials provider"));
    }

    @ParameterizedTest(name = "{0}={1}")
    @MethodSource("invalidAssumeRoleConfigs")
    void invalidAssumeRoleSettingsAreErrors(String key, String value, String expectation) {
        Map<String, String> config = basicConfig();
        config.put("aws.credentials.provider", "ASSUME_ROLE");
        config.put("aws.credentials.provider.role.arn", ROLE);
        config.put(key, value);
        assertRejectsKey(() -> AwsClientProperties.fromProperties(group(config)), key, expectation);
    }

    @Test
    void secretValuesNeverReachMessagesOrLogs() {
        Map<String, String> config = basicConfig();
        config.put("stream.name", "in");
        config.put("aws.credentials.provider", "BASIC");
        config.put("aws.credentials.provider.basic.accesskeyid", "AKIDEXAMPLE");
        config.put("aws.credentials.provider.basic.secretkey", SECRET);
        config.put("aws.credentials.provider.basic.secretkeyy", SECRET);
        Map<String, String> warnOnly = new HashMap<>(config);
        warnOnly.put("unknown.keys", "WARN");

        assertThatThrownBy(() -> KinesisSources.validate(group(config)))
                .hasMessageContaining("aws.credentials.provider.basic.secretkeyy")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(SECRET));
        KinesisSources.validate(group(warnOnly));
        assertThat(logs.text()).contains("secretkeyy").doesNotContain(SECRET);
        assertThat(group(config).toString()).doesNotContain(SECRET);
    }
}
