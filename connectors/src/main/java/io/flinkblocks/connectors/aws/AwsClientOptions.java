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

import org.apache.flink.annotation.PublicEvolving;

import io.flinkblocks.runtime.PropertyOption;
import io.flinkblocks.runtime.PropertyOptions;
import io.flinkblocks.runtime.UnknownKeys;

/**
 * The AWS client options of every Kinesis and Firehose group, under the keys of Flink's
 * {@code AWSConfigConstants} ({@link AwsClientKeys}): what {@link AwsClientProperties} checks before
 * the job starts; the connector reads them from the properties passed through.
 */
@PublicEvolving
public final class AwsClientOptions {

    static final PropertyOption<String> REGION = PropertyOption.key(AwsClientKeys.REGION)
            .stringType()
            .noDefaultValue("required unless `aws.endpoint` is set")
            .description("the region of the service: `us-east-1`, ...");
    static final PropertyOption<String> ENDPOINT = PropertyOption.key(AwsClientKeys.ENDPOINT)
            .stringType()
            .noDefaultValue("the region's")
            .description("`http(s)://host:port`: a local or private endpoint");
    static final PropertyOption<CredentialsProvider> CREDENTIALS_PROVIDER = PropertyOption.key(
                    AwsClientKeys.CREDENTIALS_PROVIDER)
            .enumType(CredentialsProvider.class)
            .defaultValue(CredentialsProvider.AUTO)
            .description("`AUTO`: the SDK's default chain (on MSF, the application's role)");
    static final PropertyOption<String> ACCESS_KEY_ID = PropertyOption.key(AwsClientKeys.ACCESS_KEY_ID)
            .stringType()
            .noDefaultValue("required with `BASIC`")
            .description("the access key id");
    static final PropertyOption<String> SECRET_KEY = PropertyOption.key(AwsClientKeys.SECRET_KEY)
            .stringType()
            .noDefaultValue("required with `BASIC`")
            .description("never logged");
    static final PropertyOption<String> PROFILE_NAME = PropertyOption.key(AwsClientKeys.PROFILE_NAME)
            .stringType()
            .noDefaultValue("the SDK's")
            .description("with `PROFILE`");
    static final PropertyOption<String> PROFILE_PATH = PropertyOption.key(AwsClientKeys.PROFILE_PATH)
            .stringType()
            .noDefaultValue("the SDK's")
            .description("with `PROFILE`");
    static final PropertyOption<String> ROLE_ARN = PropertyOption.key(AwsClientKeys.ROLE_ARN)
            .stringType()
            .noDefaultValue("required with `ASSUME_ROLE`")
            .description("`arn:aws:iam::<account>:role/<name>` (cross-account); optional with `WEB_IDENTITY_TOKEN`");
    static final PropertyOption<String> ROLE_SESSION_NAME = PropertyOption.key(AwsClientKeys.ROLE_SESSION_NAME)
            .stringType()
            .noDefaultValue("`" + AwsClientProperties.DEFAULT_SESSION_NAME_PREFIX + "<group>`")
            .description("2-64 of `[\\w+=,.@-]`");
    static final PropertyOption<String> ROLE_EXTERNAL_ID = PropertyOption.key(AwsClientKeys.ROLE_EXTERNAL_ID)
            .stringType()
            .noDefaultValue("none")
            .description("2-1224 of `[\\w+=,.@:/-]`");
    static final PropertyOption<String> ROLE_STS_ENDPOINT = PropertyOption.key(AwsClientKeys.ROLE_STS_ENDPOINT)
            .stringType()
            .noDefaultValue("the region's")
            .description("a private or local STS endpoint");
    static final PropertyOption<CredentialsProvider> ROLE_CREDENTIALS_PROVIDER = PropertyOption.key(
                    AwsClientKeys.ROLE_CREDENTIALS_PROVIDER)
            .enumType(CredentialsProvider.class)
            .defaultValue(CredentialsProvider.AUTO)
            .description(
                    "the credentials that assume the role, not `ASSUME_ROLE`; its sub-keys follow it, as those of `"
                            + AwsClientKeys.CREDENTIALS_PROVIDER + "`");
    static final PropertyOption<String> WEB_IDENTITY_TOKEN_FILE = PropertyOption.key(
                    AwsClientKeys.WEB_IDENTITY_TOKEN_FILE)
            .stringType()
            .noDefaultValue("the SDK's")
            .description("with `WEB_IDENTITY_TOKEN`");
    static final PropertyOption<String> CUSTOM_CREDENTIALS_PROVIDER_CLASS = PropertyOption.key(
                    AwsClientKeys.CUSTOM_CREDENTIALS_PROVIDER_CLASS)
            .stringType()
            .noDefaultValue("required with `CUSTOM`")
            .description("an `AwsCredentialsProvider` class");
    static final PropertyOption<AwsClientProperties.HttpProtocol> HTTP_PROTOCOL_VERSION = PropertyOption.key(
                    AwsClientKeys.HTTP_PROTOCOL_VERSION)
            .enumType(AwsClientProperties.HttpProtocol.class)
            .defaultValue(AwsClientProperties.HttpProtocol.HTTP2)
            .description("sinks");
    static final PropertyOption<Boolean> TRUST_ALL_CERTIFICATES = PropertyOption.key(
                    AwsClientKeys.TRUST_ALL_CERTIFICATES)
            .booleanType()
            .defaultValue(false)
            .description("`true`: any certificate accepted (local endpoints only)");
    static final PropertyOption<String> HTTP_CLIENT_MAX_CONCURRENCY = PropertyOption.key(
                    AwsClientKeys.HTTP_CLIENT_MAX_CONCURRENCY)
            .stringType()
            .noDefaultValue("the connector's")
            .description("passed to the connector");
    static final PropertyOption<String> HTTP_CLIENT_READ_TIMEOUT = PropertyOption.key(
                    AwsClientKeys.HTTP_CLIENT_READ_TIMEOUT)
            .stringType()
            .noDefaultValue("the connector's")
            .description("milliseconds; passed to the connector");
    static final PropertyOption<UnknownKeys.Policy> UNKNOWN_KEYS = UnknownKeys.POLICY;

    /** Every option of an AWS group's client, in the order of the README's table. */
    public static final List<PropertyOption<?>> OPTIONS = List.of(
            REGION,
            ENDPOINT,
            CREDENTIALS_PROVIDER,
            ACCESS_KEY_ID,
            SECRET_KEY,
            PROFILE_NAME,
            PROFILE_PATH,
            ROLE_ARN,
            ROLE_SESSION_NAME,
            ROLE_EXTERNAL_ID,
            ROLE_STS_ENDPOINT,
            ROLE_CREDENTIALS_PROVIDER,
            WEB_IDENTITY_TOKEN_FILE,
            CUSTOM_CREDENTIALS_PROVIDER_CLASS,
            HTTP_PROTOCOL_VERSION,
            TRUST_ALL_CERTIFICATES,
            HTTP_CLIENT_MAX_CONCURRENCY,
            HTTP_CLIENT_READ_TIMEOUT,
            UNKNOWN_KEYS);

    static final List<String> KEYS = PropertyOptions.keys(OPTIONS);

    private AwsClientOptions() {}
}
