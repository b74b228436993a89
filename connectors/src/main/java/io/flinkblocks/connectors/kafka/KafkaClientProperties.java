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
package io.flinkblocks.connectors.kafka;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.config.SslConfigs;

import io.flinkblocks.connectors.artifacts.OptionalConnector;
import io.flinkblocks.runtime.PropertyGroup;
import io.flinkblocks.runtime.SecretKeys;

/**
 * The Kafka client properties of a property group: every key of the group that is not one of
 * {@link KafkaKeys} passes through untouched, the security preset adds its keys, and TLS clients get
 * the engine factory that installs {@code classpath:} truststores and explains refused certificates
 * ({@code ssl.trust-all=true}: the one that trusts every certificate, on loopback only by default). Validates what can be
 * validated before the job runs: bootstrap servers present, a known preset, preset keys that do not
 * contradict the group, the truststore's path and password.
 */
final class KafkaClientProperties {

    static final String MSK_IAM_LOGIN_MODULE = "software.amazon.msk.auth.iam.IAMLoginModule";
    static final String MSK_IAM_CALLBACK_HANDLER = "software.amazon.msk.auth.iam.IAMClientCallbackHandler";
    static final String SCRAM_LOGIN_MODULE = "org.apache.kafka.common.security.scram.ScramLoginModule";

    private KafkaClientProperties() {}

    /**
     * The client properties of {@code group}, without the keys in {@code ownKeys} (ours, not Kafka's).
     *
     * @throws io.flinkblocks.runtime.InvalidPropertiesException for any invalid or contradictory key
     */
    public static Properties fromProperties(PropertyGroup group, Collection<String> ownKeys) {
        group.get(KafkaOptions.BOOTSTRAP_SERVERS);
        Map<String, String> client = new LinkedHashMap<>();
        // The values are taken without reading each key through the group: that would count a
        // misspelled key as read. The connector's option names, declared in KafkaSources and KafkaSinks
        // with checkKnownKeys, say which keys are Kafka's.
        new TreeMap<>(group.asMap()).forEach((key, value) -> {
            if (!ownKeys.contains(key) && value != null && !value.isBlank()) {
                client.put(key, value.trim());
            }
        });
        if (group.contains(KafkaKeys.SECURITY_PRESET)) {
            applyPreset(group, group.get(KafkaOptions.SECURITY_PRESET), client);
        }
        if (group.get(KafkaOptions.SSL_TRUST_ALL)) {
            TrustAll.apply(group, client);
        } else if (group.contains(KafkaKeys.SSL_TRUST_ALL_ALLOW_NON_LOOPBACK)) {
            throw group.error(
                    KafkaKeys.SSL_TRUST_ALL_ALLOW_NON_LOOPBACK,
                    "only applies with " + KafkaKeys.SSL_TRUST_ALL + "=true");
        }
        if (client.containsKey(TruststoreCheck.LOCATION)) {
            if (group.get(KafkaOptions.TRUSTSTORE_CHECK)) {
                TruststoreCheck.check(group);
            }
            if (TruststoreInstaller.isClasspathLocation(client.get(TruststoreCheck.LOCATION))) {
                set(
                        group,
                        client,
                        SslConfigs.SSL_ENGINE_FACTORY_CLASS_CONFIG,
                        ClasspathTruststoreSslEngineFactory.class.getName(),
                        "a classpath: truststore is installed by this engine factory");
            }
        }
        String protocol = client.getOrDefault(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "");
        if (protocol.equals("SSL") || protocol.equals("SASL_SSL")) {
            // Kafka's engines with one addition: a refused broker certificate names the setting to fix.
            client.putIfAbsent(
                    SslConfigs.SSL_ENGINE_FACTORY_CLASS_CONFIG, ClasspathTruststoreSslEngineFactory.class.getName());
        }
        Properties properties = new Properties();
        properties.putAll(client);
        return properties;
    }

    /** Every key of {@code ownKeys} plus the client keys each preset may add, for known-key checks. */
    static List<String> presetKeys() {
        return List.of(
                CommonClientConfigs.SECURITY_PROTOCOL_CONFIG,
                SaslConfigs.SASL_MECHANISM,
                SaslConfigs.SASL_JAAS_CONFIG,
                SaslConfigs.SASL_CLIENT_CALLBACK_HANDLER_CLASS);
    }

