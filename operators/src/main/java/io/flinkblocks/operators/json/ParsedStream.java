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

import org.apache.flink.annotation.PublicEvolving;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;

import io.flinkblocks.operators.deadletter.DeadLetter;
import io.flinkblocks.operators.identity.OperatorIdentity;

/** The two outputs of a parse operator: the parsed records and the dead letters. */
@PublicEvolving
public final class ParsedStream<T> {

    private final SingleOutputStreamOperator<T> records;

    ParsedStream(SingleOutputStreamOperator<T> records) {
        this.records = records;
    }

    /** The records that parsed and validated. */
    public SingleOutputStreamOperator<T> records() {
        return records;
    }

    /**
     * The records with event time and watermarks from {@code strategy}, in an operator whose uid and
     * name derive from {@code name} ({@link OperatorIdentity}), so a job's timestamps keep their uid
     * across updates: {@code parsed.withTimestamps(WatermarkStrategies.fromProperties(group, StockTick.class),
     * "Stock tick timestamps")}.
     */
    public SingleOutputStreamOperator<T> withTimestamps(WatermarkStrategy<T> strategy, String name) {
        return OperatorIdentity.apply(records.assignTimestampsAndWatermarks(strategy), name);
    }

    /** The records that did not; connect them to any sink (serialize with {@link JsonRecordSerializationSchema}). */
    public DataStream<DeadLetter> deadLetters() {
        return records.getSideOutput(JsonParseFunction.DEAD_LETTERS);
    }
}
