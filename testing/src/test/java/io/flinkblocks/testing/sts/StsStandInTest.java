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
package io.flinkblocks.testing.sts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.AssumeRoleResponse;
import software.amazon.awssdk.services.sts.model.StsException;

/** The stand-in speaks the real protocol: the AWS SDK's own STS client talks to it. */
class StsStandInTest {

    private static StsStandIn sts;
    private static StsClient client;

    @BeforeAll
    static void start() {
        sts = StsStandIn.start();
        client = StsClient.builder()
                .endpointOverride(sts.endpoint())
                .region(Region.US_EAST_1)
                .credentialsProvider(
                        StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDBASECALLER", "base-secret")))
                .build();
    }

    @AfterAll
    static void stop() {
        client.close();
        sts.close();
    }

    @Test
    void answersAssumeRoleWithTemporaryCredentialsAndRecordsTheCall() {
        sts.clear();
        AssumeRoleResponse response = client.assumeRole(r -> r.roleArn("arn:aws:iam::123456789012:role/producer-role")
                .roleSessionName("cross-account-job")
                .externalId("ext-42"));

        assertThat(response.credentials().accessKeyId()).startsWith("ASIA");
        assertThat(response.credentials().sessionToken()).isNotBlank();
        assertThat(response.credentials().expiration()).isAfter(java.time.Instant.now());
        assertThat(response.assumedRoleUser().arn())
                .isEqualTo("arn:aws:sts::123456789012:assumed-role/producer-role/cross-account-job");
        assertThat(sts.calls()).singleElement().satisfies(call -> {
            assertThat(call.roleArn()).isEqualTo("arn:aws:iam::123456789012:role/producer-role");
            assertThat(call.roleSessionName()).isEqualTo("cross-account-job");
            assertThat(call.externalId()).isEqualTo("ext-42");
            assertThat(call.callerAccessKeyId()).isEqualTo("AKIDBASECALLER");
        });
    }

    @Test
    void rejectsAMalformedRoleArnAsTheServiceDoes() {
        assertThatThrownBy(
                        () -> client.assumeRole(r -> r.roleArn("producer-role").roleSessionName("job")))
                .isInstanceOf(StsException.class)
                .satisfies(e -> assertThat(((StsException) e).awsErrorDetails().errorCode())
                        .isEqualTo("ValidationError"));
    }

    @Test
    void rejectsAnInvalidSessionName() {
        assertThatThrownBy(() -> client.assumeRole(
                        r -> r.roleArn("arn:aws:iam::123456789012:role/r").roleSessionName("x")))
                .isInstanceOf(StsException.class)
                .hasMessageContaining("Invalid RoleSessionName");
    }
}
