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

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.UnrecoverableKeyException;
import java.util.Locale;

import io.flinkblocks.runtime.PropertyGroup;

/**
 * Opens the truststore a Kafka group names while the job is being built, so that a missing file, an
 * unreadable file or a wrong password fails the deployment with a message naming the key, instead of
 * every Kafka client failing later on the cluster. Messages never contain the password.
 */
final class TruststoreCheck {

    static final String LOCATION = "ssl.truststore.location";
    static final String TYPE = "ssl.truststore.type";
    static final String PASSWORD = "ssl.truststore.password";

    private TruststoreCheck() {}

    static void check(PropertyGroup group) {
        String location = group.required(LOCATION);
        String type = group.get(TYPE, "JKS");
        byte[] content;
        if (TruststoreInstaller.isClasspathLocation(location)) {
            String resource = TruststoreInstaller.resourceName(location);
            content = TruststoreInstaller.read(resource)
                    .orElseThrow(() -> group.error(
                            LOCATION,
                            "truststore '" + location
                                    + "' is not on the class path; a classpath: truststore must be packaged"
                                    + " in the job JAR (put it in src/main/resources/" + resource + ")"));
        } else {
            content = readFile(group, Paths.get(location));
        }
        if ("PEM".equalsIgnoreCase(type)) {
            // Kafka parses PEM itself; there is no key store to open here.
            return;
        }
        load(group, location, type, content);
    }

    private static byte[] readFile(PropertyGroup group, Path file) {
        if (!Files.exists(file)) {
            throw group.error(
                    LOCATION,
                    "truststore file '" + file + "' does not exist (for a truststore packaged in the job JAR,"
                            + " write classpath:<resource>)");
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw group.error(LOCATION, "truststore file '" + file + "' is not a readable file");
        }
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw group.error(LOCATION, "truststore file '" + file + "' cannot be read: " + e.getMessage());
        }
    }

    private static void load(PropertyGroup group, String location, String type, byte[] content) {
        KeyStore store;
        try {
            store = KeyStore.getInstance(type.toUpperCase(Locale.ROOT));
        } catch (GeneralSecurityException e) {
            throw group.invalidValue(TYPE, "a key store type this JVM supports (JKS, PKCS12 or PEM)");
        }
        char[] password = group.optional(PASSWORD).map(String::toCharArray).orElse(null);
        try (InputStream input = new ByteArrayInputStream(content)) {
            store.load(input, password);
        } catch (IOException e) {
            if (e.getCause() instanceof UnrecoverableKeyException) {
                throw group.error(
                        PASSWORD, "the password does not open truststore '" + location + "' (wrong " + PASSWORD + ")");
            }
            throw group.error(
                    LOCATION,
                    "truststore '" + location + "' is not a " + type + " key store, or is damaged ("
                            + e.getClass().getSimpleName() + ")");
        } catch (GeneralSecurityException e) {
            throw group.error(
                    LOCATION,
                    "truststore '" + location + "' cannot be opened as " + type + " ("
                            + e.getClass().getSimpleName() + ")");
        }
    }
}
