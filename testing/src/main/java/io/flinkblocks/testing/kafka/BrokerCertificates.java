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
package io.flinkblocks.testing.kafka;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.flink.annotation.PublicEvolving;

import io.flinkblocks.testing.secrets.PlantedSecrets;

/**
 * The TLS material of the test broker, made with the JDK's {@code keytool} at run time so that no
 * private key is ever committed: a PKCS12 keystore holding the broker's self-signed certificate
 * (SAN {@code ip:127.0.0.1,dns:localhost}, so hostname verification passes on loopback), and a JKS
 * client truststore holding that certificate only. The passwords are the project's planted secrets
 * ({@link PlantedSecrets#KEYSTORE_PASSWORD}, {@link PlantedSecrets#TRUSTSTORE_PASSWORD}): they protect
 * nothing of value, and being known, a scan of the test logs can prove they never appear there.
 */
@PublicEvolving
public final class BrokerCertificates {

    private final Path keystore;
    private final String keystorePassword;
    private final Path truststore;
    private final String truststorePassword;

    private BrokerCertificates(Path keystore, String keystorePassword, Path truststore, String truststorePassword) {
        this.keystore = keystore;
        this.keystorePassword = keystorePassword;
        this.truststore = truststore;
        this.truststorePassword = truststorePassword;
    }

    /** Generates a keystore and a truststore in {@code folder}. */
    public static BrokerCertificates generate(Path folder) {
        String keystorePassword = PlantedSecrets.KEYSTORE_PASSWORD;
        String truststorePassword = PlantedSecrets.TRUSTSTORE_PASSWORD;
        Path keystore = folder.resolve("broker.keystore.p12");
        Path certificate = folder.resolve("broker.crt");
        Path truststore = folder.resolve("client.truststore.jks");
        keytool(
                folder,
                "-genkeypair",
                "-alias",
                "broker",
                "-keyalg",
                "RSA",
                "-keysize",
                "2048",
                "-validity",
                "7",
                "-dname",
                "CN=localhost",
                "-ext",
                "SAN=ip:127.0.0.1,dns:localhost",
                "-keystore",
                keystore.toString(),
                "-storetype",
                "PKCS12",
                "-storepass",
                keystorePassword,
                "-keypass",
                keystorePassword);
        keytool(
                folder,
                "-exportcert",
                "-rfc",
                "-alias",
                "broker",
                "-file",
                certificate.toString(),
                "-keystore",
                keystore.toString(),
                "-storetype",
                "PKCS12",
                "-storepass",
                keystorePassword);
        keytool(
                folder,
                "-importcert",
                "-noprompt",
                "-alias",
                "broker",
                "-file",
                certificate.toString(),
                "-keystore",
                truststore.toString(),
                "-storetype",
                "JKS",
                "-storepass",
                truststorePassword);
        return new BrokerCertificates(keystore, keystorePassword, truststore, truststorePassword);
    }

    /** The broker's PKCS12 keystore (private key and certificate). */
    public Path keystore() {
        return keystore;
    }

    public String keystorePassword() {
        return keystorePassword;
    }

    /** The client truststore (JKS) that trusts the broker's certificate. */
    public Path truststore() {
        return truststore;
    }

    public String truststorePassword() {
        return truststorePassword;
    }

    /** The truststore's bytes, for tests that package it as a class path resource. */
    public byte[] truststoreBytes() {
        try {
            return Files.readAllBytes(truststore);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + truststore, e);
        }
    }

    private static void keytool(Path folder, String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(Paths.get(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(Arrays.asList(arguments));
        Path log = folder.resolve("keytool.log");
        try {
            Process process = new ProcessBuilder(command)
                    .directory(folder.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("keytool " + arguments[0] + " did not finish within 60 s");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("keytool " + arguments[0] + " failed (exit " + process.exitValue()
                        + "):\n" + new String(Files.readAllBytes(log), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot run keytool from " + command.get(0), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running keytool", e);
        }
    }
}
