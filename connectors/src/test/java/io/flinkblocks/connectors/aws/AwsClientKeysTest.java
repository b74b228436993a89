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

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.apache.flink.connector.aws.config.AWSConfigConstants;
import org.junit.jupiter.api.Test;

/** Our AWS client keys and credential providers are Flink's {@link AWSConfigConstants}, none missing or misspelled. */
class AwsClientKeysTest {

    @Test
    void credentialSubKeysAreFlinks() {
        assertThat(AwsClientKeys.ACCESS_KEY_ID).isEqualTo(AWSConfigConstants.AWS_ACCESS_KEY_ID);
        assertThat(AwsClientKeys.SECRET_KEY).isEqualTo(AWSConfigConstants.AWS_SECRET_ACCESS_KEY);
        assertThat(AwsClientKeys.PROFILE_NAME).isEqualTo(AWSConfigConstants.AWS_PROFILE_NAME);
        assertThat(AwsClientKeys.PROFILE_PATH).isEqualTo(AWSConfigConstants.AWS_PROFILE_PATH);
        assertThat(AwsClientKeys.ROLE_ARN).isEqualTo(AWSConfigConstants.AWS_ROLE_ARN);
        assertThat(AwsClientKeys.ROLE_SESSION_NAME).isEqualTo(AWSConfigConstants.AWS_ROLE_SESSION_NAME);
        assertThat(AwsClientKeys.ROLE_EXTERNAL_ID).isEqualTo(AWSConfigConstants.AWS_ROLE_EXTERNAL_ID);
        assertThat(AwsClientKeys.ROLE_STS_ENDPOINT).isEqualTo(AWSConfigConstants.AWS_ROLE_STS_ENDPOINT);
        assertThat(AwsClientKeys.ROLE_CREDENTIALS_PROVIDER).isEqualTo(AWSConfigConstants.AWS_ROLE_CREDENTIALS_PROVIDER);
        assertThat(AwsClientKeys.WEB_IDENTITY_TOKEN_FILE).isEqualTo(AWSConfigConstants.AWS_WEB_IDENTITY_TOKEN_FILE);
        assertThat(AwsClientKeys.CUSTOM_CREDENTIALS_PROVIDER_CLASS)
                .isEqualTo(AWSConfigConstants.CUSTOM_CREDENTIALS_PROVIDER_CLASS);
    }

    @Test
    void credentialProvidersAreFlinks() {
        assertThat(Arrays.stream(CredentialsProvider.values()).map(Enum::name).collect(Collectors.toSet()))
                .isEqualTo(Arrays.stream(AWSConfigConstants.CredentialProvider.values())
                        .map(Enum::name)
                        .collect(Collectors.toSet()));
    }
}
