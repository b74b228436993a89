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
package io.flinkblocks.testing.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The job a properties file belongs to: the Maven module that holds it (the nearest folder with a
 * {@code pom.xml}), named after its folder, and the repository root above it (the nearest folder with
 * the Maven wrapper), so that the command to run it can be printed as one would type it at the root.
 */
final class ExampleJob {

    private final String name;
    private final Path module;
    private final Path repositoryRoot;

    private ExampleJob(String name, Path module, Path repositoryRoot) {
        this.name = name;
        this.module = module;
        this.repositoryRoot = repositoryRoot;
    }

    static ExampleJob of(Path propertiesFile) {
        Path folder = propertiesFile.toAbsolutePath().normalize().getParent();
        Path module = nearestWith(folder, "pom.xml");
        Path root = module == null ? null : nearestWith(module, "mvnw");
        String name = module != null ? module.getFileName().toString() : nameWithoutModule(folder);
        return new ExampleJob(name, module, root);
    }

    /** Outside a module: the folder's name, or its parent's when the folder is an example's {@code local}. */
    private static String nameWithoutModule(Path folder) {
        if (folder.getFileName().toString().equals("local") && folder.getParent() != null) {
            return folder.getParent().getFileName().toString();
        }
        return folder.getFileName().toString();
    }

    private static Path nearestWith(Path start, String fileName) {
        for (Path folder = start; folder != null; folder = folder.getParent()) {
            if (Files.isRegularFile(folder.resolve(fileName))) {
                return folder;
            }
        }
        return null;
    }

    String name() {
        return name;
    }

    /**
     * {@code ./mvnw -q -f <module> exec:java -Dexec.args="--properties <file>"}, to type at the
     * repository root; empty when the file is in no module of a repository with the Maven wrapper.
     */
    Optional<String> command(Path properties) {
        if (module == null || repositoryRoot == null || module.equals(repositoryRoot)) {
            return Optional.empty();
        }
        String file = properties.toAbsolutePath().normalize().toString();
        String argument = file.contains(" ") ? "'" + file + "'" : file;
        return Optional.of("./mvnw -q -f " + repositoryRoot.relativize(module)
                + " exec:java -Dexec.args=\"--properties " + argument + "\"");
    }
}
