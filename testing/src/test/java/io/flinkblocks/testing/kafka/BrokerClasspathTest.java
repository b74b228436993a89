package io.flinkblocks.testing.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BrokerClasspathTest {

    @TempDir
    Path folder;

    private Path jar(Path repository, String relative) throws IOException {
        Path jar = repository.resolve(relative);
        Files.createDirectories(jar.getParent());
        return Files.write(jar, new byte[0]);
    }

    @Test
    void absoluteClassPathWinsWhenItsFilesExist() throws IOException {
        Path a = jar(folder.resolve("build-repo"), "org/a/1/a-1.jar");

        assertThat(BrokerClasspath.choose(Optional.of(a.toString()), Optional.of("LOCAL_REPOSITORY/x.jar"), List.of()))
                .isEqualTo(a.toString());
    }

    @Test
    void relativeClassPathIsResolvedInTheFirstRepositoryHoldingEveryJar() throws IOException {
        Path partial = folder.resolve("partial");
        jar(partial, "org/a/1/a-1.jar");
        Path complete = folder.resolve("complete");
        jar(complete, "org/a/1/a-1.jar");
        jar(complete, "org/b/2/b-2.jar");
        String relative = "LOCAL_REPOSITORY/org/a/1/a-1.jar" + File.pathSeparator + "LOCAL_REPOSITORY/org/b/2/b-2.jar";

        String classpath = BrokerClasspath.choose(Optional.of("/moved/away/a-1.jar"), Optional.of(relative), List.of(partial, complete));

        assertThat(classpath).isEqualTo(complete.resolve("org/a/1/a-1.jar") + File.pathSeparator + complete.resolve("org/b/2/b-2.jar"));
    }

    @Test
    void missingJarsGiveTheCommandThatResolvesThem() {
        assertThatThrownBy(() -> BrokerClasspath.choose(Optional.empty(), Optional.of("LOCAL_REPOSITORY/org/a/1/a-1.jar"), List.of(folder)))
                .hasMessageContaining("not in the local Maven repository (looked in " + folder)
                .hasMessageContaining("mvn dependency:get -Dartifact=org.apache.kafka:kafka_2.13:3.9.1");
    }
}
