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
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.flinkblocks.operators.deadletter.DeadLetterReason;
import io.flinkblocks.operators.json.flat.RecordReader;
import io.flinkblocks.operators.model.StockTick;
import io.flinkblocks.operators.watermarks.EventTimes;
import io.flinkblocks.operators.watermarks.TimestampFormat;

/**
 * The same {@code event_time} text fed to every reader of a tick (the hand-written flat reader, Jackson
 * binding, the watermark assigners' {@link EventTimes}) gets the same
 * decision and, when accepted, the same instant: one grammar, whichever reads the tick.
 */
class EventTimeGrammarTest {

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(
            strings = {
                "2026-11-24T10:15:30.123", "2026-11-24T10:15:30", "2026-11-24T10:15", "2026-11-24 10:15:30",
                "2026-11-24t10:15:30", "2026-11-24T10:15:30.123456789", "2026-11-24T10:15:30Z", "2026-11-24T10:15:30z",
                "2026-11-24T10:15:30.5+01:00", "2026-11-24T10:15:30-05:30", "2026-11-24T10:15Z", "2024-02-29T00:00:00",
                "2026-11-24T10:15:30+18:00", "0001-01-01T00:00:00", "9999-12-31T23:59:59.999999999",
            })
    void everyReaderAcceptsTheSameTimestamps(String text) {
        List<Long> instants = new ArrayList<>();
        for (JsonRecordParser<StockTick> reader : readers()) {
            StockTick tick = reader.parse(tick(text));
            assertThat(tick).as("%s: %s", text, reader.error()).isNotNull();
            instants.add(tick.getEventTime().toInstant(ZoneOffset.UTC).toEpochMilli());
        }
        instants.add(EventTimes.toEpochMillis(text, TimestampFormat.AUTO, ZoneOffset.UTC));
        assertThat(instants).as(text).containsOnly(instants.get(0));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(
            strings = {
                "",
                "2026-11-24",
                "2026-11-24T",
                "2026-11-24T10",
                "2026-11-24T10:15:3",
                "2026-11-24T10:15:30.",
                "2026-11-24T10:15:30.1234567890",
                "2026-02-30T00:00:00",
                "2026-13-01T00:00:00",
                "2026-11-24T24:00:00",
                "2026-11-24T10:60:00",
                "2026-11-24T10:15:60",
                "2026-11-24T10:15:30+19:00",
                "2026-11-24T10:15:30+01",
                "2026-11-24T10:15:30+0100",
                "2026-11-24T10:15:30+01:00:00",
                "2026-11-24T10:15:30 Z",
                " 2026-11-24T10:15:30",
                "2026-11-24T10:15:30 ",
                "2026-11-24T10:15:30[Europe/Paris]",
                "+2026-11-24T10:15:30",
                "26-11-24T10:15:30",
                "2026/11/24T10:15:30",
                "2026-11-24_10:15:30",
                "yesterday",
                "2026-11-24T10:15:30.123Z+01:00",
            })
    void everyReaderRejectsTheSameTimestampsAsAWrongType(String text) {
        for (JsonRecordParser<StockTick> reader : readers()) {
            assertThat(reader.parse(tick(text))).as(text).isNull();
            assertThat(reader.reason()).as("%s: %s", text, reader.error()).isEqualTo(DeadLetterReason.WRONG_TYPE);
        }
        assertThat(catchThrowable(() -> EventTimes.toEpochMillis(text, TimestampFormat.AUTO, ZoneOffset.UTC)))
                .as(text)
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static List<JsonRecordParser<StockTick>> readers() {
        return List.of(parser(StockTick.jsonFields().build()), parser(null)); // Jackson binding
    }

    private static JsonRecordParser<StockTick> parser(RecordReader<StockTick> reader) {
        return new JsonRecordParser<>(
                StockTick.class, reader, JsonParse.DEFAULT_MAX_PAYLOAD_BYTES, StockTick.validator());
    }

    private static byte[] tick(String eventTime) {
        return ("{\"event_time\":\"" + eventTime + "\",\"ticker\":\"AMZN\",\"price\":42.17}")
                .getBytes(StandardCharsets.UTF_8);
    }
}
