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
package io.flinkblocks.connectors.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TruststoreInstallerTest {

    @TempDir
    Path folder;

    @Test
    void concurrentInstallsShareOneCompleteFile() throws Exception {
        byte[] content = Truststores.emptyJks("pw");
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Path>> installs = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                installs.add(pool.submit(() -> {
                    start.await();
                    return TruststoreInstaller.install("certs/trust.jks", content, folder);
                }));
            }
            start.countDown();
            Set<Path> paths = new HashSet<>();
            for (Future<Path> install : installs) {
                paths.add(install.get());
            }

            assertThat(paths).hasSize(1);
            assertThat(Files.readAllBytes(paths.iterator().next())).isEqualTo(content);
            try (var files = Files.list(folder)) {
                assertThat(files).as("no temporary files left behind").hasSize(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void differentContentOfTheSameNameGetsItsOwnFile() {
        Path first = TruststoreInstaller.install("trust.jks", "one".getBytes(StandardCharsets.UTF_8), folder);
        Path second = TruststoreInstaller.install("trust.jks", "two".getBytes(StandardCharsets.UTF_8), folder);

        assertThat(first).isNotEqualTo(second);
        assertThat(first.getFileName().toString()).endsWith("-trust.jks");
    }

    @Test
    void installsFromTheContextClassPath() throws Exception {
        Path root = folder.resolve("classes");
        byte[] content = Truststores.emptyJks("pw");
        Truststores.write(root, "certs/ctx.jks", content);

        Path installed =
                Truststores.withContextClasspath(root, () -> TruststoreInstaller.install("classpath:/certs/ctx.jks"));

        assertThat(Files.readAllBytes(installed)).isEqualTo(content);
    }

    @Test
    void missingResourceIsAClearError() {
        assertThatThrownBy(() -> TruststoreInstaller.install("classpath:absent/trust.jks"))
                .hasMessageContaining("classpath:absent/trust.jks is not on the class path");
    }
}
