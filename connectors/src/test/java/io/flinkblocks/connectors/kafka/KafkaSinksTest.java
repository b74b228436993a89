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

import static io.flinkblocks.connectors.GroupUnderTest.group;
import static io.flinkblocks.connectors.PropertyErrors.assertRejectsKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.Properties;

import org.apache.flink.api.common.serialization.SimpleStringSchema;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.streaming.api.datastream.DataStreamSink;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.flinkblocks.connectors.GroupUnderTest;

class KafkaSinksTest {

    private static final Duration CHECKPOINTS = Duration.ofSeconds(60);

    private static final GroupUnderTest KAFKA_SINK =
            group("KafkaSink", "bootstrap.servers", "127.0.0.1:9092", "topic", "out");
    private static final GroupUnderTest EXACTLY_ONCE =
            KAFKA_SINK.with("delivery.guarantee", "EXACTLY_ONCE").with("transactional.id.prefix", "replication-job");

    private static KafkaSink<String> build(GroupUnderTest group, Duration checkpointInterval) {
        return KafkaSinks.sink(group.properties(), new SimpleStringSchema(), checkpointInterval);
    }

    private static Properties producerConfig(KafkaSink<?> sink) throws Exception {
        Method getter = KafkaSink.class.getDeclaredMethod("getKafkaProducerConfig");
        getter.setAccessible(true);
        return (Properties) getter.invoke(sink);
    }

    @Test
    void atLeastOnceNeedsNoTransactionalIdPrefix() throws Exception {
        assertThat(producerConfig(build(KAFKA_SINK, null))).containsEntry("bootstrap.servers", "127.0.0.1:9092");
    }

    @Test
    void passesProducerKeysThrough() throws Exception {
        GroupUnderTest group = KAFKA_SINK.with("linger.ms", "25").with("compression.type", "zstd");

        assertThat(producerConfig(build(group, null)))
                .containsEntry("linger.ms", "25")
                .containsEntry("compression.type", "zstd")
                .doesNotContainKeys("topic", "delivery.guarantee");
    }

    @Test
    void exactlyOnceDefaultsTheTransactionTimeoutToTheBrokersMaximum() throws Exception {
        assertThat(producerConfig(build(EXACTLY_ONCE, CHECKPOINTS))).containsEntry("transaction.timeout.ms", "900000");
    }

    @Test
    void exactlyOnceKeepsAValidTransactionTimeout() throws Exception {
        GroupUnderTest group = EXACTLY_ONCE.with("transaction.timeout.ms", "300000");

        assertThat(producerConfig(build(group, CHECKPOINTS))).containsEntry("transaction.timeout.ms", "300000");
    }

    @Test
    void exactlyOnceRejectsTheGuidesOneSecondTimeout() {
        GroupUnderTest group = EXACTLY_ONCE.with("transaction.timeout.ms", "1000");

        assertThatThrownBy(() -> build(group, CHECKPOINTS))
                .hasMessageContaining("transaction.timeout.ms")
                .hasMessageContaining("1000 ms is shorter than the checkpoint interval (60000 ms)");
    }

    @Test
    void exactlyOnceRejectsATimeoutAboveTheBrokersMaximum() {
        GroupUnderTest group = EXACTLY_ONCE.with("transaction.timeout.ms", "3600000");

        assertThatThrownBy(() -> build(group, CHECKPOINTS))
                .hasMessageContaining("exceeds the brokers' transaction.max.timeout.ms (900000 ms)");
    }

    @Test
    void aHigherBrokerMaximumAllowsALongerTimeout() throws Exception {
        GroupUnderTest group =
                EXACTLY_ONCE.with("broker.transaction.max.timeout", "1h").with("transaction.timeout.ms", "3600000");

        assertThat(producerConfig(build(group, CHECKPOINTS))).containsEntry("transaction.timeout.ms", "3600000");
    }

    @Test
    void brokerMaximumBelowTheCheckpointIntervalIsAnError() {
        GroupUnderTest group = EXACTLY_ONCE.with("broker.transaction.max.timeout", "30s");

        assertThatThrownBy(() -> build(group, CHECKPOINTS))
                .hasMessageContaining("broker.transaction.max.timeout")
                .hasMessageContaining("shorter than the checkpoint interval");
    }

    @Test
    void exactlyOnceNeedsATransactionalIdPrefix() {
        GroupUnderTest group = EXACTLY_ONCE.without("transactional.id.prefix");

        assertRejectsKey(() -> build(group, CHECKPOINTS), "transactional.id.prefix", "missing");
    }

    @Test
    void exactlyOnceNeedsCheckpointing() {
        assertThatThrownBy(() -> build(EXACTLY_ONCE, null)).hasMessageContaining("checkpointing is off");
    }

    @Test
    void attachReadsTheCheckpointIntervalOfTheEnvironment() {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.enableCheckpointing(120_000);
        GroupUnderTest group = EXACTLY_ONCE.with("transaction.timeout.ms", "60000");

        assertThatThrownBy(() -> KafkaSinks.strings(env.fromData("a"), group.properties()))
                .hasMessageContaining("shorter than the checkpoint interval (120000 ms)");
    }

    @Test
    void attachedSinkHasUidAndName() {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();

        DataStreamSink<String> sink = KafkaSinks.strings(env.fromData("a"), KAFKA_SINK.properties());

        assertThat(sink.getTransformation().getUid()).isEqualTo("sink-kafkasink");
        assertThat(sink.getTransformation().getName()).isEqualTo("Sink: kafka (KafkaSink)");
    }

    @Test
    void missingTopicIsAnError() {
        GroupUnderTest group = KAFKA_SINK.without("topic");

        assertRejectsKey(() -> build(group, null), "topic", "missing");
    }

    @Test
    void severalTopicsAreAnError() {
        GroupUnderTest group = KAFKA_SINK.with("topic", "a,b");

        assertThatThrownBy(() -> build(group, null)).hasMessageContaining("one topic name");
    }

    @Test
    void missingBootstrapServersIsAnError() {
        GroupUnderTest group = KAFKA_SINK.without("bootstrap.servers");

        assertRejectsKey(() -> build(group, null), "bootstrap.servers", "missing");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ONCE", "exactly", "AT_MOST_ONCE"})
    void unknownDeliveryGuaranteeIsAnError(String guarantee) {
        GroupUnderTest group = KAFKA_SINK.with("delivery.guarantee", guarantee);

        assertThatThrownBy(() -> build(group, CHECKPOINTS))
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
        GroupUnderTest group = EXACTLY_ONCE.with(key, value);

        assertRejectsKey(() -> build(group, CHECKPOINTS), key, expectation);
    }
}
