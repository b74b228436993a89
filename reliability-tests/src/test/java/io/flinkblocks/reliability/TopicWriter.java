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
package io.flinkblocks.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;

import io.flinkblocks.testing.kafka.LocalKafkaBroker;

/**
 * Writes raw values to chosen partitions of a topic. Event-time tests need it: each partition is read
 * by one source subtask, whose watermark follows that partition's records only, so the test decides
 * what every subtask sees and in which order.
 */
final class TopicWriter implements AutoCloseable {

    private final KafkaProducer<byte[], byte[]> producer;
    private final String topic;

    TopicWriter(LocalKafkaBroker broker, String topic) {
        Properties config = new Properties();
        config.putAll(broker.clientProperties(LocalKafkaBroker.Listener.PLAINTEXT));
        config.put("acks", "all");
        config.put("max.request.size", "1048576");
        // One batch in flight: a batch refused while a new partition's leader settles is retried alone.
        config.put("max.in.flight.requests.per.connection", "1");
        this.producer = new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer());
        this.topic = topic;
    }

    /** Writes the values in order, value i to partition {@code i % partitions}, and waits for the broker's acks. */
    void write(List<byte[]> values, int partitions) {
        List<Future<RecordMetadata>> acks = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            acks.add(producer.send(new ProducerRecord<>(topic, i % partitions, null, values.get(i))));
        }
        await(acks);
    }

    /** Writes one value to every partition (a record that moves every subtask's watermark). */
    void writeToEveryPartition(byte[] value, int partitions) {
        List<Future<RecordMetadata>> acks = new ArrayList<>();
        for (int p = 0; p < partitions; p++) {
            acks.add(producer.send(new ProducerRecord<>(topic, p, null, value)));
        }
        await(acks);
    }

    private void await(List<Future<RecordMetadata>> acks) {
        try {
            for (Future<RecordMetadata> ack : acks) {
                ack.get(60, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Writing to " + topic + " failed", e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
