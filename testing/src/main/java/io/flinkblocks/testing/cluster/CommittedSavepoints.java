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
package io.flinkblocks.testing.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.flink.annotation.PublicEvolving;

/**
 * Savepoints committed with a job's tests, under {@code src/test/resources/savepoints/<name>/}, so that a
 * change that breaks the state users' applications hold (a uid, a serializer, a state layout, a
 * connector's split format) fails the build: the test restores the job's JAR from the committed
 * savepoint with {@code allowNonRestoredState=false}, as MSF restores an application from its latest
 * snapshot after an update.
 *
 * <p>A Flink 1.20 savepoint is self-contained and relocatable when all its files are in its directory:
 * {@code _metadata} names the other files relative to it, and state below
 * {@code execution.checkpointing.data-inline-threshold} (1 MiB on {@link FlinkStandaloneCluster}) is inside
 * {@code _metadata} itself. {@link #copyOf} restores from a fresh copy in another folder, so a savepoint
 * that still pointed at the place it was written could not pass.
 *
 * <p>Run the tests with {@code -Dflinkblocks.savepoints.regenerate=true} to write the savepoints anew
 * ({@link #regenerate()}, {@link #commit}), then commit the folders.
 */
@PublicEvolving
public final class CommittedSavepoints {

    /** The system property that makes the tests write their savepoints anew. */
    public static final String REGENERATE_PROPERTY = "flinkblocks.savepoints.regenerate";

    private CommittedSavepoints() {}

    /** Whether the tests should take their savepoints again and replace the committed ones. */
    public static boolean regenerate() {
        return Boolean.getBoolean(REGENERATE_PROPERTY);
    }

    /** {@code <module>/src/test/resources/savepoints/<name>}: Maven's {@code basedir}, else the working directory. */
    public static Path committed(String name) {
        String module = System.getProperty("basedir", System.getProperty("user.dir"));
        return Paths.get(module, "src", "test", "resources", "savepoints", name);
    }

    /**
     * Replaces the committed savepoint {@code name} with the files of {@code savepoint} (a path or a
     * {@code file:} URI, as {@code stopWithSavepoint} returns it) and prints where it went and its size;
     * returns the committed folder.
     */
    public static Path commit(String savepoint, String name) {
        Path source = toPath(savepoint);
        Path target = committed(name);
        try {
            delete(target);
            copy(source, target);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot commit the savepoint " + savepoint + " as " + target, e);
        }
        System.out.printf(
                Locale.ROOT,
                "%s savepoint %s committed as %s (%d bytes)%n",
                name,
                savepoint,
                target,
                size(target.toString()));
        return target;
    }

    /**
     * Prints how the restore of the committed savepoint {@code name} went: the size of {@code savepoint}
     * (the copy {@code run} restored), the time to RUNNING, then the time to {@code results} (what the
     * test awaited, as {@link ClusterJobRun#settle} noted it) and {@code written}.
     */
    public static void printRestore(String name, String savepoint, ClusterJobRun run, String results, Object written) {
        System.out.printf(
                Locale.ROOT,
                "%s from the committed savepoint (%d bytes): RUNNING %d ms after submission, %s %d ms later: %s%n",
                name,
                size(savepoint),
                run.millisToRunning(),
                results,
                run.millisFromRunningToLastResult(),
                written);
    }

    /**
     * A copy of the committed savepoint {@code name} in a new folder under {@code folder}; returns its path
     * for {@code runFromSavepoint}. Fails naming the regeneration property when none is committed.
     */
    public static String copyOf(String name, Path folder) {
        Path source = committed(name);
        if (!Files.isRegularFile(source.resolve("_metadata"))) {
            throw new IllegalStateException("No savepoint committed at " + source
                    + " (no _metadata): run the test with -D" + REGENERATE_PROPERTY + "=true to take it");
        }
        Path target = folder.resolve("restored-" + name + "-" + System.nanoTime());
        try {
            copy(source, target);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot copy the savepoint " + source, e);
        }
        return target.toAbsolutePath().toString();
    }

    /**
     * As {@link #copyOf(String, Path)}; when the tests are to write their savepoints anew ({@link
     * #regenerate()}), runs {@code take} first, which takes the savepoint and {@link #commit}s it.
     */
    public static String copyOf(String name, Path folder, Runnable take) {
        if (regenerate()) {
            take.run();
        }
        return copyOf(name, folder);
    }

    /** The bytes of every file of a savepoint's folder. */
    public static long size(String savepoint) {
        try (Stream<Path> files = Files.walk(toPath(savepoint))) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(file -> file.toFile().length())
                    .sum();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + savepoint, e);
        }
    }

    private static Path toPath(String savepoint) {
        return savepoint.startsWith("file:") ? Paths.get(URI.create(savepoint)) : Paths.get(savepoint);
    }

    private static void copy(Path source, Path target) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(source)) {
            files = walk.filter(Files::isRegularFile).collect(Collectors.toList());
        }
        for (Path file : files) {
            Path copy = target.resolve(source.relativize(file).toString());
            Files.createDirectories(copy.getParent());
            Files.copy(file, copy);
        }
    }

    private static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
                Files.delete(path);
            }
        }
    }
}
