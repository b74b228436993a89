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

import java.lang.reflect.Field;
import java.util.List;
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

import io.flinkblocks.connectors.GroupUnderTest;
import io.flinkblocks.connectors.StreamSources;

class KafkaSourcesTest {

    private static final GroupUnderTest KAFKA_SOURCE =
            group("KafkaSource", "bootstrap.servers", "127.0.0.1:9092", "group.id", "replication", "topic", "in");

    private static KafkaSource<String> build(GroupUnderTest group) {
        return KafkaSources.source(group.properties(), new SimpleStringSchema());
    }

    /** The properties the source hands to its Kafka consumers (the connector keeps them private). */
    private static Properties consumerConfig(KafkaSource<?> source) throws Exception {
        Field props = KafkaSource.class.getDeclaredField("props");
        props.setAccessible(true);
        return (Properties) props.get(source);
    }

    @Test
    void readsCommittedRecordsOnlyByDefault() throws Exception {
        assertThat(consumerConfig(build(KAFKA_SOURCE))).containsEntry("isolation.level", "read_committed");
    }

    @Test
    void theDefaultHoldsForSourcesSelectedByProperty() throws Exception {
        GroupUnderTest group = KAFKA_SOURCE.with("connector", "kafka");
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();

        DataStream<String> strings = StreamSources.strings(env, group.properties());
        DataStream<byte[]> bytes =
                StreamSources.bytes(env, group.named("KafkaBytes").properties());

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
        GroupUnderTest group = KAFKA_SOURCE.with("isolation.level", value);

        Properties client = consumerConfig(build(group));

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
        GroupUnderTest group = KAFKA_SOURCE.with("isolation.level", value);

        assertRejectsKey(() -> build(group), "isolation.level", "READ_UNCOMMITTED, READ_COMMITTED");
    }

    @Test
    void basicGroupBuildsAnUnboundedSource() {
        assertThat(build(KAFKA_SOURCE).getBoundedness()).isEqualTo(Boundedness.CONTINUOUS_UNBOUNDED);
    }

    @Test
    void stoppingAtLatestMakesTheSourceBounded() {
        GroupUnderTest group = KAFKA_SOURCE.with("stopping.offsets", "latest");

        assertThat(build(group).getBoundedness()).isEqualTo(Boundedness.BOUNDED);
    }

    @Test
    void topicPatternReplacesTheTopic() {
        GroupUnderTest group = KAFKA_SOURCE.without("topic").with("topic.pattern", "orders-.*");

        assertThat(build(group)).isNotNull();
    }

    @Test
    void streamHasUidAndName() {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();

        DataStream<String> stream = KafkaSources.strings(env, KAFKA_SOURCE.properties());

        assertThat(stream.getTransformation().getUid()).isEqualTo("source-kafkasource");
        assertThat(stream.getTransformation().getName()).isEqualTo("Source: kafka (KafkaSource)");
    }

    @Test
    void missingTopicIsAnError() {
        GroupUnderTest group = KAFKA_SOURCE.without("topic");

        assertRejectsKey(() -> build(group), "topic", "missing").hasMessageContaining("topic.pattern");
    }

    @Test
    void topicAndPatternTogetherAreAnError() {
        GroupUnderTest group = KAFKA_SOURCE.with("topic.pattern", "in.*");

        assertThatThrownBy(() -> build(group)).hasMessageContaining("either topic or topic.pattern, not both");
    }

    @Test
    void invalidPatternIsAnError() {
        GroupUnderTest group = KAFKA_SOURCE.without("topic").with("topic.pattern", "orders-(");

        assertThatThrownBy(() -> build(group))
                .hasMessageContaining("topic.pattern")
                .hasMessageContaining("regular expression");
    }

    @Test
    void missingGroupIdIsAnError() {
        GroupUnderTest group = KAFKA_SOURCE.without("group.id");

        assertRejectsKey(() -> build(group), "group.id", "missing");
    }

    @Test
    void missingBootstrapServersIsAnError() {
        GroupUnderTest group = KAFKA_SOURCE.without("bootstrap.servers");

        assertRejectsKey(() -> build(group), "bootstrap.servers", "missing");
    }

    @Test
    void timestampStartNeedsATimestamp() {
        GroupUnderTest group = KAFKA_SOURCE.with("starting.offsets", "TIMESTAMP");

        assertRejectsKey(() -> build(group), "starting.offsets.timestamp", "missing");
    }

    @Test
    void timestampWithoutTimestampStartIsAnError() {
        GroupUnderTest group = KAFKA_SOURCE.with("starting.offsets.timestamp", "1700000000000");

        assertThatThrownBy(() -> build(group)).hasMessageContaining("only applies with starting.offsets=TIMESTAMP");
    }

    @Test
    void timestampStartBuilds() {
        GroupUnderTest group =
                KAFKA_SOURCE.with("starting.offsets", "timestamp").with("starting.offsets.timestamp", "1700000000000");

        assertThat(build(group)).isNotNull();
    }

    @ParameterizedTest
    @CsvSource({
        "starting.offsets, FIRST, 'one of EARLIEST, LATEST, COMMITTED, TIMESTAMP'",
        "stopping.offsets, EARLIEST, 'one of LATEST'",
        "starting.offsets.timestamp, yesterday, 'an integer'",
        "truststore.check, maybe, 'a boolean'",
    })
    void invalidValuesAreErrors(String key, String value, String expectation) {
        GroupUnderTest withValue = KAFKA_SOURCE.with(key, value);
        if (key.equals("starting.offsets.timestamp")) {
            withValue = withValue.with("starting.offsets", "TIMESTAMP");
        }
        if (key.equals("truststore.check")) {
            withValue = withValue.with("ssl.truststore.location", "/x.jks");
        }
        GroupUnderTest group = withValue;

        assertRejectsKey(() -> build(group), key, expectation);
    }
}
