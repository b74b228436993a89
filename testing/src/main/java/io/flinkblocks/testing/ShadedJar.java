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
package io.flinkblocks.testing;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;

import org.apache.flink.annotation.PublicEvolving;

/**
 * Checks on a job's shaded JAR, for an integration test that runs after {@code package}: what it must
 * leave out (Flink core, which the cluster provides), what it must carry, and that the service files
 * of the bundled dependencies were merged rather than overwritten by one another.
 *
 * <pre>{@code
 * ShadedJar jar = ShadedJar.open(Paths.get(System.getProperty("shaded.jar")));
 * jar.assertNoEntriesUnder("org/apache/flink/streaming/api/");
 * jar.assertContainsClass(MyJob.class);
 * jar.assertServiceFilesMerged(jar.bundledJarsOnClassPath());
 * }</pre>
 */
@PublicEvolving
public final class ShadedJar {

    private static final String SERVICES = "META-INF/services/";

    private final Path path;
    private final Set<String> entries;

    private ShadedJar(Path path, Set<String> entries) {
        this.path = path;
        this.entries = entries;
    }

    public static ShadedJar open(Path path) {
        if (!Files.isRegularFile(path)) {
            throw new AssertionError("No shaded JAR at " + path + ": run the integration tests after 'package'");
        }
        try (JarFile jar = new JarFile(path.toFile())) {
            Set<String> names =
                    jar.stream().map(JarEntry::getName).collect(Collectors.toCollection(LinkedHashSet::new));
            return new ShadedJar(path, names);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
    }

    public Path path() {
        return path;
    }

    public Set<String> entries() {
        return entries;
    }

    public long sizeInBytes() {
        try {
            return Files.size(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void assertNoEntriesUnder(String prefix) {
        List<String> found =
                entries.stream().filter(e -> e.startsWith(prefix)).limit(5).collect(Collectors.toList());
        if (!found.isEmpty()) {
            throw new AssertionError(path.getFileName() + " must not contain " + prefix + " but has " + found);
        }
    }

    public void assertContainsClass(Class<?> type) {
        String entry = type.getName().replace('.', '/') + ".class";
        if (!entries.contains(entry)) {
            throw new AssertionError(path.getFileName() + " does not contain " + entry);
        }
    }

    /** The service lines of one {@code META-INF/services} file of the shaded JAR. */
    public List<String> serviceLines(String service) {
        return readServiceLines(path, SERVICES + service);
    }

    /**
     * The JARs of the current class path whose classes were shaded into this JAR (judged by their
     * first class entry), so that their service files can be checked.
     */
    public List<Path> bundledJarsOnClassPath() {
        List<Path> bundled = new ArrayList<>();
        for (String element : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!element.endsWith(".jar")) {
                continue;
            }
            Path jar = Paths.get(element);
            firstClassEntry(jar).filter(entries::contains).ifPresent(ignored -> bundled.add(jar));
        }
        return bundled;
    }

    /**
     * Every line of every service file of each given JAR is present in this JAR's file of the same
     * name: what {@code ServicesResourceTransformer} guarantees and a plain shade breaks.
     */
    public void assertServiceFilesMerged(List<Path> bundledJars) {
        List<String> missing = new ArrayList<>();
        for (Path jar : bundledJars) {
            for (String serviceFile : serviceFilesOf(jar)) {
                List<String> merged = readServiceLines(path, serviceFile);
                for (String line : readServiceLines(jar, serviceFile)) {
                    if (!merged.contains(line)) {
                        missing.add(serviceFile + ": " + line + " (from " + jar.getFileName() + ")");
                    }
                }
            }
        }
        if (!missing.isEmpty()) {
            throw new AssertionError(path.getFileName() + " lost service entries: " + missing);
        }
    }

    private static List<String> serviceFilesOf(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.stream()
                    .map(JarEntry::getName)
                    .filter(n -> n.startsWith(SERVICES) && !n.endsWith("/"))
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + jar, e);
        }
    }

    private static java.util.Optional<String> firstClassEntry(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.stream()
                    .map(JarEntry::getName)
                    .filter(n -> n.endsWith(".class") && !n.startsWith("META-INF/") && !n.equals("module-info.class"))
                    .findFirst();
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
    }

    private static List<String> readServiceLines(Path jarPath, String entryName) {
        try (JarFile jar = new JarFile(jarPath.toFile())) {
            JarEntry entry = jar.getJarEntry(entryName);
            if (entry == null) {
                return List.of();
            }
            List<String> lines = new ArrayList<>();
            try (BufferedReader reader =
                    new BufferedReader(new InputStreamReader(jar.getInputStream(entry), StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    String trimmed = line.replaceAll("#.*", "").trim();
                    if (!trimmed.isEmpty()) {
                        lines.add(trimmed);
                    }
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + jarPath, e);
        }
    }
}
