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
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.operators.ProcessOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.flinkblocks.operators.deadletter.DeadLetter;
import io.flinkblocks.operators.deadletter.DeadLetterReason;
import io.flinkblocks.operators.json.JsonRecordSerializationSchema;
import io.flinkblocks.windows.result.LateRecord;

class LateRecordDeadLettersTest {

    private static final long T = Instant.parse("2026-11-24T10:00:00.100Z").toEpochMilli();

    @Test
    void aLateRecordOfATumblingWindowNamesTheWindowItMissed() throws Exception {
        List<DeadLetter> letters = run(
                LateRecordDeadLetters.<String, Double>of(
                                "Count ticks per ticker", Duration.ofSeconds(1), Duration.ofSeconds(1))
                        .fields("ticker", "price"),
                new LateRecord<>("AMZN", 1.5, T));

        assertThat(letters).hasSize(1);
        DeadLetter letter = letters.get(0);
        assertThat(letter.getReason()).isEqualTo(DeadLetterReason.LATE);
        assertThat(letter.getOperator()).isEqualTo("Count ticks per ticker");
        assertThat(letter.getTimestamp()).isEqualTo(777L);
        assertThat(letter.getPayloadEncoding()).isEqualTo(DeadLetter.UTF_8);
        assertThat(letter.isTruncated()).isFalse();
        assertThat(letter.getPayload())
                .isEqualTo("{\"ticker\":\"AMZN\",\"price\":1.5,\"timestamp\":" + T
                        + ",\"event_time\":\"2026-11-24T10:00:00.100Z\",\"windows\":[{\"window_start\":" + (T - 100)
                        + ",\"window_end\":" + (T + 900) + "}]}");
        assertThat(letter.getPayloadBytes()).isEqualTo(letter.getPayload().length());
        assertThat(letter.getError())
                .isEqualTo("event time 2026-11-24T10:00:00.100Z arrived after window"
                        + " [2026-11-24T10:00:00Z, 2026-11-24T10:00:01Z) of 'Count ticks per ticker' had fired");
        String line = new String(
                JsonRecordSerializationSchema.of(DeadLetter.class).serialize(letter),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(new ObjectMapper().readTree(line).get("reason").asText()).isEqualTo("LATE");
    }

    @Test
    void aLateRecordOfASlidingWindowNamesEveryWindowItMissed() throws Exception {
        // 10 s windows sliding by 5 s: 10:00:00.100 belongs to [09:59:55, 10:00:05) and [10:00:00, 10:00:10)
        List<DeadLetter> letters = run(
                LateRecordDeadLetters.<String, Double>of(
                        "Min price per ticker", Duration.ofSeconds(10), Duration.ofSeconds(5)),
                new LateRecord<>("TBV", 2.0, T),
                new LateRecord<>("TBV", 3.0, T - 100));

        JsonNode first = new ObjectMapper().readTree(letters.get(0).getPayload());
        assertThat(first.get("key").asText()).isEqualTo("TBV");
        assertThat(first.get("value").asDouble()).isEqualTo(2.0);
        assertThat(first.get("windows").toString())
                .isEqualTo("[{\"window_start\":" + (T - 5_100) + ",\"window_end\":" + (T + 4_900)
                        + "},{\"window_start\":" + (T - 100) + ",\"window_end\":" + (T + 9_900) + "}]");
        assertThat(letters.get(0).getError())
                .contains("windows [2026-11-24T09:59:55Z, 2026-11-24T10:00:05Z) to"
                        + " [2026-11-24T10:00:00Z, 2026-11-24T10:00:10Z) of 'Min price per ticker'");
        // exactly on a window start: that window and the one before
        JsonNode second = new ObjectMapper().readTree(letters.get(1).getPayload());
        assertThat(second.get("windows").findValues("window_start").stream()
                        .map(JsonNode::asLong)
                        .collect(Collectors.toList()))
                .containsExactly(T - 100 - 5_000, T - 100);
    }

    @Test
    void hasUidAndNameFromTheWindowsName() {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        DataStream<LateRecord<String, Double>> late =
                env.fromData(LateRecord.typeInfo(Types.STRING, Types.DOUBLE), new LateRecord<>("AMZN", 1.0, T));
        SingleOutputStreamOperator<DeadLetter> letters = LateRecordDeadLetters.<String, Double>of(
                        "Count ticks per ticker", Duration.ofSeconds(10), Duration.ofSeconds(10))
                .applyTo(late);

        assertThat(letters.getTransformation().getUid()).isEqualTo("count-ticks-per-ticker-late-records");
        assertThat(letters.getName()).isEqualTo("Count ticks per ticker (late records)");
    }

    @Test
    void refusesASlideLargerThanTheSize() {
        assertThatThrownBy(() -> LateRecordDeadLetters.of("W", Duration.ofSeconds(1), Duration.ofSeconds(2)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("window 'W'");
    }

    @SafeVarargs
    private static List<DeadLetter> run(
            LateRecordDeadLetters<String, Double> function, LateRecord<String, Double>... late) throws Exception {
        try (OneInputStreamOperatorTestHarness<LateRecord<String, Double>, DeadLetter> harness =
                new OneInputStreamOperatorTestHarness<>(new ProcessOperator<>(function))) {
            harness.open();
            harness.setProcessingTime(777L);
            for (LateRecord<String, Double> record : late) {
                harness.processElement(new StreamRecord<>(record, record.getTimestamp()));
            }
            return harness.extractOutputValues();
        }
    }
}
