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

import java.io.IOException;
import java.security.KeyStore;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import javax.net.ssl.SSLEngine;

import org.apache.flink.annotation.Internal;
import org.apache.kafka.common.config.SslConfigs;
import org.apache.kafka.common.security.auth.SslEngineFactory;
import org.apache.kafka.common.security.ssl.DefaultSslEngineFactory;

/**
 * Kafka's own SSL engine factory, fed a local copy of a truststore that the properties name as
 * {@code classpath:<resource>}, and whose client engines say which setting to fix when a broker's
 * certificate is refused ({@link TrustFailureExplainingSslEngine}); set for every TLS client. Kafka instantiates it in every client it configures, on whichever
 * process creates the client (the job manager for a source's enumerator, the task managers for
 * readers and writers), so the truststore is installed exactly where and when a client needs it,
 * before any connection is made. Set through {@code ssl.engine.factory.class} by
 * {@link KafkaClientProperties}; users do not configure it by hand.
 */
@Internal
public final class ClasspathTruststoreSslEngineFactory implements SslEngineFactory {

    private final DefaultSslEngineFactory delegate = new DefaultSslEngineFactory();
    /** The configured truststore location, for messages; null for the JVM's default truststore. */
    private String truststore;

    @Override
    public void configure(Map<String, ?> configs) {
        Map<String, Object> local = new HashMap<>(configs);
        Object location = local.get(SslConfigs.SSL_TRUSTSTORE_LOCATION_CONFIG);
        truststore = location == null ? null : location.toString();
        if (location instanceof String && TruststoreInstaller.isClasspathLocation((String) location)) {
            local.put(
                    SslConfigs.SSL_TRUSTSTORE_LOCATION_CONFIG,
                    TruststoreInstaller.install((String) location).toString());
        }
        delegate.configure(local);
    }

    @Override
    public SSLEngine createClientSslEngine(String peerHost, int peerPort, String endpointIdentification) {
        return new TrustFailureExplainingSslEngine(
                delegate.createClientSslEngine(peerHost, peerPort, endpointIdentification), truststore);
    }

    @Override
    public SSLEngine createServerSslEngine(String peerHost, int peerPort) {
        return delegate.createServerSslEngine(peerHost, peerPort);
    }

    @Override
    public boolean shouldBeRebuilt(Map<String, Object> nextConfigs) {
        return delegate.shouldBeRebuilt(nextConfigs);
    }

    @Override
    public Set<String> reconfigurableConfigs() {
        return delegate.reconfigurableConfigs();
    }

    @Override
    public KeyStore keystore() {
        return delegate.keystore();
    }

    @Override
    public KeyStore truststore() {
        return delegate.truststore();
    }

    @Override
    public void close() throws IOException {
        delegate.close();
    }
}
