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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BrokerClasspathTest {

    private static final String KAFKA = "LOCAL_REPOSITORY/org/apache/kafka/kafka_2.13/3.9.2/kafka_2.13-3.9.2.jar";
    private static final String RELOAD4J = "LOCAL_REPOSITORY/org/slf4j/slf4j-reload4j/1.7.36/slf4j-reload4j-1.7.36.jar";
    private static final String OTHER = "LOCAL_REPOSITORY/org/b/b/2/b-2.jar";
    private static final String TEMPLATE = String.join(File.pathSeparator, KAFKA, OTHER, RELOAD4J);

    @TempDir
    Path folder;

    private static void jar(Path repository, String entry) throws IOException {
        Path jar = repository.resolve(entry.substring("LOCAL_REPOSITORY/".length()));
        Files.createDirectories(jar.getParent());
        Files.write(jar, new byte[0]);
    }

    private static final BrokerClasspath.Resolver NEVER = (pom, repository) -> {
        throw new AssertionError("nothing to resolve");
    };

    @Test
    void classPathIsResolvedInTheFirstRepositoryHoldingEveryJar() throws IOException {
        Path partial = folder.resolve("partial");
        jar(partial, KAFKA);
        Path complete = folder.resolve("complete");
        for (String entry : List.of(KAFKA, OTHER, RELOAD4J)) {
            jar(complete, entry);
        }

        String classpath = BrokerClasspath.choose(Optional.of(TEMPLATE), List.of(partial, complete), NEVER);

        assertThat(classpath).isEqualTo(TEMPLATE.replace("LOCAL_REPOSITORY", complete.toString()));
    }

    @Test
    void theShippedClassPathNamesNoPathOfTheBuildMachine() throws IOException {
        try (InputStream input = BrokerClasspath.class.getResourceAsStream(BrokerClasspath.REPOSITORY_RESOURCE)) {
            String shipped = new String(input.readAllBytes(), StandardCharsets.UTF_8).trim();
            for (String entry : shipped.split(File.pathSeparator)) {
                assertThat(entry).startsWith("LOCAL_REPOSITORY/");
            }
            assertThat(BrokerClasspath.coordinates(shipped))
                    .anySatisfy(coordinate -> assertThat(coordinate).startsWith("org.apache.kafka:kafka_2.13:"))
                    .anySatisfy(coordinate -> assertThat(coordinate).startsWith("org.slf4j:slf4j-reload4j:"));
        }
    }

    @Test
    void everyJarOfTheClassPathIsNamedByItsCoordinates() {
        assertThat(BrokerClasspath.coordinates(TEMPLATE + File.pathSeparator
                        + "LOCAL_REPOSITORY/io/netty/netty-transport-native-epoll/4.1.115.Final/netty-transport-native-epoll-4.1.115.Final-linux-x86_64.jar"))
                .containsExactly("org.apache.kafka:kafka_2.13:3.9.2", "org.b:b:2", "org.slf4j:slf4j-reload4j:1.7.36",
                        "io.netty:netty-transport-native-epoll:4.1.115.Final:linux-x86_64");
    }

    @Test
    void missingJarsAreResolvedIntoTheFirstRepositoryFromAPomListingExactlyThem() throws IOException {
        Path first = folder.resolve("first");
        List<String> asked = new ArrayList<>();

        String classpath = BrokerClasspath.choose(Optional.of(TEMPLATE), List.of(first, folder.resolve("second")),
                (pom, repository) -> {
                    try {
                        asked.add(new String(Files.readAllBytes(pom), StandardCharsets.UTF_8));
                    } catch (IOException e) {
                        throw new AssertionError(e);
                    }
                    for (String entry : List.of(KAFKA, OTHER, RELOAD4J)) {
                        try {
                            jar(repository, entry);
                        } catch (IOException e) {
                            throw new AssertionError(e);
                        }
                    }
                    return true;
                });

        assertThat(asked).singleElement().satisfies(pom -> assertThat(pom)
                .contains("<groupId>org.apache.kafka</groupId><artifactId>kafka_2.13</artifactId><version>3.9.2</version>")
                .contains("<groupId>org.b</groupId><artifactId>b</artifactId><version>2</version>")
                .contains("<groupId>org.slf4j</groupId><artifactId>slf4j-reload4j</artifactId><version>1.7.36</version>"));
        assertThat(classpath).isEqualTo(TEMPLATE.replace("LOCAL_REPOSITORY", first.toString()));
    }

    @Test
    void unresolvableJarsGiveTheCommandThatResolvesThem() {
        assertThatThrownBy(() -> BrokerClasspath.choose(Optional.of(TEMPLATE), List.of(folder), (c, r) -> false))
                .hasMessageContaining("not in the local Maven repository (looked in [" + folder + "]")
                .hasMessageContaining("Resolve them once with: mvn dependency:resolve -f ")
                .hasMessageContaining("-Dmaven.repo.local=" + folder);
    }
}
