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
package io.flinkblocks.testing.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.flink.annotation.Internal;

/**
 * Installs the npm packages of the local stand-ins ({@code kinesis-local}, {@code s3rver}) from the
 * package.json and package-lock.json this module carries as resources, with {@code npm ci}, into a
 * cache folder keyed by the lock file's hash: once per machine, safely when several test JVMs start
 * at the same time. The cache folder is {@code $FLINK_BLOCKS_CACHE} or {@code ~/.cache/flink-blocks}.
 *
 * <p>{@code kinesis-local} binds 0.0.0.0 with no setting to change it; the installed copy is patched
 * to bind 127.0.0.1 so that tests never listen beyond the machine.
 */
@Internal
public final class NpmPackages {

    private static final String RESOURCE_FOLDER = "/io/flinkblocks/testing/npm/";
    private static final String INSTALLED_MARKER = ".flink-blocks-installed";
    private static final String KINESIS_MAIN = "node_modules/kinesis-local/main.js";
    private static final String KINESIS_ANY_ADDRESS = "em(\"0.0.0.0\")";
    private static final String KINESIS_LOOPBACK = "em(\"127.0.0.1\")";

    private static Path installed;

    private NpmPackages() {}

    /** The folder holding {@code node_modules}, installing it first if needed. */
    public static synchronized Path install() {
        if (installed == null) {
            installed = installIntoCache();
        }
        return installed;
    }

    /** The {@code node} executable to run the packages with; a clear error when Node.js is missing. */
    public static String node() {
        return requireOnPath("node");
    }

    private static Path installIntoCache() {
        String npm = requireOnPath("npm");
        try {
            byte[] packageJson = resource("package.json");
            byte[] lock = resource("package-lock.json");
            Path folder = cacheRoot().resolve("npm-" + sha256(packageJson, lock));
            Files.createDirectories(folder);
            try (FileChannel channel = FileChannel.open(
                            folder.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    FileLock ignored = channel.lock()) {
                if (!Files.exists(folder.resolve(INSTALLED_MARKER))) {
                    Files.write(folder.resolve("package.json"), packageJson);
                    Files.write(folder.resolve("package-lock.json"), lock);
                    runNpmCi(npm, folder);
                    patchKinesisToLoopback(folder);
                    Files.write(folder.resolve(INSTALLED_MARKER), new byte[0]);
                }
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot install the npm packages of the local services", e);
        }
    }

    private static void runNpmCi(String npm, Path folder) throws IOException {
        Path log = folder.resolve("npm-ci.log");
        Process process = new ProcessBuilder(List.of(npm, "ci", "--no-audit", "--no-fund", "--loglevel=error"))
                .directory(folder.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        try {
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("npm ci did not finish within 5 minutes in " + folder);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IllegalStateException("Interrupted during npm ci", e);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException("npm ci failed in " + folder + " (exit " + process.exitValue() + "):\n"
                    + new String(Files.readAllBytes(log), StandardCharsets.UTF_8));
        }
    }

    private static void patchKinesisToLoopback(Path folder) throws IOException {
        Path main = folder.resolve(KINESIS_MAIN);
        String code = new String(Files.readAllBytes(main), StandardCharsets.UTF_8);
        int first = code.indexOf(KINESIS_ANY_ADDRESS);
        if (first < 0 || code.indexOf(KINESIS_ANY_ADDRESS, first + 1) >= 0) {
            throw new IllegalStateException("Cannot patch " + main + " to bind 127.0.0.1: expected exactly one "
                    + KINESIS_ANY_ADDRESS + " (was the kinesis-local version changed?)");
        }
        Path patched = folder.resolve(KINESIS_MAIN + ".tmp");
        Files.write(patched, code.replace(KINESIS_ANY_ADDRESS, KINESIS_LOOPBACK).getBytes(StandardCharsets.UTF_8));
        Files.move(patched, main, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static Path cacheRoot() {
        String configured = System.getenv("FLINK_BLOCKS_CACHE");
        if (configured != null && !configured.isBlank()) {
            return Paths.get(configured);
        }
        return Paths.get(System.getProperty("user.home"), ".cache", "flink-blocks");
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream input = NpmPackages.class.getResourceAsStream(RESOURCE_FOLDER + name)) {
            if (input == null) {
                throw new IllegalStateException(
                        "Missing resource " + RESOURCE_FOLDER + name + " in flink-blocks-testing");
            }
            return input.readAllBytes();
        }
    }

    private static String requireOnPath(String executable) {
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(java.io.File.pathSeparator)) {
                Path candidate = Paths.get(dir, executable);
                if (Files.isExecutable(candidate)) {
                    return candidate.toString();
                }
            }
        }
        throw new IllegalStateException("'" + executable + "' is not on the PATH: the local Kinesis and S3 stand-ins"
                + " run on Node.js. Install Node.js 18 or newer with npm (for example: apt-get install nodejs npm).");
    }

    private static String sha256(byte[]... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (byte[] part : parts) {
                digest.update(part);
            }
            StringBuilder hex = new StringBuilder();
            byte[] hash = digest.digest();
            for (int i = 0; i < 8; i++) {
                hex.append(String.format("%02x", hash[i]));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
