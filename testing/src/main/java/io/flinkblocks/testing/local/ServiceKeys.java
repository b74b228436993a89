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
package io.flinkblocks.testing.local;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.common.config.SslConfigs;

/**
 * The one rule of which keys of a property group point at a service, which local stand-in answers
 * them, and which keys name the resources (streams, delivery streams, topics, buckets) to create there.
 * Everything else in a group is left as it is.
 *
 * <ul>
 *   <li>{@code aws.endpoint}: the local Kinesis in a {@code connector=kinesis} group (the DataStream and
 *       the table connector), the Firehose stand-in in a {@code connector=firehose} group. A Kinesis
 *       group names its stream with {@code stream.name}, {@code stream} (table) or {@code stream.arn};
 *       a Firehose group its delivery stream with {@code delivery.stream.name}. A group without
 *       {@code aws.endpoint} reaches the real service and is left alone.</li>
 *   <li>{@code aws.credentials.provider.role.stsEndpoint}: the STS stand-in, in any group.</li>
 *   <li>{@code s3.endpoint}, {@code fs.s3a.endpoint}: the local S3; any {@code s3://bucket/...} value
 *       names a bucket there.</li>
 *   <li>{@code bootstrap.servers} (or {@code properties.bootstrap.servers}, table) in a
 *       {@code connector=kafka} group: the broker's PLAINTEXT listener, or its SSL listener when the
 *       group uses TLS ({@code security.preset} {@code TLS} or {@code TLS_CUSTOM_TRUSTSTORE},
 *       {@code security.protocol=SSL}), and then the truststore keys name the broker's generated
 *       truststore. {@code topic} names the topics (a comma-separated list). SASL and IAM groups are
 *       left alone: the local broker has no such listener.</li>
 * </ul>
 */
final class ServiceKeys {

    static final String CONNECTOR = "connector";
    static final String AWS_ENDPOINT = "aws.endpoint";
    static final String STS_ENDPOINT = "aws.credentials.provider.role.stsEndpoint";
    static final List<String> S3_ENDPOINTS = List.of("s3.endpoint", "fs.s3a.endpoint");
    static final String TABLE_KAFKA_PREFIX = "properties.";
    static final String SECURITY_PRESET = "security.preset";

    static final List<String> KINESIS_STREAM_KEYS = List.of("stream.name", "stream");
    static final String KINESIS_STREAM_ARN = "stream.arn";
    static final String FIREHOSE_DELIVERY_STREAM = "delivery.stream.name";
    static final String KAFKA_TOPIC = "topic";

    private static final String PLAINTEXT_PRESET = "PLAINTEXT";
    private static final List<String> TLS_PRESETS = List.of("TLS", "TLS_CUSTOM_TRUSTSTORE");
    private static final List<String> UNSERVED_PRESETS = List.of("SASL_SCRAM_SHA_512", "MSK_IAM");
    private static final Pattern S3_URI = Pattern.compile("(?i)s3[ap]?://([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])(/.*)?");
    private static final Pattern STREAM_ARN = Pattern.compile("arn:aws[a-z-]*:kinesis:[^:]*:[^:]*:stream/(.+)");
    private static final List<String> SECRET_MARKERS =
            List.of("secret", "password", "passwd", "passphrase", "jaas", "token", "privatekey");

    private ServiceKeys() {}

    /** What one group points at: the local settings by key, the resources it names, what is left alone and why. */
    static final class GroupServices {
        private final Map<String, LocalSetting> settings = new LinkedHashMap<>();
        private final List<LocalResource> resources = new ArrayList<>();
        private final List<String> leftAlone = new ArrayList<>();

        /** Key to the setting its local value comes from; keys the group lacks are added. */
        Map<String, LocalSetting> settings() {
            return Collections.unmodifiableMap(settings);
        }

        List<LocalResource> resources() {
            return Collections.unmodifiableList(resources);
        }

        /** Parts of the group no local stand-in serves, each with the reason; names keys, never secret values. */
        List<String> leftAlone() {
            return Collections.unmodifiableList(leftAlone);
        }
    }

    static GroupServices of(String groupId, Map<String, String> group) {
        GroupServices found = new GroupServices();
        String connector = group.getOrDefault(CONNECTOR, "").trim().toLowerCase(Locale.ROOT);
        if (group.containsKey(AWS_ENDPOINT)) {
            awsEndpoint(groupId, group, connector, found);
        }
        if (group.containsKey(STS_ENDPOINT)) {
            found.settings.put(STS_ENDPOINT, LocalSetting.STS_ENDPOINT);
        }
        for (String key : S3_ENDPOINTS) {
            if (group.containsKey(key)) {
                found.settings.put(key, LocalSetting.S3_ENDPOINT);
            }
        }
        if ("kafka".equals(connector)) {
            kafka(groupId, group, found);
        }
        group.forEach((key, value) -> {
            Matcher s3 = S3_URI.matcher(value.trim());
            if (!isSecretLooking(key) && s3.matches()) {
                found.resources.add(new LocalResource(LocalService.S3, s3.group(1)));
            }
        });
        return found;
    }

