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
package io.flinkblocks.testing.secrets;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.flink.annotation.PublicEvolving;

/**
 * The secret values every test of the project plants: the local stand-ins' credentials
 * ({@code LocalKinesis}, {@code FirehoseStandIn}, {@code LocalS3}, the STS stand-in's temporary
 * credentials), the local Kafka broker's truststore and keystore passwords, and the Kafka and AWS
 * secrets tests put into property groups. One known set, so that a scan of every log line and test
 * report of the build ({@link SecretsScanner}) can prove that none of them got out.
 *
 * <p>Each value is distinctive: it cannot occur in a log by chance, only by a leak. None is a real
 * credential. Report a leak by the secret's {@linkplain #all() name}, never by its value.
 */
@PublicEvolving
public final class PlantedSecrets {

    /** A Kafka SASL/SCRAM password ({@code sasl.password}). */
    public static final String SASL_PASSWORD = "PlantedSaslPassword-q7Vx2Lm9Rt";

    /** The password inside {@link #JAAS_CONFIG}. */
    public static final String JAAS_PASSWORD = "PlantedJaasPassword-k4Vn8Kd2Wp";

    /** A whole {@code sasl.jaas.config} with {@link #JAAS_PASSWORD} in it. */
    public static final String JAAS_CONFIG = "org.apache.kafka.common.security.scram.ScramLoginModule required"
            + " username=\"planted-user\" password=\"" + JAAS_PASSWORD + "\";";

    /**
     * An AWS secret access key, 40 characters like a real one: the BASIC credentials of the local
     * Kinesis, Firehose stand-in and S3 ({@code aws.credentials.provider.basic.secretkey},
     * {@code s3.secret-key}); the stand-ins check that requests are signed, not with which key.
     */
    public static final String AWS_SECRET_ACCESS_KEY = "LocalOnlySecretKey/9fK2+mQ7xR4tZ8wL1nB6x";

    /** The secret access key of the temporary credentials the STS stand-in hands out. */
    public static final String STS_SECRET_ACCESS_KEY = "PlantedStsSecretKey/3gH7+pW2yN8cV5jD0sX4";

    /**
     * The start of every session token the STS stand-in hands out ({@code aws.session.token} when a
     * test sets one); the stand-in appends a per-call suffix.
     */
    public static final String AWS_SESSION_TOKEN = "PlantedAwsSessionToken-Fq5Zt8Lw3Hn6Bv1Xc";

    /** The local Kafka broker's client truststore password ({@code ssl.truststore.password}). */
    public static final String TRUSTSTORE_PASSWORD = "PlantedTruststorePassword-h3Hs9wYe";

    /** The local Kafka broker's keystore and key password ({@code ssl.keystore.password}). */
    public static final String KEYSTORE_PASSWORD = "PlantedKeystorePassword-j8Jt5rUa";

    private static final Map<String, String> ALL;

    static {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("SASL_PASSWORD", SASL_PASSWORD);
        all.put("JAAS_PASSWORD", JAAS_PASSWORD);
        all.put("AWS_SECRET_ACCESS_KEY", AWS_SECRET_ACCESS_KEY);
        all.put("STS_SECRET_ACCESS_KEY", STS_SECRET_ACCESS_KEY);
        all.put("AWS_SESSION_TOKEN", AWS_SESSION_TOKEN);
        all.put("TRUSTSTORE_PASSWORD", TRUSTSTORE_PASSWORD);
        all.put("KEYSTORE_PASSWORD", KEYSTORE_PASSWORD);
        ALL = Collections.unmodifiableMap(all);
    }

    private PlantedSecrets() {}

    /**
     * Every planted value by name ({@link #JAAS_CONFIG} through its password, the part that must not
     * leak), in a fixed order.
     */
    public static Map<String, String> all() {
        return ALL;
    }
}
