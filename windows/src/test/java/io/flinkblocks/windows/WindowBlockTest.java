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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.dag.Transformation;
import org.apache.flink.api.java.typeutils.PojoTypeInfo;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.graph.StreamGraph;
import org.apache.flink.streaming.api.graph.StreamNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.flinkblocks.operators.model.StockTick;
import io.flinkblocks.runtime.InvalidPropertiesException;
import io.flinkblocks.runtime.PropertyGroup;
import io.flinkblocks.testing.OperatorUidCheck;
import io.flinkblocks.windows.result.WindowResult;

class WindowBlockTest {

    private static DataStream<StockTick> ticks(StreamExecutionEnvironment env) {
        return env.fromData(new StockTick(LocalDateTime.of(2026, 11, 24, 10, 0), "AMZN", 1.0))
                .uid("ticks")
                .name("Ticks");
    }

    private static PropertyGroup group(String... keyValues) {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put(keyValues[i], keyValues[i + 1]);
        }
        return PropertyGroup.of("Window", map);
    }

    @Test
    void everyOperatorOfBothPathsHasAUidDerivedFromTheName() {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        DataStream<StockTick> ticks = ticks(env);
        WindowBlock.of(ticks, StockTick::getTicker, Types.STRING)
                .named("Count ticks")
                .tumbling(Duration.ofSeconds(10))
                .count()
                .results()
                .print()
                .uid("print-counts");
        WindowBlock.of(ticks, StockTick::getTicker, Types.STRING)
                .named("Min price")
                .sliding(Duration.ofSeconds(10), Duration.ofSeconds(5))
                .twoPhase(true)
                .min(StockTick::getPrice)
                .results()
                .print()
                .uid("print-min");
        OperatorUidCheck.assertEveryOperatorHasUid(env);
        StreamGraph graph = env.getStreamGraph(false);
        List<String> uids = graph.getStreamNodes().stream()
                .map(StreamNode::getTransformationUID)
                .sorted()
                .collect(Collectors.toList());
        assertThat(uids)
                .contains("count-ticks-key-and-value", "count-ticks", "min-price-local-pre-aggregation", "min-price");
    }

    @Test
    void onlyKeyAndValueCrossTheShuffle() {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        WindowedResults<String, Double, Double> sums = WindowBlock.of(ticks(env), StockTick::getTicker, Types.STRING)
                .named("Sum prices")
                .tumbling(Duration.ofSeconds(10))
                .sum(StockTick::getPrice);
        Transformation<?> shuffled =
                sums.results().getTransformation().getInputs().get(0);
        assertThat(shuffled.getOutputType().toString()).isEqualTo("Java Tuple2<String, Double>");
    }

    @Test
    void resultsAreFlinkPojos() {
        TypeInformation<WindowResult<String, Long>> type = WindowResult.typeInfo(Types.STRING, Types.LONG);
        assertThat(type).isInstanceOf(PojoTypeInfo.class);
        assertThat(type.toString()).doesNotContain("GenericType");
    }

    @Test
    void readsTheWindowFromProperties() {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        WindowBlock<StockTick, String> block = WindowBlock.of(ticks(env), StockTick::getTicker, Types.STRING)
                .named("From properties")
                .withProperties(group(
                        "window.size",
                        "1 min",
                        "window.slide",
                        "10s",
                        "window.two-phase",
                        "true",
                        "window.time",
                        "processing"));
        block.count().results().print().uid("print");
        StreamGraph graph = env.getStreamGraph(false);
        assertThat(graph.getStreamNodes().stream().map(StreamNode::getTransformationUID))
                .contains("from-properties-local-pre-aggregation");
    }

    @Test
    void aTumblingWindowStaysTumblingWhenPropertiesSetOnlyItsSize() {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        WindowBlock<StockTick, String> block = WindowBlock.of(ticks(env), StockTick::getTicker, Types.STRING)
                .named("Tumbling from properties")
                .tumbling(Duration.ofSeconds(10));
        // A size under the code's default is accepted, not refused for a slide that was never set.
        block.withProperties(group("window.size", "1s"));
        block.count().results().print().uid("print");
        assertThat(env.getStreamGraph(false).getStreamNodes()).isNotEmpty();
        WindowBlock<StockTick, String> sliding = WindowBlock.of(ticks(env), StockTick::getTicker, Types.STRING)
                .named("Sliding from properties")
                .sliding(Duration.ofSeconds(10), Duration.ofSeconds(5));
        assertThatThrownBy(() -> sliding.withProperties(group("window.size", "1s")))
                .isInstanceOf(InvalidPropertiesException.class)
                .hasMessageContaining("window.slide");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "window.size|0s|window.size",
                "window.size|soon|window.size",
                "window.slide|2min|no larger than window.size",
                "window.allowed-lateness|-1s|window.allowed-lateness",
                "window.time|ingestion|one of EVENT, PROCESSING",
                "window.state-buffer.max-entries|-1|out of range [0,",
                "window.state-buffer.max-entries|many|window.state-buffer.max-entries"
            })
    void explainsBadProperties(String key, String value, String message) {
        Map<String, String> map = new HashMap<>();
        map.put("window.size", "1min");
        map.put(key, value);
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        WindowBlock<StockTick, String> block = WindowBlock.of(ticks(env), StockTick::getTicker, Types.STRING);
        assertThatThrownBy(() -> block.withProperties(PropertyGroup.of("Window", map)))
                .isInstanceOf(InvalidPropertiesException.class)
                .hasMessageContaining(key)
                .hasMessageContaining(message);
    }

    @Test
    void requiresASize() {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        WindowBlock<StockTick, String> block =
                WindowBlock.of(ticks(env), StockTick::getTicker, Types.STRING).named("No size");
        assertThatThrownBy(block::count).hasMessageContaining("tumbling(size) or sliding(size, slide)");
        assertThatThrownBy(() -> block.withProperties(group()))
                .isInstanceOf(InvalidPropertiesException.class)
                .hasMessageContaining("window.size");
    }

    @Test
    void twoPhaseLocalPreAggregationIsChainedToItsInputSoParsedRecordsAreNotSerialized() {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(1);
        WindowBlock.of(ticks(env), StockTick::getTicker, Types.STRING)
                .named("Count ticks")
                .tumbling(Duration.ofSeconds(10))
                .twoPhase(true)
                .count()
                .results()
                .print()
                .uid("print-counts");

        List<String> vertices = new java.util.ArrayList<>();
        env.getStreamGraph().getJobGraph().getVertices().forEach(vertex -> vertices.add(vertex.getName()));

        // the ticks and the local phase in one task, the shuffle, then the window and the sink
        assertThat(vertices).hasSize(2);
        assertThat(vertices)
                .anySatisfy(name -> assertThat(name).contains("Ticks").contains("Count ticks (local pre-aggregation)"));
    }
}
