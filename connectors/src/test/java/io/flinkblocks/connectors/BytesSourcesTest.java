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

import static io.flinkblocks.connectors.GroupUnderTest.group;
import static io.flinkblocks.connectors.PropertyErrors.assertRejectsKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.flink.api.common.typeinfo.PrimitiveArrayTypeInfo;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.Test;

import io.flinkblocks.connectors.identity.ConnectorIdentity;
import io.flinkblocks.connectors.schemas.RawBytesSchema;
import io.flinkblocks.runtime.InvalidPropertiesException;
import io.flinkblocks.runtime.PropertyGroup;

/** {@code StreamSources.bytes}: every connector of {@code strings}, same uid and name, records as bytes. */
class BytesSourcesTest {

    private static final String ARN = "arn:aws:kinesis:us-east-1:123456789012:stream/ExampleInputStream";

    /** A Kinesis source group read by polling, with its stream's name. */
    private static final GroupUnderTest POLLED =
            group("Polled", "connector", "kinesis", "aws.region", "us-east-1", "stream.name", "ExampleInputStream");

    private final StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();

    @Test
    void everySourceConnectorGivesBytesWithTheUidAndNameOfItsStringSource() {
        Map<String, Map<String, String>> groups = new HashMap<>();
        groups.put("Generated", Map.of("connector", "datagen"));
        groups.put(
                "Topic",
                Map.of("connector", "kafka", "bootstrap.servers", "127.0.0.1:9092", "group.id", "g", "topic", "in"));
        groups.put("Polled", POLLED.values());
        groups.put(
                "Efo",
                POLLED.with("flink.stream.recordpublisher", "EFO")
                        .with("flink.stream.efo.consumername", "c")
                        .values());
        groups.put(
                "Fresh",
                POLLED.without("stream.name")
                        .with("stream.arn", ARN)
                        .with("source.implementation", "KINESIS_STREAMS_SOURCE")
                        .values());

        for (Map.Entry<String, Map<String, String>> entry : groups.entrySet()) {
            PropertyGroup group = PropertyGroup.of(entry.getKey(), entry.getValue());
            DataStream<byte[]> bytes = StreamSources.bytes(env, group);
            DataStream<String> strings =
                    StreamSources.strings(StreamExecutionEnvironment.getExecutionEnvironment(), group);

            assertThat(bytes.getType())
                    .as(entry.getKey())
                    .isEqualTo(PrimitiveArrayTypeInfo.BYTE_PRIMITIVE_ARRAY_TYPE_INFO);
            assertThat(bytes.getTransformation().getUid())
                    .as(entry.getKey())
                    .isEqualTo(ConnectorIdentity.sourceUid(group))
                    .isEqualTo(strings.getTransformation().getUid());
            assertThat(bytes.getTransformation().getName())
                    .as(entry.getKey())
                    .isEqualTo(strings.getTransformation().getName());
        }
    }

    @Test
    void bytesSourcesValidateTheirGroupsAsStringSourcesDo() {
        assertThatThrownBy(() -> StreamSources.bytes(
                        env,
                        POLLED.named("In")
                                .with("stream.name", "s")
                                .with("flink.stream.recorderpublisher", "EFO")
                                .properties()))
                .isInstanceOf(InvalidPropertiesException.class)
                .hasMessageContaining("did you mean 'flink.stream.recordpublisher'");
        assertThatThrownBy(() -> StreamSources.bytes(
                        env, PropertyGroup.of("In", Map.of("connector", "datagen", "records.per.second", "-1"))))
                .isInstanceOf(InvalidPropertiesException.class)
                .hasMessageContaining("key 'records.per.second': value -1.0 is out of range");
        assertRejectsKey(
                () -> StreamSources.bytes(env, PropertyGroup.of("In", Map.of("connector", "firehose"))), "connector");
    }

    @Test
    void rawBytesSchemaHandsOverTheRecordUnchanged() {
        RawBytesSchema schema = new RawBytesSchema();
        byte[] notUtf8 = {'{', '"', (byte) 0xC3, 0x28, '"', ':', '1', '}'};

        assertThat(schema.deserialize(notUtf8)).isSameAs(notUtf8);
        assertThat(schema.deserialize(new byte[0])).isEmpty();
        assertThat(schema.deserialize(null)).isNull();
        assertThat(schema.isEndOfStream(notUtf8)).isFalse();
        assertThat(schema.getProducedType()).isEqualTo(PrimitiveArrayTypeInfo.BYTE_PRIMITIVE_ARRAY_TYPE_INFO);
    }

    @Test
    void generatedBytesAreTheUtf8OfTheGeneratedTicks() throws Exception {
        Map<String, String> config =
                Map.of("connector", "datagen", "record.count", "50", "records.per.second", "100000", "seed", "7");
        StreamExecutionEnvironment local = StreamExecutionEnvironment.getExecutionEnvironment();
        local.setParallelism(1);
        List<String> fromBytes =
                StreamSources.bytes(local, PropertyGroup.of("In", config)).executeAndCollect(50).stream()
                        .map(b -> new String(b, StandardCharsets.UTF_8))
                        .collect(Collectors.toList());
        List<String> fromStrings =
                StreamSources.strings(local, PropertyGroup.of("In", config)).executeAndCollect(50);

        // Ticker and price depend on the seed and the index only; the event time is the wall clock.
        assertThat(fromBytes)
                .hasSize(50)
                .allSatisfy(json -> assertThat(json)
                        .matches("\\{\"event_time\": \"[-0-9T:.]+\", \"ticker\": \"[A-Z]+\", \"price\": [0-9.]+}"));
        assertThat(withoutTime(fromBytes)).containsExactlyInAnyOrderElementsOf(withoutTime(fromStrings));
    }

    private static List<String> withoutTime(List<String> ticks) {
        return ticks.stream()
                .map(t -> t.replaceAll("\"event_time\": \"[^\"]*\"", ""))
                .collect(Collectors.toList());
    }
}
