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

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.flinkblocks.testing.secrets.PlantedSecrets;

class PropertiesFilesTest {

    private static final String FILE = PropertiesFiles.LOCAL_FILE_NAME;

    @TempDir
    Path folder;

    @Test
    void aFolderIsScannedForLocalFilesOutsideBuildOutputAndHiddenFolders() throws IOException {
        Path first = write(folder.resolve("examples/a/local/" + FILE), "[]");
        Path second = write(folder.resolve("examples/b/" + FILE), "[]");
        write(folder.resolve("examples/a/target/classes/" + FILE), "[]");
        write(folder.resolve("examples/a/.cache/" + FILE), "[]");
        write(folder.resolve("examples/a/local/other.json"), "[]");
        Path named = write(folder.resolve("elsewhere/my-properties.json"), "[]");

        assertThat(PropertiesFiles.find(List.of(folder.resolve("examples"), named, first)))
                .containsExactly(first, second, named);
    }

    @Test
    void aMissingPathIsAnError() {
        assertThatThrownBy(() -> PropertiesFiles.find(List.of(folder.resolve("nope"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("No such file or folder")
                .hasMessageContaining("nope");
    }

    @Test
    void groupsAndKeysKeepTheirOrderThroughAReadAndAWrite() {
        Map<String, Map<String, String>> groups = new LinkedHashMap<>();
        Map<String, String> second = new LinkedHashMap<>();
        second.put("z", "1");
        second.put("a", "2");
        groups.put("Zeta", Map.of("k", "v"));
        groups.put("Alpha", second);
        Path file = folder.resolve("out/written.json");

        PropertiesFiles.write(file, groups);

        Map<String, Map<String, String>> read = PropertiesFiles.read(file);
        assertThat(read).isEqualTo(groups);
        assertThat(read.keySet()).containsExactly("Zeta", "Alpha");
        assertThat(read.get("Alpha").keySet()).containsExactly("z", "a");
    }

    @Test
    void malformedJsonIsReportedByFileAndLineWithoutItsContent() throws IOException {
        Path file = write(
                folder.resolve(FILE),
                "[\n{\"PropertyGroupId\": \"G\", \"PropertyMap\": {\"sasl.password\": \"" + PlantedSecrets.SASL_PASSWORD
                        + "\" \"x\": 1}}\n]");

        assertThatThrownBy(() -> PropertiesFiles.read(file))
                .hasMessageContaining(file.toString())
                .hasMessageContaining("line 2")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(PlantedSecrets.SASL_PASSWORD));
    }

    @Test
    void aValueThatIsNotAStringIsNamedByGroupAndKey() throws IOException {
        Path file = write(
                folder.resolve(FILE), "[{\"PropertyGroupId\": \"G\", \"PropertyMap\": {\"k\": {\"nested\": 1}}}]");

        assertThatThrownBy(() -> PropertiesFiles.read(file)).hasMessageContaining("group 'G', key 'k'");
    }

    @Test
    void aFileThatIsNotAnArrayOfGroupsIsRefused() throws IOException {
        Path notArray = write(folder.resolve("object.json"), "{}");
        Path duplicate = write(
                folder.resolve("duplicate.json"),
                "[{\"PropertyGroupId\": \"G\", \"PropertyMap\": {}}, {\"PropertyGroupId\": \"G\", \"PropertyMap\": {}}]");

        assertThatThrownBy(() -> PropertiesFiles.read(notArray)).hasMessageContaining("expected a JSON array");
        assertThatThrownBy(() -> PropertiesFiles.read(duplicate)).hasMessageContaining("group 'G' appears twice");
    }

    private static Path write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.write(file, content.getBytes(StandardCharsets.UTF_8));
    }
}
