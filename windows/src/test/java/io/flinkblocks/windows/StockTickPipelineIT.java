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
package io.flinkblocks.windows;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.api.common.typeinfo.PrimitiveArrayTypeInfo;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.minicluster.MiniCluster;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.InjectMiniCluster;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.flinkblocks.operators.deadletter.DeadLetter;
import io.flinkblocks.operators.identity.OperatorIdentity;
import io.flinkblocks.operators.json.JsonParse;
import io.flinkblocks.operators.json.ParsedStream;
import io.flinkblocks.operators.model.StockTick;
import io.flinkblocks.operators.watermarks.WatermarkStrategies;
import io.flinkblocks.runtime.PropertyGroup;
import io.flinkblocks.testing.OperatorUidCheck;
import io.flinkblocks.testing.flink.StateBackendUnderTest;
import io.flinkblocks.windows.format.WindowResultCsv;
import io.flinkblocks.windows.testutil.CollectingSink;
import io.flinkblocks.windows.testutil.StateBackends;

/**
 * The guide's tumbling-window job from blocks: JSON ticks with bad records among them, event time
 * from {@code event_time}, per-ticker count and minimum price in 10 s windows (one of them two-phase),
 * CSV lines out; parallelism 2 and object reuse on. On the heap and on RocksDB, with the same expectations.
 */
class StockTickPipelineIT {

    private static final String[] TICKERS = {"AAPL", "AMZN", "MSFT", "INTC", "TBV"};

    @RegisterExtension
    static final MiniClusterExtension CLUSTER = StateBackends.twoSlotCluster();

    @ParameterizedTest
    @EnumSource(StateBackendUnderTest.class)
    void countsAndMinimaPerTickerWithDeadLettersAside(
            StateBackendUnderTest backend, @InjectMiniCluster MiniCluster cluster) throws Exception {
        List<byte[]> payloads = new ArrayList<>();
        Map<String, Long> expectedCounts = new TreeMap<>();
        Map<String, Double> expectedMin = new TreeMap<>();
        for (int i = 0; i < 600; i++) {
            String ticker = TICKERS[i % TICKERS.length];
            int second = (i * 7) % 60; // out of order within the minute
            double price = 10 + (i * 37) % 90 + 0.25;
            String json = "{\"event_time\": \"2026-11-24T10:15:" + (second < 10 ? "0" : "") + second
                    + ".123\", \"ticker\": \"" + ticker + "\", \"price\": " + price + "}";
            payloads.add(json.getBytes(StandardCharsets.UTF_8));
            String window = ticker + "," + (second / 10);
            expectedCounts.merge(window, 1L, Long::sum);
            expectedMin.merge(window, price, Math::min);
            if (i % 50 == 0) {
                payloads.add("{\"ticker\": \"AMZN\"".getBytes(StandardCharsets.UTF_8));
            }
        }

        StreamExecutionEnvironment env = backend.applyTo(StreamExecutionEnvironment.getExecutionEnvironment());
        env.setParallelism(2);
        env.getConfig().enableObjectReuse();
        Map<String, String> props = new HashMap<>();
        props.put("watermark.timestamp.field", "event_time");
        props.put("watermark.max-out-of-orderness", "60s");
        PropertyGroup input = PropertyGroup.of("InputStream0", props);

        DataStream<byte[]> raw = OperatorIdentity.apply(
                env.fromData(payloads, PrimitiveArrayTypeInfo.BYTE_PRIMITIVE_ARRAY_TYPE_INFO), "Payloads");
        ParsedStream<StockTick> parsed = JsonParse.of(StockTick.class)
                .named("Parse stock ticks")
                .withProperties(input)
                .validator(StockTick.validator())
                .fromBytes(raw.rebalance());
        DataStream<StockTick> ticks = OperatorIdentity.apply(
                parsed.records()
                        .assignTimestampsAndWatermarks(WatermarkStrategies.fromProperties(input, StockTick.class)),
                "Event time");

        WindowResultCsv<String, Long> countCsv = WindowResultCsv.withWindow();
        WindowResultCsv<String, Double> minCsv = WindowResultCsv.withWindow();
        DataStream<String> counts = OperatorIdentity.apply(
                WindowBlock.of(ticks, StockTick::getTicker, Types.STRING)
                        .named("Count per ticker")
                        .tumbling(Duration.ofSeconds(10))
                        .count()
                        .results()
                        .map(countCsv::format, Types.STRING),
                "Count lines");
        DataStream<String> minima = OperatorIdentity.apply(
                WindowBlock.of(ticks, StockTick::getTicker, Types.STRING)
                        .named("Min price per ticker")
                        .tumbling(Duration.ofSeconds(10))
                        .twoPhase(true)
                        .min(StockTick::getPrice)
                        .results()
                        .map(minCsv::format, Types.STRING),
                "Min lines");
        OperatorIdentity.apply(counts.addSink(new CollectingSink<>("counts")), "Collect counts");
        OperatorIdentity.apply(minima.addSink(new CollectingSink<>("minima")), "Collect minima");
        OperatorIdentity.apply(parsed.deadLetters().addSink(new CollectingSink<>("dead")), "Collect dead letters");
        OperatorUidCheck.assertEveryOperatorHasUid(env);
        JobExecutionResult result = env.execute("stock ticks");
        assertThat(StateBackends.of(cluster, result.getJobID()))
                .as("the job's state backend")
                .isEqualTo(backend.stateBackendName());

        long windowStart = java.time.LocalDateTime.of(2026, 11, 24, 10, 15)
                .toInstant(java.time.ZoneOffset.UTC)
                .toEpochMilli();
        List<String> expectedCountLines = new ArrayList<>();
        expectedCounts.forEach((window, count) -> expectedCountLines.add(line(window, windowStart, count)));
        List<String> expectedMinLines = new ArrayList<>();
        expectedMin.forEach((window, min) -> expectedMinLines.add(line(window, windowStart, min)));
        assertThat(sorted(CollectingSink.values("counts"))).isEqualTo(sorted(expectedCountLines));
        assertThat(sorted(CollectingSink.values("minima"))).isEqualTo(sorted(expectedMinLines));
        List<DeadLetter> dead = CollectingSink.values("dead");
        assertThat(dead).hasSize(12).allSatisfy(d -> assertThat(d.getOperator()).isEqualTo("Parse stock ticks"));
    }

    private static String line(String window, long minuteStart, Object value) {
        String[] parts = window.split(",");
        long start = minuteStart + Long.parseLong(parts[1]) * 10_000;
        return parts[0] + "," + start + "," + (start + 10_000) + "," + value;
    }

    private static List<String> sorted(List<String> lines) {
        List<String> copy = new ArrayList<>(lines);
        Collections.sort(copy);
        return copy;
    }
}
