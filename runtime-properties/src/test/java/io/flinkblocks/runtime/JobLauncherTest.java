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
package io.flinkblocks.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import io.flinkblocks.testing.LogCapture;

class JobLauncherTest {

    @RegisterExtension
    final LogCapture logs = new LogCapture();

    @Test
    void badPropertiesAreLoggedOnOneLineAndRethrown(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("app.json");
        Files.write(
                file,
                "[{\"PropertyGroupId\": \"In\", \"PropertyMap\": {\"rate\": \"fast\"}}]"
                        .getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> JobLauncher.run(
                        "demo",
                        new String[] {"--properties", file.toString()},
                        (env, props) -> props.group("In").getDouble("rate")))
                .isInstanceOf(InvalidPropertiesException.class);

        assertThat(logs.lines())
                .filteredOn(l -> l.startsWith("ERROR"))
                .singleElement()
                .asString()
                .contains("demo cannot start: Invalid application properties in file " + file
                        + ", group 'In', key 'rate'")
                .doesNotContain("\tat ");
    }
}
