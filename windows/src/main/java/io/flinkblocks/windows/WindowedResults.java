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

import java.time.Duration;

import org.apache.flink.annotation.PublicEvolving;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;

import io.flinkblocks.operators.deadletter.DeadLetter;
import io.flinkblocks.windows.result.LateRecord;
import io.flinkblocks.windows.result.WindowResult;

/** The outputs of a window block: the window results and the records that came too late. */
@PublicEvolving
public final class WindowedResults<K, V, R> {

    private final SingleOutputStreamOperator<WindowResult<K, R>> results;
    private final DataStream<LateRecord<K, V>> lateRecords;
    private final String name;
    private final Duration size;
    private final Duration slide;

    WindowedResults(
            SingleOutputStreamOperator<WindowResult<K, R>> results,
            DataStream<LateRecord<K, V>> lateRecords,
            String name,
            Duration size,
            Duration slide) {
        this.results = results;
        this.lateRecords = lateRecords;
        this.name = name;
        this.size = size;
        this.slide = slide;
    }

    public SingleOutputStreamOperator<WindowResult<K, R>> results() {
        return results;
    }

    /** Event time only: records later than their windows' end plus the allowed lateness. */
    public DataStream<LateRecord<K, V>> lateRecords() {
        return lateRecords;
    }

    /**
     * The {@linkplain #lateRecords() late records} as dead letters with reason {@code LATE}, naming the
     * windows of this block that each one missed, its key and value under {@code keyField} and
     * {@code valueField}: ready to go to the same dead-letter output as the records that did not parse.
     * See {@link LateRecordDeadLetters}.
     */
    public SingleOutputStreamOperator<DeadLetter> lateDeadLetters(String keyField, String valueField) {
        return LateRecordDeadLetters.<K, V>of(name, size, slide)
                .fields(keyField, valueField)
                .applyTo(lateRecords);
    }
}
