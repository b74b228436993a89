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
package io.flinkblocks.connectors.kafka;

import static io.flinkblocks.connectors.PropertyErrors.assertRejectsKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import org.apache.flink.api.common.serialization.SimpleStringSchema;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.streaming.api.datastream.DataStreamSink;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.flinkblocks.runtime.PropertyGroup;

class KafkaSinksTest {

    private static final Duration CHECKPOINTS = Duration.ofSeconds(60);

    private static Map<String, String> basic() {
        Map<String, String> values = new HashMap<>();
        values.put("bootstrap.servers", "127.0.0.1:9092");
        values.put("topic", "out");
        return values;
    }

    private static Map<String, String> exactlyOnce() {
        Map<String, String> values = basic();
        values.put("delivery.guarantee", "EXACTLY_ONCE");
        values.put("transactional.id.prefix", "replication-job");
        return values;
    }

    private static KafkaSink<String> build(Map<String, String> values, Duration checkpointInterval) {
        return KafkaSinks.sink(PropertyGroup.of("KafkaSink", values), new SimpleStringSchema(), checkpointInterval);
    }

    private static Properties producerConfig(KafkaSink<?> sink) throws Exception {
        Method getter = KafkaSink.class.getDeclaredMethod("getKafkaProducerConfig");
        getter.setAccessible(true);
        return (Properties) getter.invoke(sink);
    }

    @Test
    void atLeastOnceNeedsNoTransactionalIdPrefix() throws Exception {
        assertThat(producerConfig(build(basic(), null))).containsEntry("bootstrap.servers", "127.0.0.1:9092");
    }

    @Test
    void passesProducerKeysThrough() throws Exception {
        Map<String, String> values = basic();
        values.put("linger.ms", "25");
        values.put("compression.type", "zstd");

        assertThat(producerConfig(build(values, null)))
                .containsEntry("linger.ms", "25")
                .containsEntry("compression.type", "zstd")
                .doesNotContainKeys("topic", "delivery.guarantee");
    }

    @Test
    void exactlyOnceDefaultsTheTransactionTimeoutToTheBrokersMaximum() throws Exception {
        assertThat(producerConfig(build(exactlyOnce(), CHECKPOINTS))).containsEntry("transaction.timeout.ms", "900000");
    }

    @Test
    void exactlyOnceKeepsAValidTransactionTimeout() throws Exception {
        Map<String, String> values = exactlyOnce();
        values.put("transaction.timeout.ms", "300000");

        assertThat(producerConfig(build(values, CHECKPOINTS))).containsEntry("transaction.timeout.ms", "300000");
    }

    @Test
    void exactlyOnceRejectsTheGuidesOneSecondTimeout() {
        Map<String, String> values = exactlyOnce();
        values.put("transaction.timeout.ms", "1000");

        assertThatThrownBy(() -> build(values, CHECKPOINTS))
                .hasMessageContaining("transaction.timeout.ms")
                .hasMessageContaining("1000 ms is shorter than the checkpoint interval (60000 ms)");
    }

    @Test
    void exactlyOnceRejectsATimeoutAboveTheBrokersMaximum() {
        Map<String, String> values = exactlyOnce();
        values.put("transaction.timeout.ms", "3600000");

        assertThatThrownBy(() -> build(values, CHECKPOINTS))
                .hasMessageContaining("exceeds the brokers' transaction.max.timeout.ms (900000 ms)");
    }

    @Test
    void aHigherBrokerMaximumAllowsALongerTimeout() throws Exception {
        Map<String, String> values = exactlyOnce();
        values.put("broker.transaction.max.timeout", "1h");
        values.put("transaction.timeout.ms", "3600000");

        assertThat(producerConfig(build(values, CHECKPOINTS))).containsEntry("transaction.timeout.ms", "3600000");
    }

    @Test
    void brokerMaximumBelowTheCheckpointIntervalIsAnError() {
        Map<String, String> values = exactlyOnce();
        values.put("broker.transaction.max.timeout", "30s");

        assertThatThrownBy(() -> build(values, CHECKPOINTS))
                .hasMessageContaining("broker.transaction.max.timeout")
                .hasMessageContaining("shorter than the checkpoint interval");
    }

    @Test
    void exactlyOnceNeedsATransactionalIdPrefix() {
        Map<String, String> values = exactlyOnce();
        values.remove("transactional.id.prefix");

        assertRejectsKey(() -> build(values, CHECKPOINTS), "transactional.id.prefix", "missing");
    }

    @Test
    void exactlyOnceNeedsCheckpointing() {
        assertThatThrownBy(() -> build(exactlyOnce(), null)).hasMessageContaining("checkpointing is off");
    }

    @Test
    void attachReadsTheCheckpointIntervalOfTheEnvironment() {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.enableCheckpointing(120_000);
        Map<String, String> values = exactlyOnce();
        values.put("transaction.timeout.ms", "60000");

        assertThatThrownBy(() -> KafkaSinks.strings(env.fromData("a"), PropertyGroup.of("KafkaSink", values)))
                .hasMessageContaining("shorter than the checkpoint interval (120000 ms)");
    }

    @Test
    void attachedSinkHasUidAndName() {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();

        DataStreamSink<String> sink = KafkaSinks.strings(env.fromData("a"), PropertyGroup.of("KafkaSink", basic()));

        assertThat(sink.getTransformation().getUid()).isEqualTo("sink-kafkasink");
        assertThat(sink.getTransformation().getName()).isEqualTo("Sink: kafka (KafkaSink)");
    }

    @Test
    void missingTopicIsAnError() {
        Map<String, String> values = basic();
        values.remove("topic");

        assertRejectsKey(() -> build(values, null), "topic", "missing");
    }

    @Test
    void severalTopicsAreAnError() {
        Map<String, String> values = basic();
        values.put("topic", "a,b");

        assertThatThrownBy(() -> build(values, null)).hasMessageContaining("one topic name");
    }

    @Test
    void missingBootstrapServersIsAnError() {
        Map<String, String> values = basic();
        values.remove("bootstrap.servers");

        assertRejectsKey(() -> build(values, null), "bootstrap.servers", "missing");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ONCE", "exactly", "AT_MOST_ONCE"})
    void unknownDeliveryGuaranteeIsAnError(String guarantee) {
        Map<String, String> values = basic();
        values.put("delivery.guarantee", guarantee);

        assertThatThrownBy(() -> build(values, CHECKPOINTS))
                .hasMessageContaining("delivery.guarantee")
                .hasMessageContaining("EXACTLY_ONCE, AT_LEAST_ONCE, NONE");
    }

    @ParameterizedTest
    @CsvSource({
        "transaction.timeout.ms, soon, 'an integer'",
        "transaction.timeout.ms, 0, 'out of range'",
        "broker.transaction.max.timeout, forever, 'a duration'",
    })
    void invalidExactlyOnceValuesAreErrors(String key, String value, String expectation) {
        Map<String, String> values = exactlyOnce();
        values.put(key, value);

        assertRejectsKey(() -> build(values, CHECKPOINTS), key, expectation);
    }
}
