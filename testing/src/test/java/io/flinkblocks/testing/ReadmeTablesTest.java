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

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BiFunction;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

class ReadmeTablesTest {

    private static final String TABLE = "| key |\n|---|\n| `a` |\n";
    /** A finder like the option tables': the text between {@code <NAME>} and {@code </NAME>}. */
    private static final BiFunction<String, String, String> BETWEEN_TAGS = (readme, name) -> {
        int from = readme.indexOf("<" + name + ">\n");
        int to = readme.indexOf("</" + name + ">");
        return from < 0 || to < from ? null : readme.substring(from + name.length() + 3, to);
    };

    @TempDir
    Path folder;

    @Test
    void passesWhenTheReadmeHoldsTheTableAndWritesItToPaste() throws Exception {
        writeReadme("# M\n<t>\n" + TABLE + "</t>\n");

        checkReadme();

        assertThat(folder.resolve("target/options-t.md")).hasContent(TABLE);
    }

    @Test
    void failsWithBothTablesWhenTheReadmeHoldsAnother() throws Exception {
        writeReadme("<t>\n| old |\n</t>\n");

        assertThatThrownBy(this::checkReadme)
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("<!-- options: t -->")
                .hasMessageContaining("options-t.md")
                .satisfies(
                        e -> assertThat(((AssertionFailedError) e).getActual().getValue())
                                .isEqualTo("| old |\n"));
        assertThat(folder.resolve("target/options-t.md")).hasContent(TABLE);
    }

    @Test
    void failsWhenTheReadmeHasNoSuchTable() throws Exception {
        writeReadme("# M\n");

        assertThatThrownBy(this::checkReadme).isInstanceOf(AssertionFailedError.class);
    }

    private void writeReadme(String text) throws IOException {
        Files.write(folder.resolve("README.md"), text.getBytes(StandardCharsets.UTF_8));
    }

    /** Table {@code t} of the folder's README against {@link #TABLE}, the table to paste written under {@code target}. */
    private void checkReadme() {
        ReadmeTables.assertTableMatches(
                folder.resolve("README.md"), folder.resolve("target"), "t", TABLE, BETWEEN_TAGS);
    }
}
