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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RepositoryClasspathTest {

    private static final String ROOT = "LOCAL_REPOSITORY/org/a/root/1.0/root-1.0.jar";
    private static final String DEPENDENCY = "LOCAL_REPOSITORY/org/a/dependency/2.0/dependency-2.0.jar";
    /** A version the build mediated: resolving the root alone brings another one. */
    private static final String MEDIATED = "LOCAL_REPOSITORY/commons-io/commons-io/2.14.0/commons-io-2.14.0.jar";

    private static final String TEMPLATE = String.join(File.pathSeparator, ROOT, DEPENDENCY, MEDIATED);

    private static final RepositoryClasspath CLASSPATH = new RepositoryClasspath(
            "the test process", "/no/such/resource", "flinkblocks.test.classpath", List.of("org.a:root"));

    @TempDir
    Path folder;

    private static void jar(Path repository, String entry) {
        try {
            Path jar = repository.resolve(entry.substring("LOCAL_REPOSITORY/".length()));
            Files.createDirectories(jar.getParent());
            Files.write(jar, new byte[0]);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void coordinatesFollowTheRepositoryLayoutWithClassifiers() {
        assertThat(RepositoryClasspath.Artifact.parse(
                                "LOCAL_REPOSITORY/io/netty/netty-transport-native-epoll/4.1.105.Final/netty-transport-native-epoll-4.1.105.Final-linux-x86_64.jar")
                        .map(RepositoryClasspath.Artifact::coordinate))
                .hasValue("io.netty:netty-transport-native-epoll:4.1.105.Final:jar:linux-x86_64");
        assertThat(RepositoryClasspath.Artifact.parse(MEDIATED).map(RepositoryClasspath.Artifact::coordinate))
                .hasValue("commons-io:commons-io:2.14.0");
        assertThat(RepositoryClasspath.Artifact.parse("/opt/flink/lib/flink-dist.jar"))
                .isEmpty();
        assertThat(CLASSPATH.rootCoordinates(TEMPLATE)).containsExactly("org.a:root:1.0");
    }

    @Test
    void theJarsTheFirstRepositoryLacksAreResolvedInOneGoAtTheirOwnVersions() {
        Path repository = folder.resolve("repository");
        jar(repository, ROOT);
        List<List<String>> asked = new ArrayList<>();

        String classpath = CLASSPATH.choose(
                Optional.of(TEMPLATE), List.of(repository, folder.resolve("other")), (coordinates, target) -> {
                    asked.add(coordinates);
                    jar(target, DEPENDENCY);
                    jar(target, MEDIATED);
                    return true;
                });

        assertThat(asked).containsExactly(List.of("org.a:dependency:2.0", "commons-io:commons-io:2.14.0"));
        assertThat(classpath).isEqualTo(TEMPLATE.replace("LOCAL_REPOSITORY", repository.toString()));
    }

    @Test
    void aRepositoryHoldingEveryJarIsUsedWithoutResolvingAnything() {
        Path complete = folder.resolve("complete");
        for (String entry : List.of(ROOT, DEPENDENCY, MEDIATED)) {
            jar(complete, entry);
        }

        String classpath = CLASSPATH.choose(
                Optional.of(TEMPLATE), List.of(folder.resolve("empty"), complete), (coordinates, target) -> {
                    throw new AssertionError("nothing to resolve");
                });

        assertThat(classpath).isEqualTo(TEMPLATE.replace("LOCAL_REPOSITORY", complete.toString()));
    }

    @Test
    void unresolvableJarsGiveTheCommandThatResolvesThem() throws IOException {
        Path repository = folder.resolve("repository");

        assertThatThrownBy(() ->
                        CLASSPATH.choose(Optional.of(TEMPLATE), List.of(repository), (coordinates, target) -> false))
                .hasMessageContaining("not in the local Maven repository (looked in [" + repository + "]")
                .hasMessageContaining("Resolve them once with: mvn dependency:resolve -f ")
                .hasMessageContaining("-Dmaven.repo.local=" + repository);
    }

    @Test
    void theResolutionPomListsExactlyTheJarsWithoutTheirDependencies() throws IOException {
        String pom = new String(
                Files.readAllBytes(ResolutionPom.write(List.of(
                        "org.a:dependency:2.0",
                        "io.netty:netty-transport-native-epoll:4.1.105.Final:jar:linux-x86_64"))),
                java.nio.charset.StandardCharsets.UTF_8);

        assertThat(pom)
                .contains("<groupId>org.a</groupId><artifactId>dependency</artifactId><version>2.0</version>")
                .contains("<artifactId>netty-transport-native-epoll</artifactId><version>4.1.105.Final</version>"
                        + "<type>jar</type><classifier>linux-x86_64</classifier>")
                .contains("<exclusion><groupId>*</groupId><artifactId>*</artifactId></exclusion>");
    }

    @Test
    void theOverridePropertyWins() {
        System.setProperty("flinkblocks.test.classpath", "/given/a.jar");
        try {
            assertThat(CLASSPATH.resolve()).isEqualTo("/given/a.jar");
        } finally {
            System.clearProperty("flinkblocks.test.classpath");
        }
    }

    @Test
    void aMissingResourceNamesTheOverride() {
        assertThatThrownBy(CLASSPATH::resolve)
                .hasMessageContaining("Missing resource /no/such/resource")
                .hasMessageContaining("-Dflinkblocks.test.classpath=<class path of org.a:root>");
    }
}
