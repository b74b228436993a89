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
package io.flinkblocks.testing.local;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;

import io.flinkblocks.testing.firehose.FirehoseStandIn;
import io.flinkblocks.testing.kafka.LocalKafkaBroker;
import io.flinkblocks.testing.kinesis.LocalKinesis;
import io.flinkblocks.testing.s3.LocalS3;
import io.flinkblocks.testing.sts.LocalSts;
import io.flinkblocks.testing.sts.StsStandIn;

/**
 * The local stand-ins of one {@link LocalServices} run: started together, each answering the
 * {@link LocalSetting}s of its service, creating the resources the properties files name.
 *
 * <p>Kinesis, S3 and the Kafka broker are the JVM's shared instances and the STS stand-in the shared
 * one of {@link LocalSts}: each stops when the JVM exits, by its own shutdown hook. The Firehose
 * stand-in is this run's own and stops on {@link #close()}.
 */
final class RunningServices implements LocalEndpoints, AutoCloseable {

    private static final int SHARDS = 1;
    private static final int PARTITIONS = 1;
    private static final Duration ADMIN_TIMEOUT = Duration.ofSeconds(30);

    private final LocalKinesis kinesis;
    private final FirehoseStandIn firehose;
    private final StsStandIn sts;
    private final LocalKafkaBroker kafka;
    private final LocalS3 s3;
    private final AtomicBoolean closed = new AtomicBoolean();

    private RunningServices(
            LocalKinesis kinesis, FirehoseStandIn firehose, StsStandIn sts, LocalKafkaBroker kafka, LocalS3 s3) {
        this.kinesis = kinesis;
        this.firehose = firehose;
        this.sts = sts;
        this.kafka = kafka;
        this.s3 = s3;
    }

