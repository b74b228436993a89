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

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.apache.flink.annotation.PublicEvolving;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.serialization.SimpleStringSchema;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

import io.flinkblocks.connectors.artifacts.OptionalConnector;
import io.flinkblocks.connectors.datagen.StockTickSource;
import io.flinkblocks.connectors.kafka.KafkaSources;
import io.flinkblocks.connectors.kinesis.KinesisSources;
import io.flinkblocks.runtime.PropertyGroup;
import io.flinkblocks.runtime.PropertyOption;
import io.flinkblocks.runtime.PropertyOptions;

/**
 * Builds the source a property group describes, chosen by its {@value #CONNECTOR_KEY} key, and
 * returns a stream with uid and name set. A job written against this entry point runs on generated
 * data locally and on a real service in production by changing only its properties.
 */
@PublicEvolving
public final class StreamSources {

    /** The key that selects the connector of a group. */
    public static final String CONNECTOR_KEY = "connector";

    /** The connectors a source group can select. */
    public enum SourceConnector {
        /** Generated stock ticks ({@link StockTickSource}). */
        DATAGEN,
        /** Apache Kafka or Amazon MSK topics ({@link KafkaSources}). */
        KAFKA,
        /** Kinesis Data Streams ({@link KinesisSources}). */
        KINESIS
    }

    private StreamSources() {}

    /**
     * The keys of a connector's declared options plus {@value #CONNECTOR_KEY}, which selects it: the
     * known keys of a group built by that connector.
     */
    public static List<String> keysWithConnector(Collection<? extends PropertyOption<?>> options) {
        List<String> keys = new ArrayList<>();
        keys.add(CONNECTOR_KEY);
        keys.addAll(PropertyOptions.keys(options));
        return Collections.unmodifiableList(keys);
    }

    /**
     * A stream of the records' bytes as the group's connector delivered them, nothing decoded: for
     * parsers that take bytes ({@code JsonParse.fromBytes}), so a record that is not UTF-8 reaches the
     * parser, and its dead letter, unchanged. Same connectors, keys, uid and name as {@link #strings}.
     */
    public static DataStream<byte[]> bytes(StreamExecutionEnvironment env, PropertyGroup group) {
        SourceConnector connector = group.getEnum(SourceConnector.class, CONNECTOR_KEY);
        switch (connector) {
            case DATAGEN:
                return env.fromSource(StockTickSource.bytesFromProperties(group), WatermarkStrategy.noWatermarks(),
                                name(group, connector))
                        .uid(uid(group));
            case KAFKA:
                OptionalConnector.KAFKA.require(group, CONNECTOR_KEY);
                return KafkaSources.bytes(env, group);
            case KINESIS:
                OptionalConnector.KINESIS.require(group, CONNECTOR_KEY);
                return KinesisSources.bytes(env, group);
            default:
                throw group.invalidValue(CONNECTOR_KEY, "a supported source connector");
        }
    }

    /** A stream of UTF-8 strings (JSON records, for example) from the group's connector. */
    public static DataStream<String> strings(StreamExecutionEnvironment env, PropertyGroup group) {
        SourceConnector connector = group.getEnum(SourceConnector.class, CONNECTOR_KEY);
        switch (connector) {
            case DATAGEN:
                return env.fromSource(StockTickSource.fromProperties(group), WatermarkStrategy.noWatermarks(), name(group, connector))
                        .uid(uid(group));
            case KAFKA:
                OptionalConnector.KAFKA.require(group, CONNECTOR_KEY);
                return env.fromSource(KafkaSources.source(group, new SimpleStringSchema()), WatermarkStrategy.noWatermarks(),
                                name(group, connector))
                        .uid(uid(group));
            case KINESIS:
                OptionalConnector.KINESIS.require(group, CONNECTOR_KEY);
                return KinesisSources.strings(env, group);
            default:
                throw group.invalidValue(CONNECTOR_KEY, "a supported source connector");
        }
    }

    /** The uid of the source built from a group: stable across releases, so snapshots restore. */
    public static String uid(PropertyGroup group) {
        return "source-" + group.name().toLowerCase(Locale.ROOT);
    }

    static String name(PropertyGroup group, Enum<?> connector) {
        return "Source: " + connector.name().toLowerCase(Locale.ROOT) + " (" + group.name() + ")";
    }
}
