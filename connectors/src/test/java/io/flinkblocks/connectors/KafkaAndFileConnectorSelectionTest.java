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

import java.util.Map;

import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.DataStreamSink;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.Test;

import io.flinkblocks.runtime.PropertyGroup;

/** {@code connector=kafka} and {@code connector=filesystem} select the Kafka and file factories. */
class KafkaAndFileConnectorSelectionTest {

    private final StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();

    @Test
    void kafkaSourceIsSelectedByProperty() {
        DataStream<String> stream = StreamSources.strings(
                env,
                PropertyGroup.of(
                        "InputTopic",
                        Map.of(
                                "connector",
                                "kafka",
                                "bootstrap.servers",
                                "127.0.0.1:9092",
                                "group.id",
                                "g",
                                "topic",
                                "in")));

        assertThat(stream.getTransformation().getUid()).isEqualTo("source-inputtopic");
        assertThat(stream.getTransformation().getName()).isEqualTo("Source: kafka (InputTopic)");
    }

    @Test
    void kafkaSinkIsSelectedByProperty() {
        DataStreamSink<String> sink = StreamSinks.strings(
                env.fromData("a"),
                PropertyGroup.of(
                        "OutputTopic",
                        Map.of("connector", "KAFKA", "bootstrap.servers", "127.0.0.1:9092", "topic", "out")));

        assertThat(sink.getTransformation().getUid()).isEqualTo("sink-outputtopic");
        assertThat(sink.getTransformation().getName()).isEqualTo("Sink: kafka (OutputTopic)");
    }

    @Test
    void fileSinkIsSelectedByProperty() {
        DataStreamSink<String> sink = StreamSinks.strings(
                env.fromData("a"),
                PropertyGroup.of("S3Sink", Map.of("connector", "filesystem", "path", "s3://bucket/data")));

        assertThat(sink.getTransformation().getUid()).isEqualTo("sink-s3sink");
        assertThat(sink.getTransformation().getName()).isEqualTo("Sink: filesystem (S3Sink)");
    }
}
