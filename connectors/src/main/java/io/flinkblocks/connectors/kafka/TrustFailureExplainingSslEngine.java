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

import java.nio.ByteBuffer;
import java.security.cert.CertificateException;
import java.util.List;
import java.util.function.BiFunction;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLEngineResult;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSession;

/**
 * A client {@link SSLEngine} that says which setting to fix when the broker's certificate is refused.
 * JSSE's own message ("PKIX path building failed: unable to find valid certification path to
 * requested target") names no setting; this engine rethrows it as a handshake failure that names
 * {@code ssl.truststore.location} (or, for a host name mismatch, the bootstrap servers and
 * {@code ssl.endpoint.identification.algorithm}), with JSSE's exception as the cause. Everything else
 * is the wrapped engine's.
 */
final class TrustFailureExplainingSslEngine extends SSLEngine {

    private final SSLEngine engine;
    private final String truststore;

    /**
     * @param truststore what the client trusts, for the message: the truststore's location, or
     *                   {@code null} for the JVM's default truststore
     */
    TrustFailureExplainingSslEngine(SSLEngine engine, String truststore) {
        super(engine.getPeerHost(), engine.getPeerPort());
        this.engine = engine;
        this.truststore = truststore;
    }

    @Override
    public SSLEngineResult wrap(ByteBuffer[] srcs, int offset, int length, ByteBuffer dst) throws SSLException {
        try {
            return engine.wrap(srcs, offset, length, dst);
        } catch (SSLException e) {
            throw explained(e);
        }
    }

    @Override
    public SSLEngineResult unwrap(ByteBuffer src, ByteBuffer[] dsts, int offset, int length) throws SSLException {
        try {
            return engine.unwrap(src, dsts, offset, length);
        } catch (SSLException e) {
            throw explained(e);
        }
    }

    /** {@code e} with a message naming the setting to fix when a certificate was refused; else {@code e}. */
    SSLException explained(SSLException e) {
        CertificateException refused = certificateFailure(e);
        if (refused == null) {
            return e;
        }
        String broker = getPeerHost() + ":" + getPeerPort();
        String message;
        if (isHostNameMismatch(String.valueOf(refused.getMessage()))) {
            message = "The certificate of broker " + broker + " does not name the host the client connected to ("
                    + refused.getMessage()
                    + "): connect through a name or address the certificate holds (bootstrap.servers),"
                    + " or set ssl.endpoint.identification.algorithm to an empty value to skip the host name check";
        } else {
            message = "The certificate of broker " + broker + " is not trusted by "
                    + (truststore == null ? "the JVM's default truststore" : "truststore '" + truststore + "'")
                    + " (" + refused.getMessage() + "): set ssl.truststore.location (with ssl.truststore.type and"
                    + " ssl.truststore.password) to a truststore holding the CA that signed the broker's certificate"
                    + " (security.preset=TLS_CUSTOM_TRUSTSTORE)";
        }
        SSLHandshakeException explained = new SSLHandshakeException(message);
        explained.initCause(e);
        return explained;
    }

    /** JSSE's host name check messages: "No subject alternative ... matching ...", "No name matching ... found". */
    static boolean isHostNameMismatch(String message) {
        return message.contains("No subject alternative") || message.contains("No name matching");
    }

    private static CertificateException certificateFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CertificateException) {
                return (CertificateException) t;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }

    @Override
    public Runnable getDelegatedTask() {
        return engine.getDelegatedTask();
    }

    @Override
    public void closeInbound() throws SSLException {
        engine.closeInbound();
    }

    @Override
    public boolean isInboundDone() {
        return engine.isInboundDone();
    }

    @Override
    public void closeOutbound() {
        engine.closeOutbound();
    }

    @Override
    public boolean isOutboundDone() {
        return engine.isOutboundDone();
    }

    @Override
    public String[] getSupportedCipherSuites() {
        return engine.getSupportedCipherSuites();
    }

    @Override
    public String[] getEnabledCipherSuites() {
        return engine.getEnabledCipherSuites();
    }

    @Override
    public void setEnabledCipherSuites(String[] suites) {
        engine.setEnabledCipherSuites(suites);
    }

    @Override
    public String[] getSupportedProtocols() {
        return engine.getSupportedProtocols();
    }

    @Override
    public String[] getEnabledProtocols() {
        return engine.getEnabledProtocols();
    }

    @Override
    public void setEnabledProtocols(String[] protocols) {
        engine.setEnabledProtocols(protocols);
    }

    @Override
    public SSLSession getSession() {
        return engine.getSession();
    }

    @Override
    public SSLSession getHandshakeSession() {
        return engine.getHandshakeSession();
    }

    @Override
    public void beginHandshake() throws SSLException {
        try {
            engine.beginHandshake();
        } catch (SSLException e) {
            throw explained(e);
        }
    }

    @Override
    public SSLEngineResult.HandshakeStatus getHandshakeStatus() {
        return engine.getHandshakeStatus();
    }

    @Override
    public void setUseClientMode(boolean mode) {
        engine.setUseClientMode(mode);
    }

    @Override
    public boolean getUseClientMode() {
        return engine.getUseClientMode();
    }

    @Override
    public void setNeedClientAuth(boolean need) {
        engine.setNeedClientAuth(need);
    }

    @Override
    public boolean getNeedClientAuth() {
        return engine.getNeedClientAuth();
    }

    @Override
    public void setWantClientAuth(boolean want) {
        engine.setWantClientAuth(want);
    }

    @Override
    public boolean getWantClientAuth() {
        return engine.getWantClientAuth();
    }

    @Override
    public void setEnableSessionCreation(boolean flag) {
        engine.setEnableSessionCreation(flag);
    }

    @Override
    public boolean getEnableSessionCreation() {
        return engine.getEnableSessionCreation();
    }

    @Override
    public SSLParameters getSSLParameters() {
        return engine.getSSLParameters();
    }

    @Override
    public void setSSLParameters(SSLParameters params) {
        engine.setSSLParameters(params);
    }

    @Override
    public String getApplicationProtocol() {
        return engine.getApplicationProtocol();
    }

    @Override
    public String getHandshakeApplicationProtocol() {
        return engine.getHandshakeApplicationProtocol();
    }

    @Override
    public void setHandshakeApplicationProtocolSelector(BiFunction<SSLEngine, List<String>, String> selector) {
        engine.setHandshakeApplicationProtocolSelector(selector);
    }

    @Override
    public BiFunction<SSLEngine, List<String>, String> getHandshakeApplicationProtocolSelector() {
        return engine.getHandshakeApplicationProtocolSelector();
    }
}
