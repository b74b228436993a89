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
package io.flinkblocks.testing.aws;

import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import org.apache.flink.annotation.PublicEvolving;

import io.flinkblocks.testing.secrets.PlantedSecrets;

/**
 * The account the local AWS stand-ins (Kinesis, Firehose) answer for: one region and account, from
 * which ARNs are built, and dummy credentials, since the stand-ins check that requests are signed, not
 * by whom. The secret key is a planted secret, so that a test can check it never reaches a log.
 */
@PublicEvolving
public final class LocalAwsAccount {

    public static final String REGION = "us-east-1";
    public static final String ACCOUNT = "000000000000";
    public static final String ACCESS_KEY_ID = "local-access-key";
    public static final String SECRET_KEY = PlantedSecrets.AWS_SECRET_ACCESS_KEY;

    private LocalAwsAccount() {}

    /**
     * The connector properties that reach a stand-in at {@code endpoint}: {@code aws.region},
     * {@code aws.endpoint} and BASIC dummy credentials, in a sorted map to add connector settings to.
     */
    public static Map<String, String> clientProperties(String endpoint) {
        Map<String, String> properties = new TreeMap<>();
        properties.put("aws.region", REGION);
        properties.put("aws.endpoint", endpoint);
        properties.put("aws.credentials.provider", "BASIC");
        properties.put("aws.credentials.provider.basic.accesskeyid", ACCESS_KEY_ID);
        properties.put("aws.credentials.provider.basic.secretkey", SECRET_KEY);
        return properties;
    }

    /** {@code properties} as {@link Properties}, for connectors built by hand. */
    public static Properties asProperties(Map<String, String> properties) {
        Properties result = new Properties();
        result.putAll(properties);
        return result;
    }
}
