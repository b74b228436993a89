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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class LocalServicesArgumentsTest {

    @Test
    void theOutputFolderComesFirstThenTheFilesAndFolders() {
        LocalServicesArguments arguments = LocalServicesArguments.parse("target/local", "examples", "my.json");

        assertThat(arguments.outputFolder()).isEqualTo(Path.of("target/local"));
        assertThat(arguments.inputs()).containsExactly(Path.of("examples"), Path.of("my.json"));
    }

    @Test
    void anOutputFolderAloneStartsEveryServiceWithNoFile() {
        assertThat(LocalServicesArguments.parse("out").inputs()).isEmpty();
    }

    @Test
    void noArgumentOrAnOptionGivesTheUsage() {
        assertThatThrownBy(LocalServicesArguments::parse)
                .hasMessageStartingWith("Usage: LocalServices <output folder>");
        assertThatThrownBy(() -> LocalServicesArguments.parse("out", "--verbose"))
                .hasMessageContaining("Unknown option --verbose")
                .hasMessageContaining("Usage:");
        assertThat(LocalServicesArguments.asksForHelp("--help")).isTrue();
        assertThat(LocalServicesArguments.asksForHelp("out")).isFalse();
    }
}
