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

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.flink.annotation.PublicEvolving;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import io.flinkblocks.testing.process.FreePorts;
import io.flinkblocks.testing.process.ManagedProcess;

/**
 * A real Kafka broker ({@code kafka_2.13} 3.9.1) in its own JVM: KRaft, a single node acting as
 * broker and controller, on 127.0.0.1 with a PLAINTEXT listener and an SSL listener whose certificate
 * and client truststore are generated at start ({@link BrokerCertificates}). One broker per test JVM,
 * started on first use and stopped by its PID when the JVM exits. Use it through
 * {@link KafkaBrokerExtension}.
 *
 * <p>The broker's class path was resolved by Maven when this module was built ({@link BrokerClasspath}).
 *
 * <p>The helpers use the Kafka client of the test class path (the one the connector under test
 * brings).
 */
@PublicEvolving
public final class LocalKafkaBroker {

    /** The listeners of the broker. */
    public enum Listener {
        PLAINTEXT,
        SSL
    }

    private static final String STARTED_MARKER = "Transition from STARTING to STARTED";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    /** How long creating topics, and their leaders, may take. */
    private static final Duration TOPIC_TIMEOUT = Duration.ofSeconds(60);

    private static LocalKafkaBroker instance;

    private final ManagedProcess process;
    private final int plaintextPort;
    private final int sslPort;
    private final BrokerCertificates certificates;

    private LocalKafkaBroker(ManagedProcess process, int plaintextPort, int sslPort, BrokerCertificates certificates) {
        this.process = process;
        this.plaintextPort = plaintextPort;
        this.sslPort = sslPort;
        this.certificates = certificates;
    }

    /** The broker of this JVM, started on the first call. */
    public static synchronized LocalKafkaBroker get() {
        if (instance == null || !instance.process.isAlive()) {
            instance = start();
        }
        return instance;
    }

    // ---- connection details

    /** {@code 127.0.0.1:<port>} of the PLAINTEXT listener. */
    public String bootstrapServers() {
        return "127.0.0.1:" + plaintextPort;
    }

    /** {@code 127.0.0.1:<port>} of the SSL listener. */
    public String sslBootstrapServers() {
        return "127.0.0.1:" + sslPort;
    }

    public BrokerCertificates certificates() {
        return certificates;
    }

    /**
     * The client properties that reach the broker on a listener: {@code bootstrap.servers}, and for
     * SSL {@code security.protocol} and the generated truststore's location, type and password.
     */
    public Map<String, String> clientProperties(Listener listener) {
        Map<String, String> properties = new HashMap<>();
        if (listener == Listener.PLAINTEXT) {
            properties.put("bootstrap.servers", bootstrapServers());
        } else {
            properties.put("bootstrap.servers", sslBootstrapServers());
            properties.put("security.protocol", "SSL");
            properties.put("ssl.truststore.location", certificates.truststore().toString());
            properties.put("ssl.truststore.type", "JKS");
            properties.put("ssl.truststore.password", certificates.truststorePassword());
        }
        return properties;
    }

    public long pid() {
        return process.pid();
    }

    // ---- helpers

    /** Creates topics with the given number of partitions each (replication factor 1). */
    public void createTopics(int partitions, String... topics) {
        try (Admin admin = Admin.create(clientConfig(Listener.PLAINTEXT))) {
            List<NewTopic> newTopics = Stream.of(topics)
                    .map(t -> new NewTopic(t, partitions, (short) 1))
                    .collect(Collectors.toList());
            // Generous: a busy 2-core machine took more than 30 s to answer once.
            admin.createTopics(newTopics).all().get(TOPIC_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            awaitLeaders(admin, List.of(topics));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating topics", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException(
                    "Cannot create topics " + String.join(", ", topics) + ": " + e.getMessage(), e);
        }
    }

