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
package io.flinkblocks.operators.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.transformations.TimestampsAndWatermarksTransformation;
import org.junit.jupiter.api.Test;

import io.flinkblocks.operators.model.StockTick;

class ParsedStreamTest {

    @Test
    void withTimestampsAssignsTheStrategyInANamedOperatorAfterTheParse() {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        ParsedStream<StockTick> parsed = StockTick.jsonParse().fromBytes(env.fromData(new byte[] {'{', '}'}));
        WatermarkStrategy<StockTick> strategy = WatermarkStrategy.forMonotonousTimestamps();

        SingleOutputStreamOperator<StockTick> ticks = parsed.withTimestamps(strategy, "Stock tick timestamps");

        assertThat(ticks.getTransformation()).isInstanceOfSatisfying(TimestampsAndWatermarksTransformation.class, t -> {
            assertThat(t.getWatermarkStrategy()).isSameAs(strategy);
            assertThat(t.getInputs()).isEqualTo(List.of(parsed.records().getTransformation()));
        });
        assertThat(ticks.getTransformation().getUid()).isEqualTo("stock-tick-timestamps");
        assertThat(ticks.getName()).isEqualTo("Stock tick timestamps");
    }
}
