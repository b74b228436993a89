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
package io.flinkblocks.testing.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class DevRunsTest {

    @Test
    void theGeneratorStopsAfterTheCountGiven() {
        assertThat(DevRuns.generatorStoppingAfter(300))
                .containsExactly(Map.entry("records.per.second", "2000"), Map.entry("record.count", "300"));
    }

    @Test
    void keepsThePrintedLinesSelectedInOrder() throws Exception {
        assertThat(DevRuns.printedLines(
                        () -> {
                            System.out.println("ticker,min> AMZN,1.5");
                            System.out.println("something else");
                            System.out.print("ticker,min> TBV,2.0\n");
                        },
                        line -> line.startsWith("ticker,min> ")))
                .containsExactly("ticker,min> AMZN,1.5", "ticker,min> TBV,2.0");
    }
}
