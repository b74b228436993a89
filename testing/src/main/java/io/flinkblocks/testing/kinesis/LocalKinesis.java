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
package io.flinkblocks.testing.kinesis;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import org.apache.flink.annotation.PublicEvolving;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.kinesis.model.GetRecordsResponse;
import software.amazon.awssdk.services.kinesis.model.PutRecordsRequestEntry;
import software.amazon.awssdk.services.kinesis.model.PutRecordsResponse;
import software.amazon.awssdk.services.kinesis.model.Record;
import software.amazon.awssdk.services.kinesis.model.Shard;
import software.amazon.awssdk.services.kinesis.model.ShardIteratorType;
import software.amazon.awssdk.services.kinesis.model.StreamStatus;

import io.flinkblocks.testing.aws.LocalAwsAccount;
import io.flinkblocks.testing.process.FreePorts;
import io.flinkblocks.testing.process.ManagedProcess;
import io.flinkblocks.testing.process.NpmPackages;

/**
 * A real local Kinesis ({@code kinesis-local}, a Kinesis emulator on Node.js) started once per JVM
 * on free loopback ports and stopped by its PID when the JVM exits, with helpers to create streams
 * and to put and read records.
 *
 * <p>Everything goes through the plain (HTTP) port: over the TLS port, enhanced fan-out and HTTP/2
 * sinks fail (the connector's clients do not trust the emulator's certificate). Requests must be
 * signed, with any keys: {@link #clientProperties()} carries dummy BASIC credentials.
 */
@PublicEvolving
public final class LocalKinesis {

    /** The emulator's region and account: stream ARNs are built from them. */
    public static final String REGION = LocalAwsAccount.REGION;

    public static final String ACCOUNT = LocalAwsAccount.ACCOUNT;

    /** Dummy credentials: the emulator checks that requests are signed, not by whom. */
    public static final String ACCESS_KEY_ID = LocalAwsAccount.ACCESS_KEY_ID;

    public static final String SECRET_KEY = LocalAwsAccount.SECRET_KEY;

    private static final int PUT_RECORDS_LIMIT = 500;
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration ACTIVE_TIMEOUT = Duration.ofSeconds(30);
    private static LocalKinesis shared;

    private final ManagedProcess process;
    private final int port;
    private final KinesisClient client;
    private final AtomicLong keyCounter = new AtomicLong();

