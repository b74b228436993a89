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
package io.flinkblocks.operators;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.junit.jupiter.api.Test;

import io.flinkblocks.operators.json.JsonParse;
import io.flinkblocks.operators.watermarks.WatermarkStrategies;
import io.flinkblocks.runtime.PropertyOptions;

/** The key tables of this module's README are the declared options, as {@link PropertyOptions} renders them. */
class ReadmeOptionTablesTest {

    private static String readme() throws Exception {
        return new String(Files.readAllBytes(Paths.get("README.md")), StandardCharsets.UTF_8);
    }

    /** Writes the table to paste into the README, for whoever changes the declarations. */
    private static void write(String name, String table) throws Exception {
        Path out = Paths.get("target", "options-" + name + ".md");
        Files.createDirectories(out.getParent());
        Files.write(out, table.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void watermarkTableMatchesTheDeclarations() throws Exception {
        String expected = PropertyOptions.markdownTable(WatermarkStrategies.OPTIONS);
        write("watermark", expected);
        assertThat(PropertyOptions.tableIn(readme(), "watermark"))
                .as("README.md between <!-- options: watermark --> markers; target/options-watermark.md holds the table to paste")
                .isEqualTo(expected);
    }

    @Test
    void jsonTableMatchesTheDeclarations() throws Exception {
        String expected = PropertyOptions.markdownTable(JsonParse.OPTIONS);
        write("json", expected);
        assertThat(PropertyOptions.tableIn(readme(), "json"))
                .as("README.md between <!-- options: json --> markers; target/options-json.md holds the table to paste")
                .isEqualTo(expected);
    }
}
