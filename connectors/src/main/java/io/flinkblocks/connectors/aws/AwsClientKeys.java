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

import java.util.List;

import org.apache.flink.connector.aws.config.AWSConfigConstants;

/**
 * The client keys the AWS connectors read (region, endpoint, credentials, HTTP client), listed once so
 * that a misspelled key gets a "did you mean" hint. They are Flink's {@link AWSConfigConstants}: the
 * constant ones are taken from it (the compiler copies constant strings, so nothing of it is loaded at
 * run time), and the credential sub-keys, which it computes when its class loads, are written out here
 * and compared with its own by {@code AwsClientKeysTest}. Loading it is not an option: the Kinesis
 * connector carries only a relocated copy, so a job with Kinesis alone does not have the class.
 */
final class AwsClientKeys {

    public static final String REGION = AWSConfigConstants.AWS_REGION;
    public static final String ENDPOINT = AWSConfigConstants.AWS_ENDPOINT;
    public static final String TRUST_ALL_CERTIFICATES = AWSConfigConstants.TRUST_ALL_CERTIFICATES;
    public static final String HTTP_PROTOCOL_VERSION = AWSConfigConstants.HTTP_PROTOCOL_VERSION;
    public static final String HTTP_CLIENT_MAX_CONCURRENCY = AWSConfigConstants.HTTP_CLIENT_MAX_CONCURRENCY;
    public static final String HTTP_CLIENT_READ_TIMEOUT = AWSConfigConstants.HTTP_CLIENT_READ_TIMEOUT_MILLIS;

    public static final String CREDENTIALS_PROVIDER = AWSConfigConstants.AWS_CREDENTIALS_PROVIDER;
    public static final String ACCESS_KEY_ID = CREDENTIALS_PROVIDER + ".basic.accesskeyid";
    public static final String SECRET_KEY = CREDENTIALS_PROVIDER + ".basic.secretkey";
    public static final String PROFILE_NAME = CREDENTIALS_PROVIDER + ".profile.name";
    public static final String PROFILE_PATH = CREDENTIALS_PROVIDER + ".profile.path";
    public static final String ROLE_ARN = CREDENTIALS_PROVIDER + ".role.arn";
    public static final String ROLE_SESSION_NAME = CREDENTIALS_PROVIDER + ".role.sessionName";
    public static final String ROLE_EXTERNAL_ID = CREDENTIALS_PROVIDER + ".role.externalId";
    public static final String ROLE_STS_ENDPOINT = CREDENTIALS_PROVIDER + ".role.stsEndpoint";
    /** The credentials used to assume the role (default AUTO); its own sub-keys follow it. */
    public static final String ROLE_CREDENTIALS_PROVIDER = CREDENTIALS_PROVIDER + ".role.provider";

    public static final String WEB_IDENTITY_TOKEN_FILE = CREDENTIALS_PROVIDER + ".webIdentityToken.file";
    public static final String CUSTOM_CREDENTIALS_PROVIDER_CLASS = CREDENTIALS_PROVIDER + ".custom.class";

    /** Families of keys passed through without a check: the nested credentials of an assumed role. */
    public static final List<String> PASS_THROUGH_PREFIXES = List.of(ROLE_CREDENTIALS_PROVIDER + ".");

    private AwsClientKeys() {}
}
