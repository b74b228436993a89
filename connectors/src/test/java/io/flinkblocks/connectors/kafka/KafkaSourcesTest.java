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

import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.flink.api.common.serialization.SimpleStringSchema;
import org.apache.flink.api.connector.source.Boundedness;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.transformations.SourceTransformation;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.flinkblocks.connectors.StreamSources;
import io.flinkblocks.runtime.PropertyGroup;

class KafkaSourcesTest {

    private static Map<String, String> basic() {
        Map<String, String> values = new HashMap<>();
        values.put("bootstrap.servers", "127.0.0.1:9092");
        values.put("group.id", "replication");
        values.put("topic", "in");
        return values;
    }

    private static KafkaSource<String> build(Map<String, String> values) {
        return KafkaSources.source(PropertyGroup.of("KafkaSource", values), new SimpleStringSchema());
    }

    /** The properties the source hands to its Kafka consumers (the connector keeps them private). */
    private static Properties consumerConfig(KafkaSource<?> source) throws Exception {
        Field props = KafkaSource.class.getDeclaredField("props");
        props.setAccessible(true);
        return (Properties) props.get(source);
    }

    @Test
    void readsCommittedRecordsOnlyByDefault() throws Exception {
        assertThat(consumerConfig(build(basic()))).containsEntry("isolation.level", "read_committed");
    }

    @Test
    void theDefaultHoldsForSourcesSelectedByProperty() throws Exception {
        Map<String, String> values = basic();
        values.put("connector", "kafka");
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();

        DataStream<String> strings = StreamSources.strings(env, PropertyGroup.of("KafkaSource", values));
        DataStream<byte[]> bytes = StreamSources.bytes(env, PropertyGroup.of("KafkaBytes", values));

        for (DataStream<?> stream : List.of(strings, bytes)) {
            KafkaSource<?> source =
                    (KafkaSource<?>) ((SourceTransformation<?, ?, ?>) stream.getTransformation()).getSource();
            assertThat(consumerConfig(source)).containsEntry("isolation.level", "read_committed");
        }
    }

    @ParameterizedTest
    @CsvSource({
        "read_uncommitted, read_uncommitted",
        "READ_UNCOMMITTED, read_uncommitted",
        "read_committed, read_committed",
        "' Read_Committed ', read_committed",
    })
    void anExplicitIsolationLevelIsKeptInTheClientsSpelling(String value, String expected) throws Exception {
        Map<String, String> values = basic();
        values.put("isolation.level", value);

        Properties client = consumerConfig(build(values));

        assertThat(client).containsEntry("isolation.level", expected);
        // what the Kafka consumer accepts: its own validator knows only the lower-case names
        ConsumerConfig.configDef()
                .configKeys()
                .get("isolation.level")
                .validator
                .ensureValid("isolation.level", expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"committed", "read-only", "read_committed;"})
    void anUnknownIsolationLevelIsAnErrorBeforeTheJobRuns(String value) {
        Map<String, String> values = basic();
        values.put("isolation.level", value);

        assertRejectsKey(() -> build(values), "isolation.level", "READ_UNCOMMITTED, READ_COMMITTED");
    }

    @Test
    void basicGroupBuildsAnUnboundedSource() {
        assertThat(build(basic()).getBoundedness()).isEqualTo(Boundedness.CONTINUOUS_UNBOUNDED);
    }

    @Test
    void stoppingAtLatestMakesTheSourceBounded() {
        Map<String, String> values = basic();
        values.put("stopping.offsets", "latest");

        assertThat(build(values).getBoundedness()).isEqualTo(Boundedness.BOUNDED);
    }

    @Test
    void topicPatternReplacesTheTopic() {
        Map<String, String> values = basic();
        values.remove("topic");
        values.put("topic.pattern", "orders-.*");

        assertThat(build(values)).isNotNull();
    }

    @Test
    void streamHasUidAndName() {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();

        DataStream<String> stream = KafkaSources.strings(env, PropertyGroup.of("KafkaSource", basic()));

        assertThat(stream.getTransformation().getUid()).isEqualTo("source-kafkasource");
        assertThat(stream.getTransformation().getName()).isEqualTo("Source: kafka (KafkaSource)");
    }

    @Test
    void missingTopicIsAnError() {
        Map<String, String> values = basic();
        values.remove("topic");

        assertRejectsKey(() -> build(values), "topic", "missing").hasMessageContaining("topic.pattern");
    }

    @Test
    void topicAndPatternTogetherAreAnError() {
        Map<String, String> values = basic();
        values.put("topic.pattern", "in.*");

        assertThatThrownBy(() -> build(values)).hasMessageContaining("either topic or topic.pattern, not both");
    }

    @Test
    void invalidPatternIsAnError() {
        Map<String, String> values = basic();
        values.remove("topic");
        values.put("topic.pattern", "orders-(");

        assertThatThrownBy(() -> build(values))
                .hasMessageContaining("topic.pattern")
                .hasMessageContaining("regular expression");
    }

    @Test
    void missingGroupIdIsAnError() {
        Map<String, String> values = basic();
        values.remove("group.id");

        assertRejectsKey(() -> build(values), "group.id", "missing");
    }

    @Test
    void missingBootstrapServersIsAnError() {
        Map<String, String> values = basic();
        values.remove("bootstrap.servers");

        assertRejectsKey(() -> build(values), "bootstrap.servers", "missing");
    }

    @Test
    void timestampStartNeedsATimestamp() {
        Map<String, String> values = basic();
        values.put("starting.offsets", "TIMESTAMP");

        assertRejectsKey(() -> build(values), "starting.offsets.timestamp", "missing");
    }

    @Test
    void timestampWithoutTimestampStartIsAnError() {
        Map<String, String> values = basic();
        values.put("starting.offsets.timestamp", "1700000000000");

        assertThatThrownBy(() -> build(values)).hasMessageContaining("only applies with starting.offsets=TIMESTAMP");
    }

    @Test
    void timestampStartBuilds() {
        Map<String, String> values = basic();
        values.put("starting.offsets", "timestamp");
        values.put("starting.offsets.timestamp", "1700000000000");

        assertThat(build(values)).isNotNull();
    }

    @ParameterizedTest
    @CsvSource({
        "starting.offsets, FIRST, 'one of EARLIEST, LATEST, COMMITTED, TIMESTAMP'",
        "stopping.offsets, EARLIEST, 'one of LATEST'",
        "starting.offsets.timestamp, yesterday, 'an integer'",
        "truststore.check, maybe, 'a boolean'",
    })
    void invalidValuesAreErrors(String key, String value, String expectation) {
        Map<String, String> values = basic();
        values.put(key, value);
        if (key.equals("starting.offsets.timestamp")) {
            values.put("starting.offsets", "TIMESTAMP");
        }
        if (key.equals("truststore.check")) {
            values.put("ssl.truststore.location", "/x.jks");
        }

        assertRejectsKey(() -> build(values), key, expectation);
    }
}
