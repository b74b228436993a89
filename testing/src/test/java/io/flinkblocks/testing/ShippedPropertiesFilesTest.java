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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShippedPropertiesFilesTest {

    @Test
    void theDevResourceAndBothLocalFilesAreShippedButNotTheTemplates(@TempDir Path module) throws Exception {
        Path dev = write(module.resolve(ShippedPropertiesFiles.DEV_RESOURCE));
        Path local = write(module.resolve(ShippedPropertiesFiles.LOCAL_FILE));
        Path localFolder = write(module.resolve("local").resolve(ShippedPropertiesFiles.LOCAL_FILE));
        write(module.resolve("deploy").resolve("flink-application-properties-msf.json"));

        assertThat(ShippedPropertiesFiles.of(module)).containsExactly(dev, local, localFolder);
    }

    @Test
    void eachFileIsOneTestNamedAfterIt(@TempDir Path module) throws Throwable {
        Path dev = write(module.resolve(ShippedPropertiesFiles.DEV_RESOURCE));
        Path local = write(module.resolve(ShippedPropertiesFiles.LOCAL_FILE));
        List<Path> checked = new ArrayList<>();

        List<DynamicTest> tests =
                ShippedPropertiesFiles.eachAsTest(module, checked::add).collect(Collectors.toList());
        for (DynamicTest test : tests) {
            test.getExecutable().execute();
        }

        assertThat(tests).extracting(DynamicTest::getDisplayName).containsExactly(dev.toString(), local.toString());
        assertThat(checked).containsExactly(dev, local);
    }

    @Test
    void aModuleWithoutPropertiesFilesIsAnErrorNotAnEmptyPass(@TempDir Path module) {
        assertThatThrownBy(() -> ShippedPropertiesFiles.eachAsTest(module, file -> {}))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("No properties file in");
    }

    private static Path write(Path file) throws Exception {
        Files.createDirectories(file.getParent());
        return Files.write(file, "[]".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
