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
 * as the build passes it on, then {@code ~/.m2/repository}). Where some are missing (a project that uses
 * the published test kit and never resolved the broker), they are resolved once with Maven, from a POM
 * that lists exactly those jars; if that is not possible the error names the command to run. The
 * system property {@value #OVERRIDE_PROPERTY} overrides all of it.
 */
final class BrokerClasspath {

    private static final Logger LOG = LoggerFactory.getLogger(BrokerClasspath.class);

    static final String OVERRIDE_PROPERTY = "flinkblocks.kafka.broker.classpath";
    static final String REPOSITORY_RESOURCE = "/io/flinkblocks/testing/kafka/broker-repository.classpath";
    static final String REPOSITORY_PLACEHOLDER = "LOCAL_REPOSITORY";

    /** {@code LOCAL_REPOSITORY/<group path>/<artifact>/<version>/<artifact>-<version>[-<classifier>].jar} */
    private static final Pattern ENTRY = Pattern.compile(
            REPOSITORY_PLACEHOLDER + "/(.+)/([^/]+)/([^/]+)/\\2-\\3(?:-([^/]+))?\\.jar");

    /** Resolves the dependencies of a POM into a local repository; returns whether it succeeded. */
    interface Resolver {
        boolean resolve(Path pom, Path repository);
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
        List<String> coordinates = coordinates(relative);
        Path target = repositories.get(0);
        LOG.info("The Kafka broker's {} jars are not all in the local Maven repository {}; resolving them with Maven",
                coordinates.size(), target);
        Path pom = BrokerPom.write(coordinates);
        if (resolver.resolve(pom, target)) {
            found = inFirstComplete(relative, repositories);
            if (found.isPresent()) {
                return found.get();
            }
        }
        throw new IllegalStateException("The Kafka broker's jars are not in the local Maven repository (looked in "
                + repositories + ") and could not be resolved with Maven. Resolve them once with: mvn dependency:resolve -f "
                + pom + " -Dmaven.repo.local=" + target + ", or set -D" + OVERRIDE_PROPERTY);
    }

    /** {@code group:artifact:version[:classifier]} of every jar of the class path, read from their paths. */
    static List<String> coordinates(String relative) {
        List<String> coordinates = new ArrayList<>();
        for (String entry : relative.split(File.pathSeparator)) {
            Matcher matcher = ENTRY.matcher(entry);
            if (!matcher.matches()) {
                throw new IllegalStateException("Not a local-repository path of a jar: " + entry);
            }
            coordinates.add(matcher.group(1).replace('/', '.') + ":" + matcher.group(2) + ":" + matcher.group(3)
                    + (matcher.group(4) != null ? ":" + matcher.group(4) : ""));
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

    /** Runs {@code mvn dependency:resolve} on the POM (Maven of {@code maven.home}, else {@code mvn} on the PATH). */
    static boolean resolveWithMaven(Path pom, Path repository) {
        String mavenHome = System.getProperty("maven.home");
        String mvn = mavenHome != null && !mavenHome.isBlank() ? Paths.get(mavenHome, "bin", "mvn").toString() : "mvn";
        List<String> command = List.of(mvn, "-B", "-q", "-f", pom.toString(), "-Dmaven.repo.local=" + repository,
                "org.apache.maven.plugins:maven-dependency-plugin:3.8.1:resolve");
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(pom.resolveSibling("resolve.log").toFile()).start();
            if (!process.waitFor(10, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                return false;
            }
            return process.exitValue() == 0;
        } catch (IOException e) {
            LOG.warn("Cannot run {} to resolve the Kafka broker: {}", mvn, e.getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
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