    /**
     * Starts the services side by side (the Kafka broker's JVM and the Node.js emulators start slowly),
     * and waits for all of them even when one fails, so that every process started has its shutdown
     * hook before the failure ends the JVM.
     */
    static RunningServices start(Set<LocalService> services) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, services.size()), runnable -> {
            Thread thread = new Thread(runnable, "start-local-service");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Starting<LocalKinesis> kinesis =
                    new Starting<>(pool, services.contains(LocalService.KINESIS), LocalKinesis::shared);
            Starting<LocalS3> s3 = new Starting<>(pool, services.contains(LocalService.S3), LocalS3::get);
            Starting<LocalKafkaBroker> kafka =
                    new Starting<>(pool, services.contains(LocalService.KAFKA), LocalKafkaBroker::get);
            Starting<FirehoseStandIn> firehose =
                    new Starting<>(pool, services.contains(LocalService.FIREHOSE), FirehoseStandIn::start);
            Starting<StsStandIn> sts = new Starting<>(pool, services.contains(LocalService.STS), LocalSts::server);
            RuntimeException failure = null;
            for (Starting<?> starting : List.of(kinesis, s3, kafka, firehose, sts)) {
                failure = starting.await(failure);
            }
            if (failure != null) {
                if (firehose.service != null) {
                    firehose.service.close();
                }
                throw failure;
            }
            return new RunningServices(kinesis.service, firehose.service, sts.service, kafka.service, s3.service);
        } finally {
            pool.shutdown();
        }
    }

    /** One service being started, if it is wanted. */
    private static final class Starting<T> {
        private final Future<T> future;
        private T service;

        Starting(ExecutorService pool, boolean wanted, Callable<T> start) {
            this.future = wanted ? pool.submit(start) : null;
        }

        /** Waits for the start; returns the first failure so far, this one's if it is the first. */
        RuntimeException await(RuntimeException earlier) {
            if (future == null) {
                return earlier;
            }
            try {
                service = future.get();
                return earlier;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return earlier != null
                        ? earlier
                        : new IllegalStateException("Interrupted while starting the local services", e);
            } catch (ExecutionException e) {
                if (earlier != null) {
                    earlier.addSuppressed(e.getCause());
                    return earlier;
                }
                return e.getCause() instanceof RuntimeException
                        ? (RuntimeException) e.getCause()
                        : new IllegalStateException("A local service did not start: " + e.getCause(), e.getCause());
            }
        }
    }

    @Override
    public String value(LocalSetting setting) {
        switch (setting) {
            case KINESIS_ENDPOINT:
                return running(kinesis, setting).endpoint();
            case FIREHOSE_ENDPOINT:
                return running(firehose, setting).endpoint();
            case STS_ENDPOINT:
                return running(sts, setting).endpoint().toString();
            case S3_ENDPOINT:
                return running(s3, setting).endpoint();
            case KAFKA_BOOTSTRAP_SERVERS:
                return running(kafka, setting).bootstrapServers();
            case KAFKA_SSL_BOOTSTRAP_SERVERS:
                return running(kafka, setting).sslBootstrapServers();
            case KAFKA_TRUSTSTORE_LOCATION:
                return running(kafka, setting).certificates().truststore().toString();
            case KAFKA_TRUSTSTORE_TYPE:
                return "JKS";
            case KAFKA_TRUSTSTORE_PASSWORD:
                return running(kafka, setting).certificates().truststorePassword();
            default:
                throw new IllegalArgumentException("No local value for " + setting);
        }
    }

    private static <T> T running(T service, LocalSetting setting) {
        if (service == null) {
            throw new IllegalStateException("The " + setting.service().title() + " stand-in was not started");
        }
        return service;
    }

    /** The services started, in a fixed order, with their endpoints as one line each. */
    Map<LocalService, String> endpoints() {
        Map<LocalService, String> endpoints = new EnumMap<>(LocalService.class);
        if (kinesis != null) {
            endpoints.put(LocalService.KINESIS, kinesis.endpoint());
        }
        if (firehose != null) {
            endpoints.put(LocalService.FIREHOSE, firehose.endpoint() + " (HTTP/1.1)");
        }
        if (sts != null) {
            endpoints.put(LocalService.STS, sts.endpoint().toString());
        }
        if (kafka != null) {
            endpoints.put(
                    LocalService.KAFKA,
                    kafka.bootstrapServers() + " (PLAINTEXT), " + kafka.sslBootstrapServers() + " (SSL, JKS truststore "
                            + kafka.certificates().truststore() + ")");
        }
        if (s3 != null) {
            endpoints.put(LocalService.S3, s3.endpoint() + " (path-style, access key " + LocalS3.ACCESS_KEY + ")");
        }
        return endpoints;
    }

    /** Creates the resources that do not exist yet: Kinesis streams of one shard, topics of one partition. */
    void create(Collection<LocalResource> resources) {
        List<String> streams = names(resources, LocalService.KINESIS);
        if (!streams.isEmpty()) {
            Set<String> existing = new HashSet<>(
                    running(kinesis, LocalSetting.KINESIS_ENDPOINT)
                            .client()
                            .listStreamsPaginator()
                            .streamNames()
                            .stream()
                            .collect(Collectors.toList()));
            streams.stream()
                    .filter(name -> !existing.contains(name))
                    .forEach(name -> kinesis.createStream(name, SHARDS));
        }
        for (String deliveryStream : names(resources, LocalService.FIREHOSE)) {
            running(firehose, LocalSetting.FIREHOSE_ENDPOINT).createDeliveryStream(deliveryStream);
        }
        for (String bucket : names(resources, LocalService.S3)) {
            running(s3, LocalSetting.S3_ENDPOINT).bucket(bucket);
        }
        List<String> topics = names(resources, LocalService.KAFKA);
        if (!topics.isEmpty()) {
            Set<String> existing = topics(running(kafka, LocalSetting.KAFKA_BOOTSTRAP_SERVERS));
            String[] missing =
                    topics.stream().filter(name -> !existing.contains(name)).toArray(String[]::new);
            if (missing.length > 0) {
                kafka.createTopics(PARTITIONS, missing);
            }
        }
    }

    private static List<String> names(Collection<LocalResource> resources, LocalService service) {
        List<String> names = new ArrayList<>();
        for (LocalResource resource : resources) {
            if (resource.service() == service && !names.contains(resource.name())) {
                names.add(resource.name());
            }
        }
        return names;
    }

    private static Set<String> topics(LocalKafkaBroker broker) {
        Properties config = new Properties();
        config.putAll(broker.clientProperties(LocalKafkaBroker.Listener.PLAINTEXT));
        try (Admin admin = Admin.create(config)) {
            return admin.listTopics().names().get(ADMIN_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while listing the topics", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Cannot list the topics of the local Kafka broker: " + e.getMessage(), e);
        }
    }

    LocalKinesis kinesis() {
        return kinesis;
    }

    FirehoseStandIn firehose() {
        return firehose;
    }

    LocalKafkaBroker kafka() {
        return kafka;
    }

    LocalS3 s3() {
        return s3;
    }

    /** Stops this run's Firehose stand-in, once: from a shutdown hook and from an interrupted wait alike. */
    @Override
    public void close() {
        if (firehose != null && closed.compareAndSet(false, true)) {
            firehose.close();
        }
    }
}
