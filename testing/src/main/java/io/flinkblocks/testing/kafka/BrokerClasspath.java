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

/**
 * The class path of the Kafka broker's JVM. Maven resolved it when this module was built and wrote it
 * twice: with absolute paths (right on the machine that built it, as in this repository's own tests),
 * and relative to the local repository (right for anyone using the published artifact, whose local
 * repository holds the same jars once {@code kafka_2.13} has been resolved there). The first that
 * names only existing files wins; the system property {@value #OVERRIDE_PROPERTY} overrides both.
 */
final class BrokerClasspath {

    static final String OVERRIDE_PROPERTY = "flinkblocks.kafka.broker.classpath";
    static final String ABSOLUTE_RESOURCE = "/io/flinkblocks/testing/kafka/broker.classpath";
    static final String REPOSITORY_RESOURCE = "/io/flinkblocks/testing/kafka/broker-repository.classpath";
    static final String REPOSITORY_PLACEHOLDER = "LOCAL_REPOSITORY";

    private BrokerClasspath() {}

    static String resolve() {
        String configured = System.getProperty(OVERRIDE_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        return choose(read(ABSOLUTE_RESOURCE), read(REPOSITORY_RESOURCE), localRepositories());
    }

    /** The absolute class path if all its files exist, else the relative one in the first repository holding all. */
    static String choose(Optional<String> absolute, Optional<String> relative, List<Path> repositories) {
        if (absolute.isPresent() && allExist(absolute.get())) {
            return absolute.get();
        }
        String template = relative.orElseThrow(() -> new IllegalStateException("Missing resource "
                + REPOSITORY_RESOURCE + ": flink-blocks-testing was built without the Kafka broker class path; set -D"
                + OVERRIDE_PROPERTY + "=<class path of org.apache.kafka:kafka_2.13>"));
        List<String> tried = new ArrayList<>();
        for (Path repository : repositories) {
            String classpath = template.replace(REPOSITORY_PLACEHOLDER, repository.toString());
            if (allExist(classpath)) {
                return classpath;
            }
            tried.add(repository.toString());
        }
        throw new IllegalStateException("The Kafka broker's jars are not in the local Maven repository (looked in "
                + String.join(", ", tried) + "). Resolve them once with: mvn dependency:get"
                + " -Dartifact=org.apache.kafka:kafka_2.13:3.9.1 and mvn dependency:get -Dartifact=org.slf4j:slf4j-reload4j:1.7.36,"
                + " or set -D" + OVERRIDE_PROPERTY);
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
