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

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.common.config.SslConfigs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.flinkblocks.runtime.PropertyGroup;

/**
 * The checks of {@value KafkaKeys#SSL_TRUST_ALL}: TLS must be on, no truststore may be named at the
 * same time, and every bootstrap server must be a loopback address unless
 * {@value KafkaKeys#SSL_TRUST_ALL_ALLOW_NON_LOOPBACK} accepts the risk, which is then logged as a
 * warning. Trusting every certificate of a remote broker lets anyone on the path read and change the
 * data, so it is never the silent default.
 */
final class TrustAll {

    private static final Logger LOG = LoggerFactory.getLogger(TrustAll.class);

    private TrustAll() {}

    static void apply(PropertyGroup group, Map<String, String> client) {
        String protocol = client.getOrDefault(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "PLAINTEXT");
        if (!protocol.equals("SSL") && !protocol.equals("SASL_SSL")) {
            throw group.error(KafkaKeys.SSL_TRUST_ALL, "applies to TLS only, but security.protocol is " + protocol);
        }
        if (client.containsKey(TruststoreCheck.LOCATION)
                || client.containsKey(SslConfigs.SSL_ENGINE_FACTORY_CLASS_CONFIG)) {
            throw group.error(
                    KafkaKeys.SSL_TRUST_ALL,
                    "contradicts "
                            + (client.containsKey(TruststoreCheck.LOCATION)
                                    ? TruststoreCheck.LOCATION
                                    : SslConfigs.SSL_ENGINE_FACTORY_CLASS_CONFIG)
                            + ": remove one of them");
        }
        List<String> remote = new ArrayList<>();
        for (String server : group.getList(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG)) {
            if (!isLoopback(host(server))) {
                remote.add(server);
            }
        }
        if (!remote.isEmpty()) {
            if (!group.get(KafkaOptions.SSL_TRUST_ALL_ALLOW_NON_LOOPBACK)) {
                throw group.error(
                        KafkaKeys.SSL_TRUST_ALL,
                        "refused for bootstrap servers that are not loopback addresses ("
                                + String.join(", ", remote)
                                + "): trusting every certificate lets anyone on the path read and change"
                                + " the data. Set " + TruststoreCheck.LOCATION
                                + " to a truststore with the brokers' CA, or set "
                                + KafkaKeys.SSL_TRUST_ALL_ALLOW_NON_LOOPBACK + "=true to accept the risk");
            }
            LOG.warn(
                    "Group '{}': {}=true with {}=true: TLS clients of {} accept any certificate; anyone on the path can read"
                            + " and change the data",
                    group.name(),
                    KafkaKeys.SSL_TRUST_ALL,
                    KafkaKeys.SSL_TRUST_ALL_ALLOW_NON_LOOPBACK,
                    String.join(", ", remote));
        }
        client.put(SslConfigs.SSL_ENGINE_FACTORY_CLASS_CONFIG, TrustAllSslEngineFactory.class.getName());
    }

    /** The host of {@code host:port}, {@code [v6]:port} or a bare host. */
    static String host(String server) {
        String s = server.trim();
        if (s.startsWith("[")) {
            int end = s.indexOf(']');
            return end > 0 ? s.substring(1, end) : s;
        }
        int colon = s.lastIndexOf(':');
        return colon > 0 && s.indexOf(':') == colon ? s.substring(0, colon) : s;
    }

    /**
     * Whether {@code host} is a loopback address, decided without a name lookup for literal addresses
     * and {@code localhost}: a DNS answer must not turn a remote broker into a "local" one.
     */
    static boolean isLoopback(String host) {
        if (host.equalsIgnoreCase("localhost")) {
            return true;
        }
        if (!host.matches("[0-9.]+") && !host.contains(":")) {
            return false;
        }
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