    /**
     * Waits until the broker's metadata names a leader for every partition of the topics. The controller
     * answers the creation before the broker knows the leaders; a producer writing in between gets
     * NOT_LEADER_OR_FOLLOWER, and its idempotent retries can then loop on OUT_OF_ORDER_SEQUENCE_NUMBER.
     * Before the broker knows the topic at all, describing it fails with UNKNOWN_TOPIC_OR_PARTITION
     * (seen on a busy machine): not yet, like a partition without a leader.
     */
    private static void awaitLeaders(Admin admin, List<String> topics)
            throws InterruptedException, ExecutionException, TimeoutException {
        long deadline = System.nanoTime() + TOPIC_TIMEOUT.toNanos();
        while (true) {
            boolean ready;
            try {
                ready = admin
                        .describeTopics(topics)
                        .allTopicNames()
                        .get(TOPIC_TIMEOUT.toSeconds(), TimeUnit.SECONDS)
                        .values()
                        .stream()
                        .flatMap(description -> description.partitions().stream())
                        .allMatch(partition -> partition.leader() != null
                                && !partition.leader().isEmpty());
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof UnknownTopicOrPartitionException)) {
                    throw e;
                }
                ready = false;
            }
            if (ready) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new TimeoutException("No leader for every partition of " + topics + " after " + TOPIC_TIMEOUT);
            }
            TimeUnit.MILLISECONDS.sleep(20);
        }
    }

    /** Writes the values (no keys) to a topic and waits until the broker has acknowledged all of them. */
    public void produce(String topic, Collection<String> values) {
        Properties config = clientConfig(Listener.PLAINTEXT);
        config.put("acks", "all");
        config.put("enable.idempotence", "true");
        // One batch in flight: a batch refused while a new partition's leader settles is retried alone,
        // instead of the batches behind it failing on OUT_OF_ORDER_SEQUENCE_NUMBER until they time out.
        config.put("max.in.flight.requests.per.connection", "1");
        List<Future<RecordMetadata>> acks = new ArrayList<>();
        try (KafkaProducer<String, String> producer =
                new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            for (String value : values) {
                acks.add(producer.send(new ProducerRecord<>(topic, value)));
            }
            producer.flush();
            for (Future<RecordMetadata> ack : acks) {
                ack.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while writing to " + topic, e);
        } catch (ExecutionException e) {
            // A record the broker did not take must fail the test here, not show up later as a lost record.
            throw new IllegalStateException("Writing to " + topic + " failed: " + e.getCause(), e.getCause());
        }
    }

    /**
     * Every committed value of a topic, partition by partition in offset order: a {@code read_committed}
     * consumer reads from the beginning up to the last stable offset of each partition, so records of
     * aborted or still open transactions are not returned.
     */
    public List<String> consumeAllCommitted(String topic) {
        return consumeAllCommitted(topic, Duration.ofSeconds(60));
    }

    public List<String> consumeAllCommitted(String topic, Duration timeout) {
        Properties config = clientConfig(Listener.PLAINTEXT);
        config.put("isolation.level", "read_committed");
        config.put("enable.auto.commit", "false");
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer =
                new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, timeout).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition()))
                    .collect(Collectors.toList());
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!reached(consumer, end)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(
                            "Reading " + topic + " did not reach offsets " + end + " within " + timeout);
                }
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    values.add(record.value());
                }
            }
        }
        return values;
    }

    private static boolean reached(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> end) {
        for (Map.Entry<TopicPartition, Long> partition : end.entrySet()) {
            if (consumer.position(partition.getKey()) < partition.getValue()) {
                return false;
            }
        }
        return true;
    }

    private Properties clientConfig(Listener listener) {
        Properties config = new Properties();
        config.putAll(clientProperties(listener));
        return config;
    }

    // ---- start

    private static LocalKafkaBroker start() {
        try {
            Path folder = Files.createTempDirectory("flink-blocks-kafka-");
            BrokerCertificates certificates = BrokerCertificates.generate(folder);
            int plaintextPort = FreePorts.next();
            int sslPort = FreePorts.next();
            int controllerPort = FreePorts.next();
            Path config = folder.resolve("server.properties");
            Files.write(
                    config,
                    serverProperties(folder, certificates, plaintextPort, sslPort, controllerPort)
                            .getBytes(StandardCharsets.UTF_8));
            Path log4j = folder.resolve("log4j.properties");
            Files.write(log4j, LOG4J.getBytes(StandardCharsets.UTF_8));

            List<String> java = javaCommand(log4j);
            format(java, folder, config);

            List<String> command = new ArrayList<>(java);
            command.add("kafka.Kafka");
            command.add(config.toString());
            ManagedProcess process =
                    ManagedProcess.start("kafka-broker", command, folder, Map.of(), folder.resolve("broker.log"));
            Runtime.getRuntime()
                    .addShutdownHook(new Thread(
                            () -> {
                                process.stop();
                                deleteQuietly(folder);
                            },
                            "delete-kafka-folder"));
            process.awaitReady(
                    () -> logContains(process.log(), STARTED_MARKER) && accepts(plaintextPort) && accepts(sslPort),
                    START_TIMEOUT);
            return new LocalKafkaBroker(process, plaintextPort, sslPort, certificates);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the Kafka broker", e);
        }
    }

    private static String serverProperties(
            Path folder, BrokerCertificates certificates, int plaintext, int ssl, int controller) {
        return String.join(
                "\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + controller,
                "listeners=PLAINTEXT://127.0.0.1:" + plaintext + ",SSL://127.0.0.1:" + ssl + ",CONTROLLER://127.0.0.1:"
                        + controller,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + plaintext + ",SSL://127.0.0.1:" + ssl,
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,SSL:SSL,CONTROLLER:PLAINTEXT",
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "log.dirs=" + folder.resolve("data"),
                "num.partitions=1",
                "auto.create.topics.enable=false",
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "transaction.state.log.num.partitions=1",
                "group.initial.rebalance.delay.ms=0",
                // Nothing is deleted for its age. Jobs write records with their event time as timestamp, and
                // tests use fixed dates: with the default 7 days, records of 2026-11-24 were deleted from
                // 2026-12-01 on, by the retention check 30 s after the broker started and every 5 minutes.
                "log.retention.ms=-1",
                "ssl.keystore.location=" + certificates.keystore(),
                "ssl.keystore.type=PKCS12",
                "ssl.keystore.password=" + certificates.keystorePassword(),
                "ssl.key.password=" + certificates.keystorePassword(),
                "ssl.client.auth=none",
                "");
    }

    private static final String LOG4J = String.join(
            "\n",
            "log4j.rootLogger=INFO, stdout",
            "log4j.appender.stdout=org.apache.log4j.ConsoleAppender",
            "log4j.appender.stdout.layout=org.apache.log4j.PatternLayout",
            "log4j.appender.stdout.layout.ConversionPattern=[%d] %p %m (%c)%n",
            "log4j.logger.kafka.request.logger=WARN",
            "log4j.logger.state.change.logger=WARN",
            "");

    private static List<String> javaCommand(Path log4j) {
        List<String> command = new ArrayList<>();
        command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        command.add("-XX:+UseSerialGC");
        command.add("-Dlog4j.configuration=" + log4j.toUri());
        command.add("-cp");
        command.add(BrokerClasspath.resolve());
        return command;
    }

    /** Formats the KRaft storage: a one-shot command, run to completion before the broker starts. */
    private static void format(List<String> java, Path folder, Path config) throws IOException {
        List<String> command = new ArrayList<>(java);
        command.addAll(List.of("kafka.tools.StorageTool", "format", "-t", clusterId(), "-c", config.toString()));
        Path log = folder.resolve("format.log");
        Process process = new ProcessBuilder(command)
                .directory(folder.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("Formatting the Kafka storage took more than 60 s; log " + log);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IllegalStateException("Interrupted while formatting the Kafka storage", e);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException("Formatting the Kafka storage failed (exit " + process.exitValue() + "):\n"
                    + new String(Files.readAllBytes(log), StandardCharsets.UTF_8));
        }
    }

    /** A KRaft cluster id: 16 random bytes, URL-safe base64 without padding, as Kafka's own tool makes. */
    private static String clusterId() {
        SecureRandom random = new SecureRandom();
        byte[] bytes = new byte[16];
        String id;
        do {
            random.nextBytes(bytes);
            id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        } while (id.startsWith("-"));
        return id;
    }

    private static boolean logContains(Path log, String marker) throws IOException {
        return new String(Files.readAllBytes(log), StandardCharsets.UTF_8).contains(marker);
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // Best effort at JVM exit: a leftover temporary folder is harmless.
        }
    }
}
