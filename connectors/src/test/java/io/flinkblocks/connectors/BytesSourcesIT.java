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
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.flinkblocks.connectors.kinesis.KinesisSourceImplementation;
import io.flinkblocks.runtime.PropertyGroup;
import io.flinkblocks.testing.jobs.LocalKinesisMiniCluster;
import io.flinkblocks.testing.kafka.KafkaBrokerExtension;
import io.flinkblocks.testing.kafka.LocalKafkaBroker;

/**
 * {@code StreamSources.bytes} reads back, byte for byte, records that are not UTF-8, from a local
 * Kinesis stream (both source implementations) and a Kafka topic: the bytes a parser needs to tell
 * such a record from text, which the string sources replace with U+FFFD.
 */
class BytesSourcesIT {

    @RegisterExtension
    static final LocalKinesisMiniCluster LOCAL = LocalKinesisMiniCluster.slots(2);

    @RegisterExtension
    static final KafkaBrokerExtension KAFKA = new KafkaBrokerExtension();

    @Test
    void kinesisRecordsArriveByteForByte() throws Exception {
        Map<String, String> config =
                quickSourceOf(streamWithRecords("bytes"), KinesisSourceImplementation.FLINK_KINESIS_CONSUMER);

        assertThat(read(config, Duration.ofSeconds(60))).containsExactlyInAnyOrderElementsOf(hex(records()));
    }

    @Test
    void kinesisStreamsSourceRecordsArriveByteForByte() throws Exception {
        Map<String, String> config =
                quickSourceOf(streamWithRecords("bytes-fresh"), KinesisSourceImplementation.KINESIS_STREAMS_SOURCE);

        assertThat(read(config, Duration.ofSeconds(90))).containsExactlyInAnyOrderElementsOf(hex(records()));
    }

    @Test
    void kafkaRecordsArriveByteForByte(LocalKafkaBroker broker) throws Exception {
        broker.createTopics(1, "bytes-in");
        Properties producerConfig = new Properties();
        producerConfig.putAll(broker.clientProperties(LocalKafkaBroker.Listener.PLAINTEXT));
        producerConfig.put("acks", "all");
        try (KafkaProducer<byte[], byte[]> producer =
                new KafkaProducer<>(producerConfig, new ByteArraySerializer(), new ByteArraySerializer())) {
            for (byte[] record : records()) {
                producer.send(new ProducerRecord<>("bytes-in", record)).get(60, TimeUnit.SECONDS);
            }
        }
        Map<String, String> config = new HashMap<>(Map.of(
                "connector",
                "kafka",
                "bootstrap.servers",
                broker.bootstrapServers(),
                "group.id",
                "bytes-it",
                "topic",
                "bytes-in",
                "starting.offsets",
                "EARLIEST"));

        assertThat(read(config, Duration.ofSeconds(60))).containsExactlyInAnyOrderElementsOf(hex(records()));
    }

    private static String streamWithRecords(String prefix) {
        String stream = LOCAL.kinesis().createStream(prefix, 1);
        LOCAL.kinesis().kinesis().putRecords(stream, records());
        return stream;
    }

    private static Map<String, String> quickSourceOf(String stream, KinesisSourceImplementation implementation) {
        return LOCAL.kinesis().quickSourceProperties(stream, implementation.name());
    }

    /** Text, a broken two-byte sequence, a UTF-16 byte order mark, a lone continuation byte, all 256 byte values. */
    private static List<byte[]> records() {
        List<byte[]> records = new ArrayList<>();
        records.add("{\"ticker\": \"AMZN\"}".getBytes(StandardCharsets.UTF_8));
        records.add(new byte[] {'{', '"', (byte) 0xC3, 0x28, '"', ':', '1', '}'});
        records.add(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0});
        records.add(new byte[] {(byte) 0x80});
        byte[] all = new byte[256];
        for (int i = 0; i < all.length; i++) {
            all[i] = (byte) i;
        }
        records.add(all);
        return records;
    }

    private static List<String> hex(List<byte[]> records) {
        return records.stream().map(BytesSourcesIT::hex).collect(Collectors.toList());
    }

    private static String hex(byte[] bytes) {
        StringBuilder text = new StringBuilder();
        for (byte b : bytes) {
            text.append(String.format("%02x", b & 0xFF));
        }
        return text.toString();
    }

    private static List<String> read(Map<String, String> config, Duration timeout) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(1);
        DataStream<byte[]> records = StreamSources.bytes(env, PropertyGroup.of("InputStream0", config));
        int expected = records().size();
        List<byte[]> read = assertTimeoutPreemptively(timeout, () -> records.executeAndCollect("read bytes", expected));
        return hex(read);
    }
}
