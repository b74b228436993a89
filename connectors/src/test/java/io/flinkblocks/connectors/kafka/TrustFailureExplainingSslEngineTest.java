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

import static org.assertj.core.api.Assertions.assertThat;

import java.security.cert.CertificateException;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;

import org.junit.jupiter.api.Test;

/** The messages of refused broker certificates name the setting to fix; other TLS errors pass unchanged. */
class TrustFailureExplainingSslEngineTest {

    private static TrustFailureExplainingSslEngine engine(String truststore) throws Exception {
        return new TrustFailureExplainingSslEngine(
                SSLContext.getDefault().createSSLEngine("b-1.example", 9094), truststore);
    }

    private static SSLException refused(String reason) {
        SSLHandshakeException e = new SSLHandshakeException(reason);
        e.initCause(new CertificateException(reason));
        return e;
    }

    @Test
    void anUntrustedCertificateNamesTheTruststoreAndItsKey() throws Exception {
        SSLException explained = engine("/etc/kafka/trust.jks")
                .explained(refused(
                        "PKIX path building failed: unable to find valid certification path to requested target"));

        assertThat(explained)
                .isInstanceOf(SSLHandshakeException.class)
                .hasMessageContaining("broker b-1.example:9094 is not trusted by truststore '/etc/kafka/trust.jks'")
                .hasMessageContaining("set ssl.truststore.location")
                .hasMessageContaining("PKIX path building failed");
        assertThat(explained.getCause()).isInstanceOf(SSLHandshakeException.class);
    }

    @Test
    void withoutATruststoreTheJvmDefaultIsNamed() throws Exception {
        assertThat(engine(null).explained(refused("PKIX path building failed")))
                .hasMessageContaining("not trusted by the JVM's default truststore");
    }

    @Test
    void aHostNameMismatchNamesTheServersAndTheHostNameCheck() throws Exception {
        SSLException explained =
                engine(null).explained(refused("No subject alternative names matching IP address 10.0.0.7 found"));

        assertThat(explained)
                .hasMessageContaining("does not name the host")
                .hasMessageContaining("bootstrap.servers")
                .hasMessageContaining("ssl.endpoint.identification.algorithm");
    }

    @Test
    void otherTlsErrorsPassUnchanged() throws Exception {
        SSLException other = new SSLException("Unsupported or unrecognized SSL message");

        assertThat(engine(null).explained(other)).isSameAs(other);
    }
}
