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

import static io.flinkblocks.connectors.PropertyErrors.assertRejectsKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.flinkblocks.runtime.PropertyGroup;
import io.flinkblocks.testing.LogCapture;

/** {@code ssl.trust-all}: loopback brokers only, unless explicitly allowed, and then with a warning. */
class TrustAllTest {

    @RegisterExtension
    final LogCapture logs = new LogCapture();

    private static Map<String, String> trustAll(String bootstrapServers) {
        Map<String, String> values = new HashMap<>();
        values.put("bootstrap.servers", bootstrapServers);
        values.put("security.preset", "TLS");
        values.put("ssl.trust-all", "true");
        return values;
    }

    private static Properties build(Map<String, String> values) {
        return KafkaClientProperties.fromProperties(PropertyGroup.of("KafkaSource", values), KafkaKeys.COMMON);
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1:9093", "localhost:9093", "[::1]:9093", "127.0.0.1:9093,localhost:9094"})
    void loopbackBrokersGetTheTrustAllEngineWithoutWarning(String servers) {
        Properties client = build(trustAll(servers));

        assertThat(client)
                .containsEntry("ssl.engine.factory.class", TrustAllSslEngineFactory.class.getName())
                .doesNotContainKey("ssl.trust-all");
        assertThat(logs.lines()).noneMatch(line -> line.contains("accept any certificate"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "b-1.msk.example.com:9094",
                "10.0.0.12:9094",
                "127.0.0.1:9094,b-2.example:9094",
                "127.0.0.1.nip.io:9094"
            })
    void otherBrokersAreRefusedWithTheKeysToSet(String servers) {
        assertRejectsKey(() -> build(trustAll(servers)), "ssl.trust-all", "not loopback")
                .hasMessageContaining("ssl.truststore.location")
                .hasMessageContaining("ssl.trust-all.allow-non-loopback=true");
    }

    @Test
    void otherBrokersAreAllowedWithTheOptInAndAWarning() {
        Map<String, String> values = trustAll("b-1.msk.example.com:9094");
        values.put("ssl.trust-all.allow-non-loopback", "true");

        Properties client = build(values);

        assertThat(client)
                .containsEntry("ssl.engine.factory.class", TrustAllSslEngineFactory.class.getName())
                .doesNotContainKey("ssl.trust-all.allow-non-loopback");
        assertThat(logs.lines())
                .filteredOn(line -> line.contains("WARN")
                        && line.contains("accept any certificate")
                        && line.contains("b-1.msk.example.com:9094"))
                .hasSize(1);
    }

    @Test
    void plaintextWithTrustAllIsAnError() {
        Map<String, String> values = trustAll("127.0.0.1:9092");
        values.put("security.preset", "PLAINTEXT");

        assertThatThrownBy(() -> build(values))
                .hasMessageContaining("ssl.trust-all")
                .hasMessageContaining("TLS only");
    }

    @Test
    void trustAllWithATruststoreIsAContradiction() {
        Map<String, String> values = trustAll("127.0.0.1:9093");
        values.put("ssl.truststore.location", "/etc/ssl/trust.jks");

        assertThatThrownBy(() -> build(values))
                .hasMessageContaining("ssl.trust-all")
                .hasMessageContaining("contradicts ssl.truststore.location");
    }

    @Test
    void theOptInAloneIsAnError() {
        Map<String, String> values = trustAll("127.0.0.1:9093");
        values.remove("ssl.trust-all");
        values.put("ssl.trust-all.allow-non-loopback", "true");

        assertThatThrownBy(() -> build(values))
                .hasMessageContaining("ssl.trust-all.allow-non-loopback")
                .hasMessageContaining("only applies with ssl.trust-all=true");
    }
}
