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
package io.flinkblocks.connectors;

import java.util.function.Function;

import org.apache.flink.annotation.PublicEvolving;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.connector.datagen.source.DataGeneratorSource;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

import io.flinkblocks.connectors.artifacts.OptionalConnector;
import io.flinkblocks.connectors.datagen.StockTickSource;
import io.flinkblocks.connectors.identity.ConnectorIdentity;
import io.flinkblocks.connectors.identity.ConnectorKey;
import io.flinkblocks.connectors.identity.SourceConnector;
import io.flinkblocks.connectors.kafka.KafkaSources;
import io.flinkblocks.connectors.kinesis.KinesisSources;
import io.flinkblocks.runtime.PropertyGroup;

/**
 * Builds the source a property group describes, chosen by its {@value #CONNECTOR_KEY} key, and
 * returns a stream with uid and name set. A job written against this entry point runs on generated
 * data locally and on a real service in production by changing only its properties.
 */
@PublicEvolving
public final class StreamSources {

    /** The key that selects the connector of a group ({@link ConnectorKey#KEY}). */
    public static final String CONNECTOR_KEY = ConnectorKey.KEY;

    private StreamSources() {}

    /**
     * A stream of the records' bytes as the group's connector delivered them, nothing decoded: for
     * parsers that take bytes ({@code JsonParse.fromBytes}), so a record that is not UTF-8 reaches the
     * parser, and its dead letter, unchanged. Same connectors, keys, uid and name as {@link #strings}.
     */
    public static DataStream<byte[]> bytes(StreamExecutionEnvironment env, PropertyGroup group) {
        // Lambdas, not method references: a method reference would link KafkaSources or KinesisSources
        // here, before OptionalConnector explains that their connector is missing from the class path.
        return fromConnector(
                env,
                group,
                StockTickSource::bytesFromProperties,
                (e, g) -> KafkaSources.bytes(e, g),
                (e, g) -> KinesisSources.bytes(e, g));
    }

    /** A stream of UTF-8 strings (JSON records, for example) from the group's connector. */
    public static DataStream<String> strings(StreamExecutionEnvironment env, PropertyGroup group) {
        return fromConnector(
                env,
                group,
                StockTickSource::fromProperties,
                (e, g) -> KafkaSources.strings(e, g),
                (e, g) -> KinesisSources.strings(e, g));
    }

    /** The stream of the connector the group selects, built by that connector's factory. */
    private static <T> DataStream<T> fromConnector(
            StreamExecutionEnvironment env,
            PropertyGroup group,
            Function<PropertyGroup, DataGeneratorSource<T>> datagen,
            ConnectorStream<T> kafka,
            ConnectorStream<T> kinesis) {
        SourceConnector connector = group.getEnum(SourceConnector.class, CONNECTOR_KEY);
        OptionalConnector.requireSelected(connector, group, CONNECTOR_KEY);
        switch (connector) {
            case DATAGEN:
                return env.fromSource(
                                datagen.apply(group),
                                WatermarkStrategy.noWatermarks(),
                                ConnectorIdentity.sourceName(group, connector))
                        .uid(ConnectorIdentity.sourceUid(group));
            case KAFKA:
                return kafka.stream(env, group);
            case KINESIS:
                return kinesis.stream(env, group);
            default:
                throw group.invalidValue(CONNECTOR_KEY, "a supported source connector");
        }
    }

    /** A connector's factory of a stream with uid and name set. */
    private interface ConnectorStream<T> {
        DataStream<T> stream(StreamExecutionEnvironment env, PropertyGroup group);
    }
}
