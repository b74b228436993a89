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

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.flink.annotation.Internal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The class path of a JVM the test kit starts (the Kafka broker, the JobManager and TaskManagers of
 * a standalone Flink cluster), as Maven resolved it when this module was built: a resource of this
 * JAR lists the jars relative to the local repository ({@value #PLACEHOLDER}{@code /org/...jar}), so
 * the published JAR names no path of the machine that built it. The jars are looked up in the local
 * repository of whoever runs the tests ({@code -Dmaven.repo.local} as the build passes it on, then
 * {@code ~/.m2/repository}). Where they are missing (a project that uses the published test kit and
 * never resolved them), the missing ones are resolved once with Maven, from a POM that lists exactly
 * them (a root resolved alone may mediate a dependency to another version than this module's build
 * did); if that is not possible the error names the command to run. A system property overrides all
 * of it.
 */
@Internal
public final class RepositoryClasspath {

    private static final Logger LOG = LoggerFactory.getLogger(RepositoryClasspath.class);

    /** What a resource writes in place of the local repository (the dependency plugin's {@code localRepoProperty}). */
    public static final String PLACEHOLDER = "LOCAL_REPOSITORY";

    /** Resolves artifacts ({@code group:artifact:version[:type:classifier]}) into a local repository; returns whether it succeeded. */
    public interface Resolver {
        boolean resolve(List<String> coordinates, Path repository);
    }

    private final String description;
    private final String resource;
    private final String overrideProperty;
    private final List<String> roots;

    /**
     * @param description what runs on the class path, for messages ("the Kafka broker")
     * @param resource the absolute resource name of the class path with {@value #PLACEHOLDER}
     * @param overrideProperty the system property that, when set, is the class path
     * @param roots {@code group:artifact} of the artifacts whose dependencies make up the class path
     */
    public RepositoryClasspath(String description, String resource, String overrideProperty, List<String> roots) {
        this.description = description;
        this.resource = resource;
        this.overrideProperty = overrideProperty;
        this.roots = List.copyOf(roots);
    }

    public String resource() {
        return resource;
    }

    public String overrideProperty() {
        return overrideProperty;
    }

    /** The class path: the override property if set, else the resource's jars in a local repository. */
    public String resolve() {
        String configured = System.getProperty(overrideProperty);
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        return choose(template(), localRepositories(), RepositoryClasspath::resolveWithMaven);
    }

    /** The class path as this JAR ships it, with {@value #PLACEHOLDER}; empty if the resource is missing. */
    public Optional<String> template() {
        try (InputStream input = RepositoryClasspath.class.getResourceAsStream(resource)) {
            if (input == null) {
                return Optional.empty();
            }
            return Optional.of(new String(input.readAllBytes(), StandardCharsets.UTF_8).trim());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    /**
     * The class path in the first repository holding every jar; if none does, the jars the first
     * repository lacks are resolved into it, each at the version this module's build chose.
     */
    public String choose(Optional<String> template, List<Path> repositories, Resolver resolver) {
        String relative = template.orElseThrow(() -> new IllegalStateException("Missing resource " + resource
                + ": flink-blocks-testing was built without the class path of " + description + "; set -D"
                + overrideProperty + "=<class path of " + String.join(", ", roots) + ">"));
        Optional<String> found = inFirstComplete(relative, repositories);
        if (found.isPresent()) {
            return found.get();
        }
        Path target = repositories.get(0);
        List<String> missing = missingCoordinates(relative, target);
        LOG.info(
                "{} of the {} jars of {} are not in the local Maven repository {}; resolving them with Maven",
                missing.size(),
                relative.split(File.pathSeparator).length,
                description,
                target);
        if (resolver.resolve(missing, target)) {
            found = inFirstComplete(relative, repositories);
            if (found.isPresent()) {
                return found.get();
            }
        }
        throw new IllegalStateException(
                "The jars of " + description + " are not in the local Maven repository (looked in "
                        + repositories
                        + ") and could not be resolved with Maven. Resolve them once with: mvn dependency:resolve -f "
                        + ResolutionPom.write(missingCoordinates(relative, target)) + " -Dmaven.repo.local=" + target
                        + ", or set -D" + overrideProperty);
    }

    /** {@code group:artifact:version} of the roots, in the order of the class path. */
    public List<String> rootCoordinates(String relative) {
        List<String> coordinates = new ArrayList<>();
        for (String entry : relative.split(File.pathSeparator)) {
            Optional<Artifact> artifact = Artifact.parse(entry);
            if (artifact.isPresent() && roots.contains(artifact.get().group + ":" + artifact.get().artifact)) {
                coordinates.add(artifact.get().coordinate());
            }
        }
        return coordinates;
    }

    /** The coordinates of the class path's jars that {@code repository} lacks. */
    static List<String> missingCoordinates(String relative, Path repository) {
        Set<String> missing = new LinkedHashSet<>();
        for (String entry : relative.split(File.pathSeparator)) {
            if (!Files.exists(Paths.get(entry.replace(PLACEHOLDER, repository.toString())))) {
                Artifact.parse(entry).ifPresent(artifact -> missing.add(artifact.coordinate()));
            }
        }
        return new ArrayList<>(missing);
    }

    /** {@code -Dmaven.repo.local} when the build passes it on, then the default {@code ~/.m2/repository}. */
    public static List<Path> localRepositories() {
        List<Path> repositories = new ArrayList<>();
        String configured = System.getProperty("maven.repo.local");
        if (configured != null && !configured.isBlank()) {
            repositories.add(Paths.get(configured));
        }
        repositories.add(Paths.get(System.getProperty("user.home"), ".m2", "repository"));
        return repositories;
    }

    private static Optional<String> inFirstComplete(String relative, List<Path> repositories) {
        for (Path repository : repositories) {
            String classpath = relative.replace(PLACEHOLDER, repository.toString());
            if (allExist(classpath)) {
                return Optional.of(classpath);
            }
        }
        return Optional.empty();
    }

    private static boolean allExist(String classpath) {
        for (String entry : classpath.split(File.pathSeparator)) {
            if (!Files.exists(Paths.get(entry))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Runs {@code mvn dependency:resolve} (Maven of {@code maven.home}, else {@code mvn} on the PATH) on a
     * POM that lists exactly these jars: one Maven run, each jar at its own version.
     */
    static boolean resolveWithMaven(List<String> coordinates, Path repository) {
        String mavenHome = System.getProperty("maven.home");
        String mvn = mavenHome != null && !mavenHome.isBlank()
                ? Paths.get(mavenHome, "bin", "mvn").toString()
                : "mvn";
        Path pom = ResolutionPom.write(coordinates);
        List<String> command = List.of(
                mvn,
                "-B",
                "-q",
                "-f",
                pom.toString(),
                "-Dmaven.repo.local=" + repository,
                "org.apache.maven.plugins:maven-dependency-plugin:3.8.1:resolve");
        try {
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(pom.resolveSibling("resolve.log").toFile())
                    .start();
            if (!process.waitFor(10, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                return false;
            }
            return process.exitValue() == 0;
        } catch (IOException e) {
            LOG.warn("Cannot run {} to resolve jars into {}: {}", mvn, repository, e.getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** A jar of a class path entry in the repository layout: {@code <group path>/<artifact>/<version>/<artifact>-<version>[-<classifier>].<type>}. */
    static final class Artifact {
        final String group;
        final String artifact;
        final String version;
        final String type;
        final String classifier;

        private Artifact(String group, String artifact, String version, String type, String classifier) {
            this.group = group;
            this.artifact = artifact;
            this.version = version;
            this.type = type;
            this.classifier = classifier;
        }

        static Optional<Artifact> parse(String entry) {
            String path = entry.replace('\\', '/');
            int start = path.indexOf(PLACEHOLDER + "/");
            if (start < 0) {
                return Optional.empty();
            }
            String[] segments = path.substring(start + PLACEHOLDER.length() + 1).split("/");
            if (segments.length < 4) {
                return Optional.empty();
            }
            String file = segments[segments.length - 1];
            String version = segments[segments.length - 2];
            String artifact = segments[segments.length - 3];
            String group = String.join(".", List.of(segments).subList(0, segments.length - 3));
            String prefix = artifact + "-" + version;
            int dot = file.lastIndexOf('.');
            if (!file.startsWith(prefix) || dot < prefix.length()) {
                return Optional.empty();
            }
            String type = file.substring(dot + 1);
            String rest = file.substring(prefix.length(), dot);
            String classifier = rest.startsWith("-") ? rest.substring(1) : "";
            return Optional.of(new Artifact(group, artifact, version, type, classifier));
        }

        /** {@code group:artifact:version}, with {@code :type:classifier} when there is a classifier. */
        String coordinate() {
            String coordinate = group + ":" + artifact + ":" + version;
            return classifier.isEmpty() ? coordinate : coordinate + ":" + type + ":" + classifier;
        }
    }
}