    private static void awsEndpoint(String groupId, Map<String, String> group, String connector, GroupServices found) {
        switch (connector) {
            case "kinesis":
                found.settings.put(AWS_ENDPOINT, LocalSetting.KINESIS_ENDPOINT);
                for (String key : KINESIS_STREAM_KEYS) {
                    names(group, key, LocalService.KINESIS, found);
                }
                Matcher arn = STREAM_ARN.matcher(
                        group.getOrDefault(KINESIS_STREAM_ARN, "").trim());
                if (arn.matches()) {
                    found.resources.add(new LocalResource(LocalService.KINESIS, arn.group(1)));
                }
                break;
            case "firehose":
                found.settings.put(AWS_ENDPOINT, LocalSetting.FIREHOSE_ENDPOINT);
                names(group, FIREHOSE_DELIVERY_STREAM, LocalService.FIREHOSE, found);
                break;
            default:
                found.leftAlone.add("group '" + groupId + "': " + AWS_ENDPOINT + " of connector '" + connector
                        + "' has no local stand-in");
        }
    }

    private static void kafka(String groupId, Map<String, String> group, GroupServices found) {
        String prefix = group.containsKey(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG) ? "" : TABLE_KAFKA_PREFIX;
        if (!group.containsKey(prefix + CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG)) {
            return;
        }
        String preset = securityPreset(groupId, group);
        String protocol = group.getOrDefault(prefix + CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "")
                .trim()
                .toUpperCase(Locale.ROOT);
        if (UNSERVED_PRESETS.contains(preset) || protocol.startsWith("SASL")) {
            found.leftAlone.add("group '" + groupId + "': the local Kafka broker has no SASL or IAM listener");
            return;
        }
        if (TLS_PRESETS.contains(preset) || "SSL".equals(protocol)) {
            found.settings.put(
                    prefix + CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, LocalSetting.KAFKA_SSL_BOOTSTRAP_SERVERS);
            found.settings.put(
                    prefix + SslConfigs.SSL_TRUSTSTORE_LOCATION_CONFIG, LocalSetting.KAFKA_TRUSTSTORE_LOCATION);
            found.settings.put(prefix + SslConfigs.SSL_TRUSTSTORE_TYPE_CONFIG, LocalSetting.KAFKA_TRUSTSTORE_TYPE);
            found.settings.put(
                    prefix + SslConfigs.SSL_TRUSTSTORE_PASSWORD_CONFIG, LocalSetting.KAFKA_TRUSTSTORE_PASSWORD);
        } else {
            found.settings.put(
                    prefix + CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, LocalSetting.KAFKA_BOOTSTRAP_SERVERS);
        }
        names(group, KAFKA_TOPIC, LocalService.KAFKA, found);
    }

    /**
     * The group's security preset, upper case, or "" without one. A preset the connector does not know
     * is an error here too: taken for plaintext, it would point a TLS or SASL group at the wrong listener.
     */
    private static String securityPreset(String groupId, Map<String, String> group) {
        String given = group.getOrDefault(SECURITY_PRESET, "").trim();
        String preset = given.toUpperCase(Locale.ROOT).replace('-', '_');
        if (preset.isEmpty()
                || preset.equals(PLAINTEXT_PRESET)
                || TLS_PRESETS.contains(preset)
                || UNSERVED_PRESETS.contains(preset)) {
            return preset;
        }
        List<String> known = new ArrayList<>(List.of(PLAINTEXT_PRESET));
        known.addAll(TLS_PRESETS);
        known.addAll(UNSERVED_PRESETS);
        throw new IllegalArgumentException("group '" + groupId + "': unknown " + SECURITY_PRESET + " '" + given
                + "', expected one of " + String.join(", ", known));
    }

    private static void names(Map<String, String> group, String key, LocalService service, GroupServices found) {
        String value = group.get(key);
        if (value == null) {
            return;
        }
        for (String name : value.split(",")) {
            if (!name.isBlank()) {
                found.resources.add(new LocalResource(service, name.trim()));
            }
        }
    }

    /**
     * True for keys whose values must never be printed nor taken for resource names (secret keys,
     * passwords, JAAS configs, tokens): judged by the key's letters, as the runtime properties do.
     */
    static boolean isSecretLooking(String key) {
        String letters = key.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        return SECRET_MARKERS.stream().anyMatch(letters::contains);
    }
}
