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

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExampleJobTest {

    @TempDir
    Path root;

    @Test
    void aFileInAModuleIsNamedAfterTheModuleAndRunFromTheRepositoryRoot() throws IOException {
        touch(root.resolve("mvnw"));
        touch(root.resolve("pom.xml"));
        touch(root.resolve("examples/pom.xml"));
        touch(root.resolve("examples/my-job/pom.xml"));
        Path properties = touch(root.resolve("examples/my-job/local/flink-application-properties-local.json"));

        ExampleJob job = ExampleJob.of(properties);

        assertThat(job.name()).isEqualTo("my-job");
        assertThat(job.command(Path.of("/tmp/out/my-job.json")))
                .contains("./mvnw -q -f examples/my-job exec:java -Dexec.args=\"--properties /tmp/out/my-job.json\"");
        assertThat(job.command(Path.of("/tmp/my out/my-job.json")).orElseThrow())
                .endsWith("-Dexec.args=\"--properties '/tmp/my out/my-job.json'\"");
    }

    @Test
    void aFileOutsideAnyModuleIsNamedAfterItsFolderAndHasNoCommand() throws IOException {
        Path inLocal = touch(root.resolve("loose/local/flink-application-properties-local.json"));
        Path plain = touch(root.resolve("other/flink-application-properties-local.json"));

        assertThat(ExampleJob.of(inLocal).name()).isEqualTo("loose");
        assertThat(ExampleJob.of(plain).name()).isEqualTo("other");
        assertThat(ExampleJob.of(plain).command(Path.of("/tmp/out/other.json"))).isEmpty();
    }

    private static Path touch(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.write(file, new byte[0]);
    }
}
