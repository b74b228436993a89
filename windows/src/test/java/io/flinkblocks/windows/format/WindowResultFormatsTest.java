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
package io.flinkblocks.windows.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import io.flinkblocks.windows.result.WindowResult;

class WindowResultFormatsTest {

    @Test
    void writesTheGuidesCsvLines() {
        WindowResultCsv<String, Long> csv = WindowResultCsv.keyAndValue();
        assertThat(new String(csv.serialize(new WindowResult<>("AMZN", 0, 10_000, 42L)), StandardCharsets.UTF_8))
                .isEqualTo("AMZN,42\n");
        WindowResultCsv<String, Double> min = WindowResultCsv.keyAndValue();
        assertThat(min.format(new WindowResult<>("MSFT", 0, 10_000, 42.17))).isEqualTo("MSFT,42.17");
    }

    @Test
    void writesWindowBoundsAndQuotesKeysThatNeedIt() {
        WindowResultCsv<String, Long> csv = WindowResultCsv.withWindow();
        assertThat(csv.format(new WindowResult<>("A,\"B\"", 1000, 2000, 3L))).isEqualTo("\"A,\"\"B\"\"\",1000,2000,3");
    }

    @Test
    void writesJsonLinesWithChosenFieldNames() {
        WindowResultJsonLines<String, Long> json = WindowResultJsonLines.withFieldNames("ticker", "count");
        assertThat(new String(json.serialize(new WindowResult<>("AMZN", 0, 10_000, 42L)), StandardCharsets.UTF_8))
                .isEqualTo("{\"ticker\":\"AMZN\",\"window_start\":0,\"window_end\":10000,\"count\":42}\n");
        WindowResultJsonLines<String, Double> plain = WindowResultJsonLines.create();
        assertThat(plain.format(new WindowResult<>("AMZN", 0, 5, 1.5)))
                .isEqualTo("{\"key\":\"AMZN\",\"window_start\":0,\"window_end\":5,\"value\":1.5}");
    }
}
