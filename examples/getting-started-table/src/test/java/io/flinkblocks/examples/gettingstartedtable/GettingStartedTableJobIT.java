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
package io.flinkblocks.examples.gettingstartedtable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.flinkblocks.runtime.ApplicationProperties;
import io.flinkblocks.runtime.InvalidPropertiesException;
import io.flinkblocks.runtime.JobLauncher;
import io.flinkblocks.testing.OperatorUidCheck;
import io.flinkblocks.testing.flink.MiniClusters;

class GettingStartedTableJobIT {

    @RegisterExtension
    static final MiniClusterExtension CLUSTER = MiniClusters.slots(2);

    private static final String[] TICKERS = {"AAPL", "AMZN", "MSFT", "INTC", "TBV"};
    private static final int COUNT = 80;

    @TempDir
    Path out;

    private ApplicationProperties properties(String path) {
        return ApplicationProperties.of(Map.of(
                "FlinkEnvironment",
                        Map.of("checkpoint.interval", "500ms", "parallelism", "1", "restart.strategy", "none"),
                "InputTable",
                        Map.of(
                                "connector",
                                "datagen",
                                "record.count",
                                String.valueOf(COUNT),
                                "records.per.second",
                                "1000"),
                "OutputTable", Map.of("path", path)));
    }

    @Test
    void writesTheTicksAboveFiftyAsJsonPartitionedByTickerDateAndHour() throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        JobLauncher.define(env, properties(out.toUri().toString()), GettingStartedTableJob::build);
        OperatorUidCheck.assertEveryOperatorHasUid(env);

        env.execute("getting-started-table-test");

        List<String> expected = new ArrayList<>();
        for (long id = 1; id <= COUNT; id++) {
            double price = (id * 7919 % 10000) / 100.0;
            if (price > 50) {
                expected.add(TICKERS[(int) (id % 5)] + " " + price);
            }
        }
        assertThat(expected).isNotEmpty().hasSizeLessThan(COUNT);
        assertThat(committedRows()).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void pathWithoutSchemeIsRejectedBeforeTheJobStarts() {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();

        assertThatThrownBy(() -> JobLauncher.define(env, properties("ka-app-code-user"), GettingStartedTableJob::build))
                .isInstanceOf(InvalidPropertiesException.class)
                .hasMessageContaining("group 'OutputTable', key 'path': must name a filesystem scheme");
    }

    /** "ticker price" of every committed row, the ticker read from the partition folder. */
    private List<String> committedRows() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> rows = new ArrayList<>();
        for (Path file : CommittedFiles.under(out)) {
            Path partition = out.relativize(file.getParent());
            assertThat(partition.toString()).matches("ticker=[A-Z]+/dt=\\d{4}-\\d{2}-\\d{2}/hr=\\d{2}");
            String ticker = partition.getName(0).toString().substring("ticker=".length());
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                JsonNode row = json.readTree(line);
                assertThat(row.has("event_time")).isTrue();
                rows.add(ticker + " " + row.get("price").asDouble());
            }
        }
        return rows;
    }
}
