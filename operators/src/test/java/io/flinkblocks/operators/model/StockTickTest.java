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
package io.flinkblocks.operators.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;

import org.apache.flink.api.common.ExecutionConfig;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.java.typeutils.PojoTypeInfo;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.operators.ProcessOperator;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;

import io.flinkblocks.operators.deadletter.DeadLetter;
import io.flinkblocks.operators.deadletter.DeadLetterReason;
import io.flinkblocks.operators.json.JsonParseFunction;
import io.flinkblocks.operators.json.ParsedStream;

class StockTickTest {

    @Test
    void isAFlinkPojoWithoutGenericFields() throws Exception {
        TypeInformation<StockTick> info = TypeInformation.of(StockTick.class);
        assertThat(info).isInstanceOf(PojoTypeInfo.class);
        PojoTypeInfo<StockTick> pojo = (PojoTypeInfo<StockTick>) info;
        for (int i = 0; i < pojo.getArity(); i++) {
            assertThat(pojo.getPojoFieldAt(i).getTypeInformation().toString())
                    .as(pojo.getPojoFieldAt(i).getField().getName())
                    .doesNotContain("GenericType");
        }
        ExecutionConfig config = new ExecutionConfig();
        config.disableGenericTypes(); // fails here if any field would fall back to Kryo
        TypeSerializer<StockTick> serializer = info.createSerializer(config.getSerializerConfig());
        StockTick tick = new StockTick(LocalDateTime.of(2026, 11, 24, 10, 15, 30, 123_000_000), "AMZN", 42.17);
        DataOutputSerializer out = new DataOutputSerializer(64);
        serializer.serialize(tick, out);
        assertThat(serializer.deserialize(new DataInputDeserializer(out.getCopyOfBuffer())))
                .isEqualTo(tick);
    }

    @Test
    void readsEventTimeAsUtc() {
        StockTick tick = new StockTick(LocalDateTime.of(1970, 1, 1, 0, 0, 1, 5_000_000), "AMZN", 1);
        assertThat(tick.eventTimeMillisUtc()).isEqualTo(1005L);
    }

    @Test
    void validatorRejectsBlankTickersAndNegativePrices() {
        LocalDateTime t = LocalDateTime.of(2026, 1, 1, 0, 0);
        assertThat(StockTick.validator().problem(new StockTick(t, "AMZN", 1))).isNull();
        assertThat(StockTick.validator().problem(new StockTick(t, " ", 1))).contains("ticker");
        assertThat(StockTick.validator().problem(new StockTick(t, "AMZN", -1))).contains("price");
        assertThat(StockTick.validator().problem(new StockTick(t, "AMZN", Double.NaN)))
                .contains("price");
    }

    @Test
    void flatReaderReadsTheGuidesTickAndNormalisesOffsetsToUtc() throws Exception {
        StockTick tick = StockTick.flatReader()
                .read("{\"event_time\": \"2026-11-24T10:15:30.123\", \"ticker\": \"AMZN\", \"price\": 42.17}"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(tick)
                .isEqualTo(new StockTick(LocalDateTime.of(2026, 11, 24, 10, 15, 30, 123_000_000), "AMZN", 42.17));

        StockTick withOffset = StockTick.flatReader()
                .read("{\"event_time\": \"2026-11-24T12:15:30+02:00\", \"ticker\": \"AMZN\", \"price\": 1}"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(withOffset.getEventTime()).isEqualTo(LocalDateTime.of(2026, 11, 24, 10, 15, 30));
        assertThat(withOffset.eventTimeMillisUtc()).isEqualTo(tick.eventTimeMillisUtc() - 123);
    }

    @Test
    void jsonParseIsTheExamplesParseOperator() {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        ParsedStream<StockTick> parsed = StockTick.jsonParse().fromBytes(env.fromData(new byte[] {'{', '}'}));
        assertThat(parsed.records().getTransformation().getUid()).isEqualTo("parse-stock-ticks");
        assertThat(parsed.records().getName()).isEqualTo(StockTick.PARSE_NAME);
    }

    @Test
    void jsonParseReadsTicksAndSendsInvalidOnesToDeadLetters() throws Exception {
        JsonParseFunction<byte[], StockTick> parse = StockTick.jsonParse().bytesFunction();
        try (OneInputStreamOperatorTestHarness<byte[], StockTick> harness =
                new OneInputStreamOperatorTestHarness<>(new ProcessOperator<>(parse))) {
            harness.open();
            harness.processElement(
                    "{\"event_time\": \"2026-11-24T10:15:30\", \"ticker\": \"AMZN\", \"price\": 42.17}"
                            .getBytes(StandardCharsets.UTF_8),
                    0L);
            harness.processElement(
                    "{\"event_time\": \"2026-11-24T10:15:31\", \"ticker\": \"AMZN\", \"price\": -1}"
                            .getBytes(StandardCharsets.UTF_8),
                    0L);

            assertThat(harness.extractOutputValues())
                    .containsExactly(new StockTick(LocalDateTime.of(2026, 11, 24, 10, 15, 30), "AMZN", 42.17));
            DeadLetter letter =
                    harness.getSideOutput(JsonParseFunction.DEAD_LETTERS).peek().getValue();
            assertThat(letter.getReason()).isEqualTo(DeadLetterReason.INVALID);
            assertThat(letter.getOperator()).isEqualTo(StockTick.PARSE_NAME);
        }
    }
}
