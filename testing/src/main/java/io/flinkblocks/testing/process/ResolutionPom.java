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
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A POM whose dependencies are exactly the given jars, each without its own dependencies:
 * {@code mvn dependency:resolve} on it fetches those jars and nothing else, at the versions this
 * module's build mediated (resolving a root alone could mediate a dependency to another version).
 */
final class ResolutionPom {

    private ResolutionPom() {}

    static Path write(List<String> coordinates) {
        StringBuilder pom = new StringBuilder()
                .append("<project xmlns=\"http://maven.apache.org/POM/4.0.0\">\n")
                .append("  <modelVersion>4.0.0</modelVersion>\n")
                .append("  <groupId>io.flinkblocks.local</groupId>\n")
                .append("  <artifactId>test-kit-classpath</artifactId>\n")
                .append("  <version>1</version>\n")
                .append("  <packaging>pom</packaging>\n")
                .append("  <dependencies>\n");
        for (String coordinate : coordinates) {
            // group:artifact:version[:type:classifier]
            String[] parts = coordinate.split(":");
            pom.append("    <dependency><groupId>")
                    .append(parts[0])
                    .append("</groupId><artifactId>")
                    .append(parts[1])
                    .append("</artifactId><version>")
                    .append(parts[2])
                    .append("</version>");
            if (parts.length > 4) {
                pom.append("<type>")
                        .append(parts[3])
                        .append("</type><classifier>")
                        .append(parts[4])
                        .append("</classifier>");
            }
            pom.append("<exclusions><exclusion><groupId>*</groupId><artifactId>*</artifactId></exclusion></exclusions>")
                    .append("</dependency>\n");
        }
        pom.append("  </dependencies>\n</project>\n");
        try {
            Path folder = Files.createTempDirectory("flink-blocks-classpath");
            return Files.write(folder.resolve("pom.xml"), pom.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the POM that resolves the test kit's jars", e);
        }
    }
}
