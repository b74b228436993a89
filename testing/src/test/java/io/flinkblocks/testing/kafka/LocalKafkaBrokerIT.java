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
package io.flinkblocks.testing.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Properties;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.flinkblocks.testing.kafka.LocalKafkaBroker.Listener;

class LocalKafkaBrokerIT {

    @RegisterExtension
    static final KafkaBrokerExtension KAFKA = new KafkaBrokerExtension();

    @Test
    void producedValuesAreReadBackInOrder(LocalKafkaBroker broker) {
        broker.createTopics(1, "plain-roundtrip");
        broker.produce("plain-roundtrip", List.of("a", "b", "c"));

        assertThat(broker.consumeAllCommitted("plain-roundtrip")).containsExactly("a", "b", "c");
    }

    @Test
    void sslListenerAcceptsClientsTrustingTheGeneratedCertificate(LocalKafkaBroker broker) {
        broker.createTopics(1, "ssl-roundtrip");
        Properties config = new Properties();
        config.putAll(broker.clientProperties(Listener.SSL));
        try (KafkaProducer<String, String> producer =
                new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>("ssl-roundtrip", "over-tls"));
            producer.flush();
        }

        assertThat(broker.consumeAllCommitted("ssl-roundtrip")).containsExactly("over-tls");
    }

    @Test
    void recordsOfAbortedTransactionsAreNotReturned(LocalKafkaBroker broker) {
        broker.createTopics(1, "tx-aborted");
        Properties config = new Properties();
        config.putAll(broker.clientProperties(Listener.PLAINTEXT));
        config.put("transactional.id", "local-kafka-broker-it");
        try (KafkaProducer<String, String> producer =
                new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            producer.initTransactions();
            producer.beginTransaction();
            producer.send(new ProducerRecord<>("tx-aborted", "aborted"));
            producer.flush();
            producer.abortTransaction();
            producer.beginTransaction();
            producer.send(new ProducerRecord<>("tx-aborted", "committed"));
            producer.commitTransaction();
        }

        assertThat(broker.consumeAllCommitted("tx-aborted", Duration.ofSeconds(30)))
                .containsExactly("committed");
    }
}