    private LocalKinesis(ManagedProcess process, int port) {
        this.process = process;
        this.port = port;
        this.client = KinesisClient.builder()
                .endpointOverride(URI.create(endpoint()))
                .region(Region.of(REGION))
                .credentialsProvider(
                        StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY_ID, SECRET_KEY)))
                .build();
    }

    /** The emulator of this JVM, started on first use. */
    public static synchronized LocalKinesis shared() {
        if (shared == null || !shared.process.isAlive()) {
            shared = start();
        }
        return shared;
    }

    private static LocalKinesis start() {
        Path packages = NpmPackages.install();
        Path workingDirectory = packages.resolve("node_modules").resolve("kinesis-local");
        int plainPort = FreePorts.next();
        int tlsPort = FreePorts.next();
        Map<String, String> environment = new TreeMap<>();
        environment.put("KINESIS_MOCK_PLAIN_PORT", String.valueOf(plainPort));
        environment.put("KINESIS_MOCK_TLS_PORT", String.valueOf(tlsPort));
        environment.put("LOG_LEVEL", "WARN");
        // The emulator reads its certificate (server.json) from the working directory and dies without it.
        ManagedProcess process = ManagedProcess.start(
                "kinesis-local",
                List.of(NpmPackages.node(), "main.js"),
                workingDirectory,
                environment,
                packages.resolve("logs").resolve("kinesis-local-" + plainPort + ".log"));
        LocalKinesis kinesis = new LocalKinesis(process, plainPort);
        process.awaitReady(
                () -> {
                    kinesis.client.listStreams();
                    return true;
                },
                STARTUP_TIMEOUT);
        return kinesis;
    }

    /** The plain HTTP endpoint, for {@code aws.endpoint}. */
    public String endpoint() {
        return "http://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    /** A client of the emulator, for anything the helpers do not cover. */
    public KinesisClient client() {
        return client;
    }

    /** The ARN the emulator gives a stream of this name. */
    public String streamArn(String streamName) {
        return "arn:aws:kinesis:" + REGION + ":" + ACCOUNT + ":stream/" + streamName;
    }

    /**
     * The connector properties that reach the emulator: {@code aws.region}, {@code aws.endpoint} and
     * BASIC dummy credentials. Add the stream and connector settings to them.
     */
    public Map<String, String> clientProperties() {
        return LocalAwsAccount.clientProperties(endpoint());
    }

    /** {@link #clientProperties()} as {@link Properties}, for connectors built by hand. */
    public Properties clientPropertiesAsProperties() {
        return LocalAwsAccount.asProperties(clientProperties());
    }

    /** Creates a stream with {@code shards} shards and waits until it is ACTIVE. */
    public void createStream(String streamName, int shards) {
        client.createStream(b -> b.streamName(streamName).shardCount(shards));
        awaitActive(streamName);
    }

    private void awaitActive(String streamName) {
        long deadline = System.nanoTime() + ACTIVE_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            StreamStatus status = client.describeStreamSummary(b -> b.streamName(streamName))
                    .streamDescriptionSummary()
                    .streamStatus();
            if (status == StreamStatus.ACTIVE) {
                return;
            }
            pause(Duration.ofMillis(100));
        }
        throw new IllegalStateException(
                "Stream " + streamName + " was not ACTIVE after " + ACTIVE_TIMEOUT.toSeconds() + " s");
    }

    /** Puts UTF-8 strings, each with its own partition key so they spread over the shards. */
    public void putStrings(String streamName, Collection<String> records) {
        putRecords(
                streamName,
                records.stream().map(r -> r.getBytes(StandardCharsets.UTF_8)).collect(Collectors.toList()));
    }

    /** Puts records in batches of 500, each with its own partition key, retrying the ones rejected. */
    public void putRecords(String streamName, List<byte[]> records) {
        for (int from = 0; from < records.size(); from += PUT_RECORDS_LIMIT) {
            List<PutRecordsRequestEntry> batch = new ArrayList<>();
            for (byte[] record : records.subList(from, Math.min(records.size(), from + PUT_RECORDS_LIMIT))) {
                batch.add(PutRecordsRequestEntry.builder()
                        .data(SdkBytes.fromByteArray(record))
                        .partitionKey(Long.toString(keyCounter.incrementAndGet()))
                        .build());
            }
            putAll(streamName, batch);
        }
    }

    private void putAll(String streamName, List<PutRecordsRequestEntry> batch) {
        List<PutRecordsRequestEntry> pending = batch;
        for (int attempt = 1; !pending.isEmpty(); attempt++) {
            if (attempt > 10) {
                throw new IllegalStateException(
                        pending.size() + " records still rejected by " + streamName + " after 10 attempts");
            }
            final List<PutRecordsRequestEntry> request = pending;
            PutRecordsResponse response =
                    client.putRecords(b -> b.streamName(streamName).records(request));
            List<PutRecordsRequestEntry> rejected = new ArrayList<>();
            for (int i = 0; i < response.records().size(); i++) {
                if (response.records().get(i).errorCode() != null) {
                    rejected.add(request.get(i));
                }
            }
            pending = rejected;
        }
    }

    /** Every record now in the stream, shard by shard, from the oldest, decoded as UTF-8. */
    public List<String> readAllStrings(String streamName) {
        return readAll(streamName).stream()
                .map(r -> new String(r, StandardCharsets.UTF_8))
                .collect(Collectors.toList());
    }

    /** Every record now in the stream, shard by shard, in each shard's order, from the oldest. */
    public List<byte[]> readAll(String streamName) {
        return readShards(streamName).stream().flatMap(List::stream).collect(Collectors.toList());
    }

    /** The number of records in each shard, in shard order: shows how records spread. */
    public List<Integer> recordsPerShard(String streamName) {
        return readShards(streamName).stream().map(List::size).collect(Collectors.toList());
    }

    private List<List<byte[]>> readShards(String streamName) {
        List<List<byte[]>> shards = new ArrayList<>();
        for (Shard shard : client.listShards(b -> b.streamName(streamName)).shards()) {
            List<byte[]> records = new ArrayList<>();
            String iterator = client.getShardIterator(b -> b.streamName(streamName)
                            .shardId(shard.shardId())
                            .shardIteratorType(ShardIteratorType.TRIM_HORIZON))
                    .shardIterator();
            while (iterator != null) {
                final String current = iterator;
                GetRecordsResponse response =
                        client.getRecords(b -> b.shardIterator(current).limit(10_000));
                for (Record record : response.records()) {
                    records.add(record.data().asByteArray());
                }
                // An open shard always returns a next iterator: stop once a read is empty and caught up.
                boolean caughtUp = response.millisBehindLatest() == null || response.millisBehindLatest() == 0L;
                iterator = response.records().isEmpty() && caughtUp ? null : response.nextShardIterator();
            }
            shards.add(records);
        }
        return shards;
    }

    private static void pause(Duration duration) {
        try {
            // Polling the emulator's stream status: it offers no notification to wait on.
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
