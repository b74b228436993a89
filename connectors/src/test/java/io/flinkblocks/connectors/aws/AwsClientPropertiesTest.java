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

import static io.flinkblocks.connectors.GroupUnderTest.group;
import static io.flinkblocks.connectors.PropertyErrors.assertRejectsKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.flinkblocks.connectors.GroupUnderTest;
import io.flinkblocks.connectors.kinesis.KinesisSources;
import io.flinkblocks.testing.LogCapture;
import io.flinkblocks.testing.secrets.PlantedSecrets;

class AwsClientPropertiesTest {

    private static final String SECRET = PlantedSecrets.AWS_SECRET_ACCESS_KEY;
    private static final String ROLE = "arn:aws:iam::123456789012:role/KA-Source-Stream-Role";

    @RegisterExtension
    final LogCapture logs = new LogCapture();

    private static final GroupUnderTest SOURCE = group("SourceGroup", "aws.region", "us-west-2");
    private static final GroupUnderTest ASSUME_ROLE =
            SOURCE.with("aws.credentials.provider", "ASSUME_ROLE").with("aws.credentials.provider.role.arn", ROLE);

    private static Properties clientProperties(GroupUnderTest group) {
        return AwsClientProperties.fromProperties(group.properties());
    }

    @Test
    void passesEveryKeyThroughUntouched() {
        GroupUnderTest extraKeys = SOURCE.with("aws.endpoint", "https://kinesis.us-west-2.amazonaws.com")
                .with("flink.shard.getrecords.intervalmillis", "1000")
                .with("anything.else", "kept");
        assertThat(clientProperties(extraKeys))
                .containsAllEntriesOf(extraKeys.values())
                .hasSize(extraKeys.values().size());
    }

    @Test
    void basicCredentialsNeedBothKeys() {
        GroupUnderTest accessKeyOnly = SOURCE.with("aws.credentials.provider", "BASIC")
                .with("aws.credentials.provider.basic.accesskeyid", "AKIDEXAMPLE");
        assertRejectsKey(() -> clientProperties(accessKeyOnly), "aws.credentials.provider.basic.secretkey", "missing");
    }

    @Test
    void assumeRoleNeedsARoleArn() {
        assertRejectsKey(
                () -> clientProperties(SOURCE.with("aws.credentials.provider", "ASSUME_ROLE")),
                "aws.credentials.provider.role.arn");
    }

    @Test
    void assumeRoleKeepsAGivenSessionName() {
        assertThat(clientProperties(
                        ASSUME_ROLE.with("aws.credentials.provider.role.sessionName", "ksassumedrolesession")))
                .containsEntry("aws.credentials.provider.role.sessionName", "ksassumedrolesession");
    }

    @Test
    void defaultSessionNameIsValidForStsWhateverTheGroupName() {
        assertThat(AwsClientProperties.defaultSessionName("Input Stream/0")).isEqualTo("flink-blocks-input-stream-0");
        assertThat(AwsClientProperties.defaultSessionName("x".repeat(100))).hasSize(64);
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "aws.credentials.provider.role.arn | KA-Source-Stream-Role | an IAM role ARN",
                "aws.credentials.provider.role.sessionName | has spaces | a session name",
                "aws.credentials.provider.role.externalId | x | an external id",
                "aws.credentials.provider.role.provider | ASSUME_ROLE | another credentials provider",
            })
    void invalidAssumeRoleSettingsAreErrors(String key, String value, String expectation) {
        assertRejectsKey(() -> clientProperties(ASSUME_ROLE.with(key, value)), key, expectation);
    }

    @Test
    void secretValuesNeverReachMessagesOrLogs() {
        GroupUnderTest misspelledSecret = SOURCE.with("stream.name", "in")
                .with("aws.credentials.provider", "BASIC")
                .with("aws.credentials.provider.basic.accesskeyid", "AKIDEXAMPLE")
                .with("aws.credentials.provider.basic.secretkey", SECRET)
                .with("aws.credentials.provider.basic.secretkeyy", SECRET);

        assertThatThrownBy(() -> KinesisSources.validate(misspelledSecret.properties()))
                .hasMessageContaining("aws.credentials.provider.basic.secretkeyy")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(SECRET));
        KinesisSources.validate(misspelledSecret.with("unknown.keys", "WARN").properties());
        assertThat(logs.text()).contains("secretkeyy").doesNotContain(SECRET);
        assertThat(misspelledSecret.properties().toString()).doesNotContain(SECRET);
    }
}