    private static void applyPreset(PropertyGroup group, KafkaSecurityPreset preset, Map<String, String> client) {
        String why = "set by " + KafkaKeys.SECURITY_PRESET + "=" + preset;
        switch (preset) {
            case PLAINTEXT:
                set(group, client, CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "PLAINTEXT", why);
                break;
            case TLS:
                set(group, client, CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SSL", why);
                break;
            case TLS_CUSTOM_TRUSTSTORE:
                set(group, client, CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SSL", why);
                group.optional(TruststoreCheck.LOCATION)
                        .orElseThrow(() -> group.error(
                                TruststoreCheck.LOCATION,
                                "missing: " + preset
                                        + " needs the truststore's location, a file path or classpath:<resource>"));
                break;
            case SASL_SCRAM_SHA_512:
                set(group, client, CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SASL_SSL", why);
                set(group, client, SaslConfigs.SASL_MECHANISM, "SCRAM-SHA-512", why);
                if (!client.containsKey(SaslConfigs.SASL_JAAS_CONFIG)) {
                    String user = group.get(KafkaOptions.SASL_USERNAME);
                    String password = group.get(KafkaOptions.SASL_PASSWORD);
                    client.put(
                            SaslConfigs.SASL_JAAS_CONFIG,
                            SCRAM_LOGIN_MODULE + " required username=" + quote(user) + " password=" + quote(password)
                                    + ";");
                }
                break;
            case MSK_IAM:
                OptionalConnector.MSK_IAM.require(group, KafkaKeys.SECURITY_PRESET);
                set(group, client, CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SASL_SSL", why);
                set(group, client, SaslConfigs.SASL_MECHANISM, "AWS_MSK_IAM", why);
                set(group, client, SaslConfigs.SASL_JAAS_CONFIG, mskIamJaasConfig(group), why);
                set(group, client, SaslConfigs.SASL_CLIENT_CALLBACK_HANDLER_CLASS, MSK_IAM_CALLBACK_HANDLER, why);
                break;
            default:
                throw group.invalidValue(KafkaKeys.SECURITY_PRESET, "a supported security preset");
        }
    }

    /** The login module line of {@code aws-msk-iam-auth}, with the optional role or profile. */
    static String mskIamJaasConfig(PropertyGroup group) {
        List<String> options = new ArrayList<>();
        group.optional(KafkaOptions.MSK_IAM_ROLE_ARN).ifPresent(v -> options.add("awsRoleArn=" + quote(v)));
        group.optional(KafkaOptions.MSK_IAM_ROLE_SESSION_NAME)
                .ifPresent(v -> options.add("awsRoleSessionName=" + quote(v)));
        group.optional(KafkaOptions.MSK_IAM_STS_REGION).ifPresent(v -> options.add("awsStsRegion=" + quote(v)));
        group.optional(KafkaOptions.MSK_IAM_PROFILE).ifPresent(v -> options.add("awsProfileName=" + quote(v)));
        if (group.contains(KafkaKeys.MSK_IAM_ROLE_SESSION_NAME) && !group.contains(KafkaKeys.MSK_IAM_ROLE_ARN)) {
            throw group.error(
                    KafkaKeys.MSK_IAM_ROLE_SESSION_NAME,
                    "needs " + KafkaKeys.MSK_IAM_ROLE_ARN + ", the role it names a session of");
        }
        return MSK_IAM_LOGIN_MODULE + " required" + (options.isEmpty() ? "" : " " + String.join(" ", options)) + ";";
    }

    /** Sets a key a preset needs; the group may set it too, but only to the same value. */
    private static void set(PropertyGroup group, Map<String, String> client, String key, String value, String why) {
        String present = client.get(key);
        if (present != null && !present.equals(value)) {
            throw group.error(
                    key,
                    "value " + SecretKeys.displayValue(key, present) + " contradicts "
                            + SecretKeys.displayValue(key, value) + " " + why
                            + "; remove the key or change the preset");
        }
        client.put(key, value);
    }

    /** A JAAS option value in double quotes; quotes and backslashes inside are escaped. */
    private static String quote(String value) {
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
