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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.Test;

import io.flinkblocks.connectors.artifacts.OptionalConnector;
import io.flinkblocks.connectors.identity.SinkConnector;
import io.flinkblocks.connectors.identity.SourceConnector;
import io.flinkblocks.runtime.InvalidPropertiesException;
import io.flinkblocks.runtime.PropertyGroup;
import io.flinkblocks.testing.OperatorUidCheck;

class StreamConnectorSelectionTest {

    @Test
    void sourceAndSinkGetStableUidsFromTheirGroups() {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        DataStream<String> in =
                StreamSources.strings(env, PropertyGroup.of("InputStream0", Map.of("connector", "datagen")));
        StreamSinks.strings(in, PropertyGroup.of("OutputStream0", Map.of("connector", "PRINT")));

        OperatorUidCheck.assertEveryOperatorHasUid(env);
        assertThat(in.getTransformation().getUid()).isEqualTo("source-inputstream0");
    }

    @Test
    void missingConnectorKeyNamesTheGroup() {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();

        assertThatThrownBy(
                        () -> StreamSources.strings(env, PropertyGroup.of("InputStream0", Map.of("stream.name", "x"))))
                .isInstanceOf(InvalidPropertiesException.class)
                .hasMessageContaining("group 'InputStream0', key 'connector': missing required key");
    }

    @Test
    void unknownSinkConnectorListsTheSupportedOnes() {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        DataStream<String> in =
                StreamSources.strings(env, PropertyGroup.of("InputStream0", Map.of("connector", "datagen")));

        assertThatThrownBy(() -> StreamSinks.strings(
                        in, PropertyGroup.of("OutputStream0", Map.of("connector", "carrier-pigeon"))))
                .isInstanceOf(InvalidPropertiesException.class)
                .hasMessageContaining("key 'connector': value 'carrier-pigeon' is not one of PRINT");
    }

    @Test
    void theOptionalConnectorsASourceOrSinkSelectsBearTheNameOfTheirSelection() {
        Set<String> selectable = Stream.concat(
                        Arrays.stream(SourceConnector.values()), Arrays.stream(SinkConnector.values()))
                .map(Enum::name)
                .collect(Collectors.toSet());

        assertThat(Arrays.stream(OptionalConnector.values()).map(Enum::name).filter(selectable::contains))
                .containsExactlyInAnyOrder("KAFKA", "KINESIS", "FIREHOSE");
    }
}
