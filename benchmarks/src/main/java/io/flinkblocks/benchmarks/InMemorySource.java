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
import org.apache.flink.api.common.serialization.DeserializationSchema;
import org.apache.flink.api.common.typeinfo.PrimitiveArrayTypeInfo;
import org.apache.flink.api.connector.source.SourceReaderContext;
import org.apache.flink.connector.datagen.source.DataGeneratorSource;
import org.apache.flink.connector.datagen.source.GeneratorFunction;
import org.apache.flink.metrics.MetricGroup;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.UserCodeClassLoader;

/**
 * A bounded source that replays pre-generated records from memory: the same bytes for every variant
 * of a benchmark, with no I/O and no generation cost. The records live in a static holder because the
 * cluster runs in the benchmark's JVM; a generator function only carries indexes.
 *
 * <p>A run of {@code count} records replays the first {@code count} loaded records (cycling if there
 * are fewer). At parallelism p, reader k replays records k, k + p, k + 2p, ..., so every reader moves
 * through event time at the same pace, as the shards of a stream do; the data generator's p splits are
 * contiguous ranges of indexes of equal size, which the replay maps back to interleaved records.
 */
public final class InMemorySource {

    private static volatile byte[][] records = new byte[0][];

    private InMemorySource() {}

    /** Sets the records every source created afterwards replays. */
    public static void load(byte[][] data) {
        records = data;
    }

    /** How many records are loaded. */
    public static int loaded() {
        return records.length;
    }

    /** A stream of {@code count} records at the environment's parallelism. */
    public static DataStream<byte[]> stream(StreamExecutionEnvironment env, long count) {
        DataGeneratorSource<byte[]> source = new DataGeneratorSource<>(
                new Replay(count, env.getParallelism()), count, PrimitiveArrayTypeInfo.BYTE_PRIMITIVE_ARRAY_TYPE_INFO);
        return env.fromSource(source, WatermarkStrategy.noWatermarks(), "In-memory stock ticks")
                .uid("in-memory-source");
    }

    /**
     * A stream of {@code count} records decoded by {@code format} in the source reader, as a Kafka or
     * Kinesis table source decodes with its table's format: the SQL jobs' source.
     */
    public static <T> DataStream<T> decoded(
            StreamExecutionEnvironment env, long count, DeserializationSchema<T> format) {
        DataGeneratorSource<T> source = new DataGeneratorSource<>(
                new DecodingReplay<>(count, env.getParallelism(), format), count, format.getProducedType());
        return env.fromSource(source, WatermarkStrategy.noWatermarks(), "In-memory stock ticks (decoded)")
                .uid("in-memory-decoded-source");
    }

    private static final class Replay implements GeneratorFunction<Long, byte[]> {
        private static final long serialVersionUID = 1L;

        private final long perReader;
        private final int parallelism;

        Replay(long count, int parallelism) {
            // with a count the readers cannot share evenly, replay in index order
            this.parallelism = count % parallelism == 0 ? parallelism : 1;
            this.perReader = count / this.parallelism;
        }

        @Override
        public byte[] map(Long index) {
            // at parallelism 1 (most runs) no arithmetic beyond the original replay's: a division per record shows at 4
            // M/s
            long position = parallelism == 1 ? index : (index % perReader) * parallelism + index / perReader;
            byte[][] data = records;
            return data[(int) (position % data.length)];
        }
    }

    private static final class DecodingReplay<T> implements GeneratorFunction<Long, T> {
        private static final long serialVersionUID = 1L;

        private final Replay replay;
        private final DeserializationSchema<T> format;

        DecodingReplay(long count, int parallelism, DeserializationSchema<T> format) {
            this.replay = new Replay(count, parallelism);
            this.format = format;
        }

        @Override
        public void open(SourceReaderContext readerContext) throws Exception {
            format.open(new DeserializationSchema.InitializationContext() {
                @Override
                public MetricGroup getMetricGroup() {
                    return readerContext.metricGroup();
                }

                @Override
                public UserCodeClassLoader getUserCodeClassLoader() {
                    return readerContext.getUserCodeClassLoader();
                }
            });
        }

        @Override
        public T map(Long index) throws Exception {
            // the benchmark's input is valid: the format never skips a record, so one record per index
            return format.deserialize(replay.map(index));
        }
    }
}
