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
package io.flinkblocks.connectors.firehose;

import static io.flinkblocks.connectors.GroupUnderTest.group;
import static io.flinkblocks.connectors.PropertyErrors.assertRejectsKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.flink.streaming.api.datastream.DataStreamSink;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.flinkblocks.connectors.GroupUnderTest;

class FirehoseSinksTest {

    private static final GroupUnderTest DELIVERY_STREAM =
            group("DeliveryStream0", "aws.region", "us-west-2", "delivery.stream.name", "ExampleDeliveryStream");

    @Test
    void attachesASinkWithUidAndName() {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        DataStreamSink<String> sink = FirehoseSinks.strings(env.fromData("a"), DELIVERY_STREAM.properties());

        assertThat(sink.getTransformation().getUid()).isEqualTo("sink-deliverystream0");
        assertThat(sink.getTransformation().getName()).isEqualTo("Sink: firehose (DeliveryStream0)");
    }

    @Test
    void missingDeliveryStreamIsAnError() {
        assertRejectsKey(
                () -> FirehoseSinks.validate(
                        DELIVERY_STREAM.without("delivery.stream.name").properties()),
                "delivery.stream.name",
                "missing required key");
    }

    @Test
    void missingRegionWithoutEndpointIsAnError() {
        assertRejectsKey(
                () -> FirehoseSinks.validate(
                        DELIVERY_STREAM.without("aws.region").properties()),
                "aws.region");
    }

    @Test
    void httpProtocolIsSelectable() {
        assertThat(FirehoseSinks.sink(
                        DELIVERY_STREAM
                                .with("aws.http.protocol.version", "HTTP1_1")
                                .properties(),
                        new org.apache.flink.api.common.serialization.SimpleStringSchema()))
                .isNotNull();
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "sink.batch.max-size | 501 | out of range [1, 500]",
                "sink.flush-buffer.size | 5mb | at most 4194304 bytes per batch",
                "sink.record.max-size | 1mb | at most 1024000 bytes per record",
                "aws.http.protocol.version | HTTP3 | one of HTTP1_1, HTTP2",
                "delivery.stream.name | has spaces | a delivery stream name",
            })
    void valuesBeyondTheServiceLimitsAreErrors(String key, String value, String expectation) {
        assertRejectsKey(
                () -> FirehoseSinks.validate(DELIVERY_STREAM.with(key, value).properties()), key, expectation);
    }

    @Test
    void misspelledKeySuggestsTheRightOne() {
        assertThatThrownBy(() -> FirehoseSinks.validate(
                        DELIVERY_STREAM.with("delivery.stream.nane", "x").properties()))
                .hasMessageContaining("did you mean 'delivery.stream.name'");
    }
}
