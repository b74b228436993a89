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
package io.flinkblocks.benchmarks;

import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.PrimitiveArrayTypeInfo;
import org.apache.flink.connector.datagen.source.DataGeneratorSource;
import org.apache.flink.connector.datagen.source.GeneratorFunction;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * A bounded source that replays pre-generated records from memory: the same bytes for every variant
 * of a benchmark, with no I/O and no generation cost. The records live in a static holder because the
 * cluster runs in the benchmark's JVM; a generator function only carries indexes.
 */
public final class InMemorySource {

    private static volatile byte[][] records = new byte[0][];

    private InMemorySource() {}

    /** Sets the records every source created afterwards replays. */
    public static void load(byte[][] data) {
        records = data;
    }

    /** A stream of {@code count} records, cycling over the loaded ones. */
    public static DataStream<byte[]> stream(StreamExecutionEnvironment env, long count) {
        DataGeneratorSource<byte[]> source = new DataGeneratorSource<>(new Replay(), count,
                PrimitiveArrayTypeInfo.BYTE_PRIMITIVE_ARRAY_TYPE_INFO);
        return env.fromSource(source, WatermarkStrategy.noWatermarks(), "In-memory stock ticks").uid("in-memory-source");
    }

    private static final class Replay implements GeneratorFunction<Long, byte[]> {
        private static final long serialVersionUID = 1L;

        @Override
        public byte[] map(Long index) {
            byte[][] data = records;
            return data[(int) (index % data.length)];
        }
    }
}
