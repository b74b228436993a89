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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.flinkblocks.runtime.InvalidPropertiesException;
import io.flinkblocks.runtime.PropertyGroup;
import io.flinkblocks.testing.CompiledClasses;
import io.flinkblocks.testing.OperatorUidCheck;
import io.flinkblocks.testing.flink.FailOnce;
import io.flinkblocks.testing.flink.MiniClusters;
import io.flinkblocks.testing.kafka.KafkaBrokerExtension;
import io.flinkblocks.testing.kafka.KafkaGroups;
import io.flinkblocks.testing.kafka.LocalKafkaBroker;

/** Topic-to-topic replication through a real broker, exactly once, as the msk-replication job does it. */
class KafkaReplicationIT {

    @RegisterExtension
    static final MiniClusterExtension FLINK = MiniClusters.slots(2);

    @RegisterExtension
    static final KafkaBrokerExtension KAFKA = new KafkaBrokerExtension();

    private static final int RECORDS = 1000;
    /** Where the generated truststore is put on the test class path, as a job JAR would carry it. */
    private static final String TRUSTSTORE_RESOURCE = "generated-certs/kafka-it-truststore.jks";

    @BeforeAll
    static void packageTruststoreOnTheClasspath() throws Exception {
        Path truststore = CompiledClasses.rootOf(KafkaReplicationIT.class).resolve(TRUSTSTORE_RESOURCE);
        Files.createDirectories(truststore.getParent());
        Files.write(truststore, KAFKA.broker().certificates().truststoreBytes());
    }

    @Test
    void replicatesEveryRecordExactlyOnceOverPlaintext(LocalKafkaBroker broker) throws Exception {
        List<String> records = produceRecords(broker, "plain-in", "plain-out");
        Map<String, String> plaintext = KafkaGroups.plaintext(broker);
        Map<String, String> source = KafkaGroups.boundedSource(plaintext, "plain-in", "replication-it-plain-in");
        Map<String, String> sink = KafkaGroups.exactlyOnceSink(plaintext, "plain-out", "it-plain");

        FailOnce.arm(RECORDS / 2);

        runReplication(source, sink, new FailOnce<String>());

        assertThat(FailOnce.failures())
                .as("the job failed once and was restarted")
                .isEqualTo(1);
        assertThat(broker.consumeAllCommitted("plain-out"))
                .hasSize(RECORDS)
                .containsExactlyInAnyOrderElementsOf(records);
    }

    @Test
    void replicatesEveryRecordExactlyOnceOverTlsWithATruststoreFromTheClasspath(LocalKafkaBroker broker)
            throws Exception {
        List<String> records = produceRecords(broker, "tls-in", "tls-out");
        Map<String, String> tls =
                classpathTruststore(broker, broker.certificates().truststorePassword());
        Map<String, String> source = KafkaGroups.boundedSource(tls, "tls-in", "replication-it-tls-in");
        Map<String, String> sink = KafkaGroups.exactlyOnceSink(tls, "tls-out", "it-tls");

        runReplication(source, sink, value -> value);

        assertThat(broker.consumeAllCommitted("tls-out")).hasSize(RECORDS).containsExactlyInAnyOrderElementsOf(records);
    }

    @Test
    void wrongTruststorePasswordFailsBeforeTheJobRuns(LocalKafkaBroker broker) {
        Map<String, String> source = KafkaGroups.boundedSource(
                classpathTruststore(broker, "not-the-password"), "tls-in", "replication-it-tls-in");

        assertThatThrownBy(() -> KafkaSources.strings(
                        StreamExecutionEnvironment.getExecutionEnvironment(), PropertyGroup.of("KafkaSource", source)))
                .isInstanceOf(InvalidPropertiesException.class)
                .hasMessageContaining("key 'ssl.truststore.password'")
                .hasMessageContaining("does not open truststore 'classpath:" + TRUSTSTORE_RESOURCE + "'")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("not-the-password"));
    }

    @Test
    void missingTruststoreFailsBeforeTheJobRuns(LocalKafkaBroker broker) {
        Map<String, String> sink = KafkaGroups.exactlyOnceSink(
                classpathTruststore(broker, broker.certificates().truststorePassword()), "tls-out", "it-missing");
        sink.put("ssl.truststore.location", "classpath:generated-certs/absent.jks");
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.enableCheckpointing(500);

        assertThatThrownBy(() -> KafkaSinks.strings(env.fromData("a"), PropertyGroup.of("KafkaSink", sink)))
                .isInstanceOf(InvalidPropertiesException.class)
                .hasMessageContaining("key 'ssl.truststore.location'")
                .hasMessageContaining("'classpath:generated-certs/absent.jks' is not on the class path");
    }

    private static List<String> produceRecords(LocalKafkaBroker broker, String in, String out) {
        broker.createTopics(2, in, out);
        List<String> records =
                IntStream.range(0, RECORDS).mapToObj(i -> "{\"seq\":" + i + "}").collect(Collectors.toList());
        broker.produce(in, records);
        return records;
    }

    /**
     * Runs source, {@code between}, sink. Restarts are allowed, so a failure injected by {@code between}
     * shows whether records written before it appear twice.
     */
    private static void runReplication(
            Map<String, String> source, Map<String, String> sink, MapFunction<String, String> between)
            throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(2);
        env.enableCheckpointing(300);
        Configuration restarts = new Configuration();
        restarts.set(RestartStrategyOptions.RESTART_STRATEGY, "fixed-delay");
        restarts.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_ATTEMPTS, 2);
        restarts.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_DELAY, Duration.ofMillis(100));
        env.configure(restarts);
        DataStream<String> records = KafkaSources.strings(env, PropertyGroup.of("KafkaSource", source))
                .map(between)
                .uid("between")
                .name("between");
        KafkaSinks.strings(records, PropertyGroup.of("KafkaSink", sink));
        OperatorUidCheck.assertEveryOperatorHasUid(env);
        env.execute("kafka-replication-it");
    }

    private static Map<String, String> classpathTruststore(LocalKafkaBroker broker, String password) {
        return KafkaGroups.customTruststore(broker, "classpath:" + TRUSTSTORE_RESOURCE, password);
    }
}
