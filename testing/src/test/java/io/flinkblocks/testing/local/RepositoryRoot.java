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

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The repository this module is built in: tests run in the module's folder, the root is above it. */
final class RepositoryRoot {

    private RepositoryRoot() {}

    static Path find() {
        for (Path folder = Paths.get("").toAbsolutePath(); folder != null; folder = folder.getParent()) {
            if (Files.isRegularFile(folder.resolve("mvnw")) && Files.isDirectory(folder.resolve("examples"))) {
                return folder;
            }
        }
        throw new IllegalStateException("No repository root (a folder with mvnw and examples/) above "
                + Paths.get("").toAbsolutePath());
    }

    /** The names of the example jobs: the folders under examples/ that are Maven modules. */
    static List<String> exampleJobs() {
        try (Stream<Path> folders = Files.list(find().resolve("examples"))) {
            return folders.filter(f -> Files.isRegularFile(f.resolve("pom.xml")))
                    .map(f -> f.getFileName().toString())
                    .sorted()
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
