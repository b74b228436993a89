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

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.apache.flink.streaming.api.datastream.DataStreamSink;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;
import org.junit.jupiter.api.Test;

import io.flinkblocks.runtime.PropertyGroup;

/** The one rule for the uid and display name of a connector built from a property group. */
class ConnectorIdentityTest {

    private final PropertyGroup group = PropertyGroup.of("OutputStream0", Map.of());

    @Test
    void uidsAreTheLowerCaseGroupNameAfterTheirRole() {
        assertThat(ConnectorIdentity.sourceUid(group)).isEqualTo("source-outputstream0");
        assertThat(ConnectorIdentity.sinkUid(group)).isEqualTo("sink-outputstream0");
    }

    @Test
    void namesSpellTheConnectorAsItsKeyDoes() {
        assertThat(ConnectorIdentity.sourceName(group, SourceConnector.KINESIS))
                .isEqualTo("Source: kinesis (OutputStream0)");
        assertThat(ConnectorIdentity.sinkName(group, SinkConnector.FILESYSTEM))
                .isEqualTo("Sink: filesystem (OutputStream0)");
    }

    @Test
    void identifySetsTheSinksUidAndName() {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();

        DataStreamSink<String> sink = ConnectorIdentity.identify(
                env.fromData("a").sinkTo(new DiscardingSink<>()), group, SinkConnector.PRINT);

        assertThat(sink.getTransformation().getUid()).isEqualTo("sink-outputstream0");
        assertThat(sink.getTransformation().getName()).isEqualTo("Sink: print (OutputStream0)");
    }

    @Test
    void aConnectorsKnownKeysStartWithTheKeyThatSelectsIt() {
        assertThat(ConnectorKey.keysWithConnector(List.of())).containsExactly("connector");
    }
}
