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

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.apache.flink.annotation.Internal;

import io.flinkblocks.runtime.PropertyGroup;

/**
 * Validates the AWS client part of a connector group (region, endpoint, credentials, HTTP protocol)
 * and returns the whole group as the connector's client {@link Properties}, every key passed through
 * untouched. The only value added is a default role session name for {@code ASSUME_ROLE}, which the
 * connector would otherwise fill with a random one that says nothing in CloudTrail.
 */
@Internal
public final class AwsClientProperties {

    /** The prefix of the default session name; the group name follows it. */
    public static final String DEFAULT_SESSION_NAME_PREFIX = "flink-blocks-";

    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d+");
    private static final Pattern ROLE_ARN = Pattern.compile("arn:aws[a-z-]*:iam::\\d{12}:role/[\\w+=,.@/-]+");
    private static final Pattern SESSION_NAME = Pattern.compile("[\\w+=,.@-]{2,64}");
    private static final Pattern EXTERNAL_ID = Pattern.compile("[\\w+=,.@:/-]{2,1224}");

    private AwsClientProperties() {}

    /** The validated client properties of the group. */
    public static Properties fromProperties(PropertyGroup group) {
        Map<String, String> added = new TreeMap<>();
        if (group.optional(AwsClientOptions.REGION).isEmpty()
                && group.optional(AwsClientOptions.ENDPOINT).isEmpty()) {
            throw group.error(
                    AwsClientKeys.REGION,
                    "missing: set the region of the service (for example us-east-1)," + " or " + AwsClientKeys.ENDPOINT
                            + " for a local or private endpoint");
        }
        group.optional(AwsClientOptions.REGION).ifPresent(region -> {
            if (!REGION.matcher(region).matches()) {
                throw group.invalidValue(AwsClientKeys.REGION, "an AWS region name such as us-east-1");
            }
        });
        group.optional(AwsClientOptions.ENDPOINT).ifPresent(endpoint -> checkEndpoint(group, endpoint));
        group.get(AwsClientOptions.HTTP_PROTOCOL_VERSION);
        group.get(AwsClientOptions.TRUST_ALL_CERTIFICATES);
        CredentialsProvider provider = group.get(AwsClientOptions.CREDENTIALS_PROVIDER);
        switch (provider) {
            case BASIC:
                group.get(AwsClientOptions.ACCESS_KEY_ID);
                group.get(AwsClientOptions.SECRET_KEY);
                break;
            case ASSUME_ROLE:
                checkAssumeRole(group, added);
                break;
            case WEB_IDENTITY_TOKEN:
                group.optional(AwsClientOptions.ROLE_ARN).ifPresent(arn -> checkRoleArn(group, arn));
                break;
            case CUSTOM:
                group.get(AwsClientOptions.CUSTOM_CREDENTIALS_PROVIDER_CLASS);
                break;
            default:
                break;
        }
        Properties properties = group.asProperties();
        properties.putAll(added);
        return properties;
    }

    /** The HTTP protocol versions of the async AWS sinks. */
    public enum HttpProtocol {
        HTTP1_1,
        HTTP2
    }

    private static void checkEndpoint(PropertyGroup group, String endpoint) {
        try {
            URI uri = new URI(endpoint);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw group.invalidValue(AwsClientKeys.ENDPOINT, "an http:// or https:// URL with a host");
            }
        } catch (URISyntaxException e) {
            throw group.invalidValue(AwsClientKeys.ENDPOINT, "an http:// or https:// URL with a host");
        }
    }

    private static void checkAssumeRole(PropertyGroup group, Map<String, String> added) {
        checkRoleArn(group, group.get(AwsClientOptions.ROLE_ARN));
        String sessionName = group.optional(AwsClientOptions.ROLE_SESSION_NAME).orElse(null);
        if (sessionName == null) {
            added.put(AwsClientKeys.ROLE_SESSION_NAME, defaultSessionName(group.name()));
        } else if (!SESSION_NAME.matcher(sessionName).matches()) {
            throw group.invalidValue(
                    AwsClientKeys.ROLE_SESSION_NAME,
                    "a session name of 2 to 64 characters among letters, digits and +=,.@_-");
        }
        group.optional(AwsClientOptions.ROLE_EXTERNAL_ID).ifPresent(externalId -> {
            if (!EXTERNAL_ID.matcher(externalId).matches()) {
                throw group.invalidValue(
                        AwsClientKeys.ROLE_EXTERNAL_ID,
                        "an external id of 2 to 1224 characters among letters, digits and +=,.@:/_-");
            }
        });
        CredentialsProvider base = group.get(AwsClientOptions.ROLE_CREDENTIALS_PROVIDER);
        if (base == CredentialsProvider.ASSUME_ROLE) {
            throw group.invalidValue(
                    AwsClientKeys.ROLE_CREDENTIALS_PROVIDER, "another credentials provider than ASSUME_ROLE");
        }
    }

    private static void checkRoleArn(PropertyGroup group, String arn) {
        if (!ROLE_ARN.matcher(arn).matches()) {
            throw group.invalidValue(
                    AwsClientKeys.ROLE_ARN, "an IAM role ARN such as arn:aws:iam::123456789012:role/name");
        }
    }

    /** {@code flink-blocks-<group>}, lower case, characters STS refuses replaced, at most 64 characters. */
    static String defaultSessionName(String groupName) {
        String name =
                (DEFAULT_SESSION_NAME_PREFIX + groupName.toLowerCase(Locale.ROOT)).replaceAll("[^\\w+=,.@-]", "-");
        return name.length() > 64 ? name.substring(0, 64) : name;
    }
}
