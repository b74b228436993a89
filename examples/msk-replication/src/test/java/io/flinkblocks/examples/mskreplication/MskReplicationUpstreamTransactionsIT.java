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
package io.flinkblocks.examples.mskreplication;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.flinkblocks.testing.flink.MiniClusters;
import io.flinkblocks.testing.kafka.KafkaBrokerExtension;
import io.flinkblocks.testing.kafka.LocalKafkaBroker;

/**
 * The msk-replication job reading a topic that a transactional producer writes: the producer commits
 * some transactions and aborts others, and the destination must hold exactly the committed records. An
 * aborted transaction's records stay in the source topic's log, so a source reading with Kafka's default
 * {@code read_uncommitted} would copy them into the destination, where the exactly-once sink commits
 * them as if they had never been taken back.
 */
class MskReplicationUpstreamTransactionsIT {

    @RegisterExtension
    static final MiniClusterExtension FLINK = MiniClusters.slots(2);

    @RegisterExtension
    static final KafkaBrokerExtension KAFKA = new KafkaBrokerExtension();

    private static final int PARTITIONS = 2;
    private static final int TRANSACTIONS = 6;
    private static final int RECORDS_PER_TRANSACTION = 40;
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @Test
    void copiesTheCommittedRecordsOfAnUpstreamTransactionalProducerAndNoneOfTheAbortedOnes(LocalKafkaBroker broker)
            throws Exception {
        broker.createTopics(PARTITIONS, "upstream-txn-in", "upstream-txn-out");
        List<String> committed = new ArrayList<>();
        List<String> aborted = new ArrayList<>();
        // Commits and aborts alternate, and the last transaction is aborted, so aborted records sit between
        // committed ones and each partition ends with an abort marker.
        try (KafkaProducer<String, String> producer = transactionalProducer(broker, "upstream-producer")) {
            producer.initTransactions();
            for (int t = 0; t < TRANSACTIONS; t++) {
                boolean commit = t % 2 == 0;
                List<String> records = new ArrayList<>();
                producer.beginTransaction();
                for (int i = 0; i < RECORDS_PER_TRANSACTION; i++) {
                    String value = "{\"transaction\": " + t + ", \"seq\": " + i + ", \"outcome\": \""
                            + (commit ? "committed" : "aborted") + "\", \"ticker\": \"AMZN\", \"price\": " + i + ".5}";
                    producer.send(new ProducerRecord<>("upstream-txn-in", i % PARTITIONS, null, value));
                    records.add(value);
                }
                // The aborted records must be in the log, not merely dropped from the producer's buffer.
                producer.flush();
                if (commit) {
                    producer.commitTransaction();
                    committed.addAll(records);
                } else {
                    producer.abortTransaction();
                    aborted.addAll(records);
                }
            }
        }
        assertThat(readAll(broker, "upstream-txn-in", "read_uncommitted"))
                .as("the source topic holds the aborted records too, visible to read_uncommitted readers")
                .containsExactlyInAnyOrderElementsOf(concat(committed, aborted));

        // No isolation.level is set: the library's default is under test.
        PlaintextReplication.run(
                broker,
                "upstream-txn-in",
                "upstream-txn-out",
                "upstream-txn-it",
                "msk-replication-upstream-transactions-it");

        List<String> output = broker.consumeAllCommitted("upstream-txn-out");
        assertThat(output)
                .as("records of aborted upstream transactions in the destination")
                .doesNotContainAnyElementsOf(aborted);
        assertThat(output)
                .as("the committed upstream records, each once")
                .hasSize(committed.size())
                .containsExactlyInAnyOrderElementsOf(committed);
    }

    private static KafkaProducer<String, String> transactionalProducer(
            LocalKafkaBroker broker, String transactionalId) {
        Properties config = new Properties();
        config.put("bootstrap.servers", broker.bootstrapServers());
        config.put("transactional.id", transactionalId);
        config.put("acks", "all");
        config.put("enable.idempotence", "true");
        config.put("transaction.timeout.ms", "60000");
        return new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
    }

    /** Every value of a topic up to its end offsets at the time of the call, read with the given isolation level. */
    private static List<String> readAll(LocalKafkaBroker broker, String topic, String isolationLevel) {
        Properties config = new Properties();
        config.put("bootstrap.servers", broker.bootstrapServers());
        config.put("isolation.level", isolationLevel);
        config.put("enable.auto.commit", "false");
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer =
                new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, TIMEOUT).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition()))
                    .collect(Collectors.toList());
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, TIMEOUT);
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (end.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(
                            "Reading " + topic + " did not reach offsets " + end + " within " + TIMEOUT);
                }
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    values.add(record.value());
                }
            }
        }
        return values;
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
