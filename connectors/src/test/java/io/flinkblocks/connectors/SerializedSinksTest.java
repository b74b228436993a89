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

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.flink.api.common.serialization.SerializationSchema;
import org.apache.flink.api.dag.Transformation;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.Test;

import io.flinkblocks.runtime.ApplicationProperties;
import io.flinkblocks.runtime.PropertyGroup;
import io.flinkblocks.testing.OperatorUidCheck;

class SerializedSinksTest {

    private static final SerializationSchema<String> UPPER_LINE =
            s -> (s.toUpperCase() + "\n").getBytes(StandardCharsets.UTF_8);

    @Test
    void serializedRecordsBecomeOneLineOfTextForANonFirehoseSink() throws Exception {
        SerializedText<String> text = new SerializedText<>(UPPER_LINE);

        assertThat(text.map("amzn,42")).isEqualTo("AMZN,42");
    }

    @Test
    void serializedSinkAndDeadLettersGetUidsFromTheirGroups() {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        DataStream<String> in =
                StreamSources.strings(env, PropertyGroup.of("InputStream0", Map.of("connector", "datagen")));

        StreamSinks.serialized(in, PropertyGroup.of("OutputStream0", Map.of("connector", "print")), UPPER_LINE);
        DeadLetterOutput.attach(in, UPPER_LINE, ApplicationProperties.of(Map.of()));

        OperatorUidCheck.assertEveryOperatorHasUid(env);
        List<String> uids =
                env.getTransformations().stream().map(Transformation::getUid).collect(Collectors.toList());
        assertThat(uids).contains("sink-outputstream0", "sink-deadletters");
    }

    @Test
    void deadLettersGoToStandardErrorWithoutAGroupAndToTheGroupsSinkWithOne() {
        assertThat(DeadLetterOutput.DEFAULT_SINK)
                .containsEntry("connector", "print")
                .containsEntry("stderr", "true");
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        DataStream<String> in =
                StreamSources.strings(env, PropertyGroup.of("InputStream0", Map.of("connector", "datagen")));

        DeadLetterOutput.attach(
                in,
                UPPER_LINE,
                ApplicationProperties.of(
                        Map.of("DeadLetters", Map.of("connector", "filesystem", "path", "file:///tmp/dead-letters"))));

        assertThat(env.getTransformations())
                .extracting(Transformation::getName)
                .contains("Sink: filesystem (DeadLetters)");
    }
}
