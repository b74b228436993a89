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
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.Optional;

/**
 * Copies a truststore packaged as a class path resource (inside the job JAR) to a local file, because
 * the Kafka client only opens truststores from the file system.
 *
 * <p>The file is named after the resource's content hash, in {@code <java.io.tmpdir>/flink-blocks-truststores}:
 * the copy is made once per machine and reused by every client, subtask and job restart, and two jobs
 * with different truststores of the same name never share a file. Concurrent installers (subtasks of
 * one task manager, or task managers sharing a machine) each write a private temporary file and move it
 * into place atomically, so a client never sees a half-written truststore.
 */
final class TruststoreInstaller {

    /** The prefix of a {@code ssl.truststore.location} that names a class path resource. */
    public static final String CLASSPATH_PREFIX = "classpath:";

    private TruststoreInstaller() {}

    /** True for a location of the form {@code classpath:<resource>}. */
    public static boolean isClasspathLocation(String location) {
        return location != null && location.startsWith(CLASSPATH_PREFIX);
    }

    /** The resource name of a {@code classpath:} location, without a leading slash. */
    public static String resourceName(String location) {
        String name = location.substring(CLASSPATH_PREFIX.length()).trim();
        return name.startsWith("/") ? name.substring(1) : name;
    }

    /** The resource's bytes, looked up through the thread's context class loader, then this class's. */
    public static Optional<byte[]> read(String resource) {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        InputStream input = context == null ? null : context.getResourceAsStream(resource);
        if (input == null) {
            input = TruststoreInstaller.class.getClassLoader().getResourceAsStream(resource);
        }
        if (input == null) {
            return Optional.empty();
        }
        try (InputStream in = input) {
            return Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read class path resource " + resource, e);
        }
    }

    /** Installs the truststore of a {@code classpath:} location and returns the local file's path. */
    public static Path install(String location) {
        String resource = resourceName(location);
        byte[] content = read(resource)
                .orElseThrow(() -> new IllegalStateException("Kafka truststore " + location
                        + " is not on the class path: package it in the job JAR (src/main/resources/" + resource
                        + ")"));
        return install(resource, content, defaultFolder());
    }

    static Path install(String resource, byte[] content, Path folder) {
        String fileName = Paths.get(resource).getFileName().toString();
        Path target = folder.resolve(sha256(content) + "-" + fileName);
        if (Files.isRegularFile(target)) {
            return target;
        }
        try {
            Files.createDirectories(folder);
            Path temporary = Files.createTempFile(folder, fileName, ".tmp");
            try {
                Files.write(temporary, content);
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(temporary);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot copy the Kafka truststore " + resource + " to " + target, e);
        }
    }

    static Path defaultFolder() {
        return Paths.get(System.getProperty("java.io.tmpdir"), "flink-blocks-truststores");
    }

    private static String sha256(byte[] content) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(content);
            StringBuilder hex = new StringBuilder();
            for (int i = 0; i < 12; i++) {
                hex.append(String.format(Locale.ROOT, "%02x", hash[i]));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
