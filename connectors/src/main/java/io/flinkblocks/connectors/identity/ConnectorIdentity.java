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
package io.flinkblocks.connectors.identity;

import java.util.Locale;

import org.apache.flink.annotation.PublicEvolving;
import org.apache.flink.streaming.api.datastream.DataStreamSink;

import io.flinkblocks.runtime.PropertyGroup;

/**
 * The uid and display name of the source or sink a property group describes: the one home of the rule,
 * whichever entry point ({@code StreamSources}, {@code KafkaSinks}, {@code FileSinks}, ...) builds it.
 * The uid is {@code source-<group>} or {@code sink-<group>} in lower case and must never change, since
 * savepoints find the connector's state by it; the name is {@code Source: <connector> (<group>)} or
 * {@code Sink: <connector> (<group>)}, with the connector as the group's {@value ConnectorKey#KEY} key
 * spells it.
 */
@PublicEvolving
public final class ConnectorIdentity {

    private ConnectorIdentity() {}

    /** The uid of the source built from a group: stable across releases, so snapshots restore. */
    public static String sourceUid(PropertyGroup group) {
        return "source-" + lowerCase(group.name());
    }

    /** The uid of the sink built from a group: stable across releases, so snapshots restore. */
    public static String sinkUid(PropertyGroup group) {
        return "sink-" + lowerCase(group.name());
    }

    /** The display name of the source built from a group. */
    public static String sourceName(PropertyGroup group, SourceConnector connector) {
        return "Source: " + lowerCase(connector.name()) + " (" + group.name() + ")";
    }

    /** The display name of the sink built from a group. */
    public static String sinkName(PropertyGroup group, SinkConnector connector) {
        return "Sink: " + lowerCase(connector.name()) + " (" + group.name() + ")";
    }

    /** Sets the uid and name of a sink built from a group. */
    public static <T> DataStreamSink<T> identify(DataStreamSink<T> sink, PropertyGroup group, SinkConnector connector) {
        return sink.uid(sinkUid(group)).name(sinkName(group, connector));
    }

    private static String lowerCase(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
