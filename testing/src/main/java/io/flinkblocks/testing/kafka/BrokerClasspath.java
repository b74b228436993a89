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

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The class path of the Kafka broker's JVM. Maven resolved it when this module was built and wrote it
 * relative to the local repository, so the published JAR names no path of the machine that built it:
 * the jars are looked up in the local repository of whoever runs the tests ({@code -Dmaven.repo.local}
 * as the build passes it on, then {@code ~/.m2/repository}). Where they are missing (a project that uses
 * the published test kit and never resolved the broker), they are resolved once with Maven
 * ({@code mvn dependency:get}); if that is not possible the error says which command to run. The
 * system property {@value #OVERRIDE_PROPERTY} overrides all of it.
 */
final class BrokerClasspath {

    private static final Logger LOG = LoggerFactory.getLogger(BrokerClasspath.class);

    static final String OVERRIDE_PROPERTY = "flinkblocks.kafka.broker.classpath";
    static final String REPOSITORY_RESOURCE = "/io/flinkblocks/testing/kafka/broker-repository.classpath";
    static final String REPOSITORY_PLACEHOLDER = "LOCAL_REPOSITORY";

    /** The artifacts whose dependencies make up the class path: the broker and its logging backend. */
    private static final Pattern ROOT_ARTIFACT = Pattern.compile(
            REPOSITORY_PLACEHOLDER + "/(org/apache/kafka)/(kafka_2\\.13)/([^/]+)/[^/]+\\.jar"
                    + "|" + REPOSITORY_PLACEHOLDER + "/(org/slf4j)/(slf4j-reload4j)/([^/]+)/[^/]+\\.jar");

    /** Resolves missing jars into a local repository; returns whether it succeeded. */
    interface Resolver {
        boolean resolve(List<String> coordinates, Path repository);
    }

    private BrokerClasspath() {}

    static String resolve() {
        String configured = System.getProperty(OVERRIDE_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        return choose(read(REPOSITORY_RESOURCE), localRepositories(), BrokerClasspath::resolveWithMaven);
    }

    /** The class path in the first repository holding every jar, resolving the jars into the first one if none does. */
    static String choose(Optional<String> template, List<Path> repositories, Resolver resolver) {
        String relative = template.orElseThrow(() -> new IllegalStateException("Missing resource "
                + REPOSITORY_RESOURCE + ": flink-blocks-testing was built without the Kafka broker class path; set -D"
                + OVERRIDE_PROPERTY + "=<class path of org.apache.kafka:kafka_2.13>"));
        Optional<String> found = inFirstComplete(relative, repositories);
        if (found.isPresent()) {
            return found.get();
        }
        List<String> coordinates = rootCoordinates(relative);
        Path target = repositories.get(0);
        LOG.info("The Kafka broker's jars are not in the local Maven repository {}; resolving {} with Maven",
                target, coordinates);
        if (resolver.resolve(coordinates, target)) {
            found = inFirstComplete(relative, repositories);
            if (found.isPresent()) {
                return found.get();
            }
        }
        List<String> commands = new ArrayList<>();
        for (String coordinate : coordinates) {
            commands.add("mvn dependency:get -Dartifact=" + coordinate);
        }
        throw new IllegalStateException("The Kafka broker's jars are not in the local Maven repository (looked in "
                + repositories + ") and could not be resolved with Maven. Resolve them once with: "
                + String.join(" and ", commands) + ", or set -D" + OVERRIDE_PROPERTY);
    }

    /** group:artifact:version of the broker and its logging backend, read from the class path itself. */
    static List<String> rootCoordinates(String relative) {
        List<String> coordinates = new ArrayList<>();
        Matcher matcher = ROOT_ARTIFACT.matcher(relative);
        while (matcher.find()) {
            int first = matcher.group(1) != null ? 1 : 4;
            coordinates.add(matcher.group(first).replace('/', '.') + ":" + matcher.group(first + 1) + ":" + matcher.group(first + 2));
        }
        return coordinates;
    }

    private static Optional<String> inFirstComplete(String relative, List<Path> repositories) {
        for (Path repository : repositories) {
            String classpath = relative.replace(REPOSITORY_PLACEHOLDER, repository.toString());
            if (allExist(classpath)) {
                return Optional.of(classpath);
            }
        }
        return Optional.empty();
    }

    /** Runs {@code mvn dependency:get} (Maven of {@code maven.home}, else {@code mvn} on the PATH). */
    private static boolean resolveWithMaven(List<String> coordinates, Path repository) {
        String mavenHome = System.getProperty("maven.home");
        String mvn = mavenHome != null && !mavenHome.isBlank() ? Paths.get(mavenHome, "bin", "mvn").toString() : "mvn";
        for (String coordinate : coordinates) {
            List<String> command = List.of(mvn, "-B", "-q", "-Dmaven.repo.local=" + repository,
                    "org.apache.maven.plugins:maven-dependency-plugin:3.8.1:get", "-Dartifact=" + coordinate);
            try {
                Process process = new ProcessBuilder(command).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
                    process.destroyForcibly();
                    return false;
                }
            } catch (IOException e) {
                LOG.warn("Cannot run {} to resolve the Kafka broker: {}", mvn, e.getMessage());
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    /** {@code -Dmaven.repo.local} when the build passes it on, then the default {@code ~/.m2/repository}. */
    private static List<Path> localRepositories() {
        List<Path> repositories = new ArrayList<>();
        String configured = System.getProperty("maven.repo.local");
        if (configured != null && !configured.isBlank()) {
            repositories.add(Paths.get(configured));
        }
        repositories.add(Paths.get(System.getProperty("user.home"), ".m2", "repository"));
        return repositories;
    }

    private static Optional<String> read(String resource) {
        try (InputStream input = BrokerClasspath.class.getResourceAsStream(resource)) {
            if (input == null) {
                return Optional.empty();
            }
            return Optional.of(new String(input.readAllBytes(), StandardCharsets.UTF_8).trim());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    private static boolean allExist(String classpath) {
        for (String entry : classpath.split(File.pathSeparator)) {
            if (!Files.exists(Paths.get(entry))) {
                return false;
            }
        }
        return true;
    }
}
