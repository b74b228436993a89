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
package io.flinkblocks.testing.flink;

import org.apache.flink.annotation.PublicEvolving;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.api.java.typeutils.ResultTypeQueryable;
import org.apache.flink.api.java.typeutils.TypeExtractor;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.streaming.api.datastream.DataStreamSource;
import org.apache.flink.streaming.api.environment.LocalStreamEnvironment;
import org.apache.flink.streaming.api.functions.source.SourceFunction;

/**
 * An environment whose sources fail once: every source a job defines on it ({@code fromSource}, or
 * {@code addSource} with a parallel source function) reads as it would anywhere, but its records pass
 * through {@link FailOnce} as the source emits them, so the source operator throws when the records of
 * all its subtasks together reach the armed count. A job's own code, defined
 * unchanged on this environment, meets an operator failure mid-stream, with no extra operator in its
 * graph and no test hook in the job.
 *
 * <pre>{@code
 * FailOnce.arm(5_000);
 * StreamExecutionEnvironment env = new FailOnceSourceEnvironment();
 * JobLauncher.define(env, properties, MyJob::build);
 * ...
 * assertThat(FailOnce.failures()).isEqualTo(1);
 * }</pre>
 *
 * <p>Like {@link FailOnce}, for jobs on a cluster in the test's JVM (a MiniCluster or a
 * {@link LocalFlinkCluster}), one test at a time.
 */
@PublicEvolving
public final class FailOnceSourceEnvironment extends LocalStreamEnvironment {

    public FailOnceSourceEnvironment() {
        super(new Configuration());
    }

    @Override
    public <OUT> DataStreamSource<OUT> fromSource(
            Source<OUT, ?, ?> source,
            WatermarkStrategy<OUT> timestampsAndWatermarks,
            String sourceName,
            TypeInformation<OUT> typeInfo) {
        return super.fromSource(
                FailOnceSource.wrap(source),
                timestampsAndWatermarks,
                sourceName,
                typeOf(source, Source.class, typeInfo));
    }

    @Override
    @SuppressWarnings("deprecation") // the legacy source API, as the Kinesis consumer uses it
    public <OUT> DataStreamSource<OUT> addSource(
            SourceFunction<OUT> function, String sourceName, TypeInformation<OUT> typeInfo) {
        return super.addSource(
                FailOnceSourceFunction.wrap(function), sourceName, typeOf(function, SourceFunction.class, typeInfo));
    }

    /**
     * The type Flink finds for a source the job gives no type for, found on the source itself: the
     * wrapper around it, a generic class, could not show it.
     */
    @SuppressWarnings("unchecked")
    private static <OUT> TypeInformation<OUT> typeOf(Object source, Class<?> sourceClass, TypeInformation<OUT> given) {
        if (given != null) {
            return given;
        }
        if (source instanceof ResultTypeQueryable) {
            return ((ResultTypeQueryable<OUT>) source).getProducedType();
        }
        return TypeExtractor.createTypeInfo(sourceClass, source.getClass(), 0, null, null);
    }
}
