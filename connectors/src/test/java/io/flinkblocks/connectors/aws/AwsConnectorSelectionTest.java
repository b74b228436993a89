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
package io.flinkblocks.connectors.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;

import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.DataStreamSink;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.Test;

import io.flinkblocks.connectors.StreamSinks;
import io.flinkblocks.connectors.StreamSources;
import io.flinkblocks.runtime.PropertyGroup;

/** {@code connector=kinesis|firehose} in a group selects these factories through the generic entry points. */
class AwsConnectorSelectionTest {

    private final StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();

    private static Map<String, String> config(String connector) {
        Map<String, String> config = new HashMap<>();
        config.put("connector", connector);
        config.put("aws.region", "eu-west-1");
        return config;
    }

    @Test
    void kinesisSourceIsSelectedByProperty() {
        Map<String, String> config = config("kinesis");
        config.put("stream.name", "ExampleInputStream");

        DataStream<String> stream = StreamSources.strings(env, PropertyGroup.of("InputStream0", config));

        assertThat(stream.getTransformation().getUid()).isEqualTo("source-inputstream0");
        assertThat(stream.getTransformation().getName()).isEqualTo("Source: kinesis (InputStream0)");
    }

    @Test
    void kinesisAndFirehoseSinksAreSelectedByProperty() {
        Map<String, String> kinesis = config("kinesis");
        kinesis.put("stream.name", "ExampleOutputStream");
        Map<String, String> firehose = config("FIREHOSE");
        firehose.put("delivery.stream.name", "ExampleDeliveryStream");
        DataStream<String> input = env.fromData("a");

        DataStreamSink<String> toKinesis = StreamSinks.strings(input, PropertyGroup.of("OutputStream0", kinesis));
        DataStreamSink<String> toFirehose = StreamSinks.strings(input, PropertyGroup.of("DeliveryStream0", firehose));

        assertThat(toKinesis.getTransformation().getName()).isEqualTo("Sink: kinesis (OutputStream0)");
        assertThat(toFirehose.getTransformation().getUid()).isEqualTo("sink-deliverystream0");
    }

    @Test
    void validationErrorsSurfaceThroughTheGenericEntryPoints() {
        Map<String, String> config = config("kinesis");
        config.put("stream.name", "ExampleInputStream");
        config.put("flink.stream.recordpublisher", "EFO");

        assertThatThrownBy(() -> StreamSources.strings(env, PropertyGroup.of("InputStream0", config)))
                .hasMessageContaining("flink.stream.efo.consumername");
    }
}
