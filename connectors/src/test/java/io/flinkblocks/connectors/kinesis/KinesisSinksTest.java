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
package io.flinkblocks.connectors.kinesis;

import static io.flinkblocks.connectors.GroupUnderTest.group;
import static io.flinkblocks.connectors.PropertyErrors.assertRejectsKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;

import org.apache.flink.api.common.serialization.SimpleStringSchema;
import org.apache.flink.streaming.api.datastream.DataStreamSink;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.flinkblocks.connectors.GroupUnderTest;

class KinesisSinksTest {

    private static final GroupUnderTest OUTPUT_STREAM =
            group("OutputStream0", "aws.region", "us-east-1", "stream.name", "ExampleOutputStream");

    @Test
    void attachesASinkWithUidAndName() {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        DataStreamSink<String> sink = KinesisSinks.strings(env.fromData("a", "b"), OUTPUT_STREAM.properties());

        assertThat(sink.getTransformation().getUid()).isEqualTo("sink-outputstream0");
        assertThat(sink.getTransformation().getName()).isEqualTo("Sink: kinesis (OutputStream0)");
    }

    @Test
    void acceptsAStreamArnInsteadOfAName() {
        GroupUnderTest byArn = OUTPUT_STREAM
                .without("stream.name")
                .with("stream.arn", "arn:aws:kinesis:us-east-1:123456789012:stream/ExampleOutputStream");
        assertThat(KinesisSinks.sink(byArn.properties(), new SimpleStringSchema()))
                .isNotNull();
    }

    @Test
    void missingStreamIsAnError() {
        assertRejectsKey(
                () -> KinesisSinks.validate(OUTPUT_STREAM.without("stream.name").properties()),
                "stream.name",
                "missing");
    }

    @Test
    void defaultPartitionKeysSpreadInsteadOfOneConstant() {
        SpreadPartitionKeys<String> keys = new SpreadPartitionKeys<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            seen.add(keys.apply("same record"));
        }
        assertThat(seen).hasSizeGreaterThan(990);
    }

    @Test
    void keySelectorPartitionKeysFollowTheKeyWithinKinesisLimits() {
        KeySelectorPartitionKeys<String> keys = new KeySelectorPartitionKeys<>(s -> s.split(",")[0]);

        assertThat(keys.apply("AMZN,42.1")).isEqualTo("AMZN");
        assertThat(keys.apply(",42.1")).isEqualTo("-");
        assertThat(new KeySelectorPartitionKeys<String>(s -> s).apply("k".repeat(300)))
                .hasSize(256);
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "sink.batch.max-size | 501 | out of range [1, 500]",
                "sink.flush-buffer.size | 6mb | at most 5242880 bytes per batch",
                "sink.record.max-size | 2mb | at most 1048576 bytes per record",
                "sink.flush-buffer.timeout | 0 | a positive duration",
                "sink.requests.max-inflight | 0 | out of range",
                "sink.fail-on-error | maybe | a boolean",
                "aws.http.protocol.version | HTTP3 | one of HTTP1_1, HTTP2",
            })
    void valuesBeyondTheServiceLimitsAreErrors(String key, String value, String expectation) {
        assertRejectsKey(
                () -> KinesisSinks.validate(OUTPUT_STREAM.with(key, value).properties()), key, expectation);
    }

    @Test
    void misspelledBatchKeySuggestsTheRightOne() {
        assertThatThrownBy(() -> KinesisSinks.validate(
                        OUTPUT_STREAM.with("sink.batch.maxsize", "100").properties()))
                .hasMessageContaining("did you mean 'sink.batch.max-size'");
    }
}
