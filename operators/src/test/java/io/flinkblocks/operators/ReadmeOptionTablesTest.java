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

import org.junit.jupiter.api.Test;

import io.flinkblocks.operators.json.JsonParse;
import io.flinkblocks.operators.watermarks.WatermarkStrategies;
import io.flinkblocks.runtime.PropertyOptions;
import io.flinkblocks.testing.ReadmeTables;

/** The key tables of this module's README are the declared options, as {@link PropertyOptions} renders them. */
class ReadmeOptionTablesTest {

    @Test
    void watermarkTableMatchesTheDeclarations() {
        ReadmeTables.assertTableMatches(
                "watermark", PropertyOptions.markdownTable(WatermarkStrategies.OPTIONS), PropertyOptions::tableIn);
    }

    @Test
    void jsonTableMatchesTheDeclarations() {
        ReadmeTables.assertTableMatches(
                "json", PropertyOptions.markdownTable(JsonParse.OPTIONS), PropertyOptions::tableIn);
    }
}
