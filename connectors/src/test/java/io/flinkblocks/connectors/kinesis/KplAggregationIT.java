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
package io.flinkblocks.connectors.kinesis;

import static io.flinkblocks.connectors.kinesis.KplRecords.bytesField;
import static io.flinkblocks.connectors.kinesis.KplRecords.envelope;
import static io.flinkblocks.connectors.kinesis.KplRecords.user;
import static io.flinkblocks.connectors.kinesis.KplRecords.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.apache.flink.client.program.ClusterClient;
import org.apache.flink.runtime.client.JobStatusMessage;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.test.junit5.InjectClusterClient;
import org.apache.flink.util.CloseableIterator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import software.amazon.awssdk.core.SdkBytes;

import io.flinkblocks.runtime.PropertyGroup;
import io.flinkblocks.testing.jobs.JobEnvironments;
import io.flinkblocks.testing.jobs.LocalKinesisMiniCluster;

/**
 * Records aggregated by the Kinesis Producer Library, put into a local Kinesis one PutRecord each
 * (the aggregate and its partition key, as the KPL writes them), read through the factory with both
 * source implementations: the same user records, with their partition keys, in the same order.
 * Records with the magic bytes that are not aggregated (digest mismatch) or cannot be read (broken
 * envelope with a matching digest) come through whole on both; an aggregate without records yields
 * nothing. A plain last record marks the end: each test reads up to it, so a missing or an extra
 * record shows in the comparison.
 */
class KplAggregationIT {

    @RegisterExtension
    static final LocalKinesisMiniCluster LOCAL = LocalKinesisMiniCluster.slots(1);

    /** The data of the last record: reading stops there. */
    private static final byte[] END = utf8("end");

    private static String stream;
    private static List<String> expected;

    @BeforeAll
    static void putRecords() {
        stream = LOCAL.kinesis().createStream("kpl", 1);
        List<Put> puts = new ArrayList<>();
        List<String> users = new ArrayList<>();

        List<KplDeaggregator.UserRecord> first =
                List.of(user("alpha", "{\"n\":1}"), user("beta", "{\"n\":2}"), user("alpha", "{\"n\":3}"));
        puts.add(new Put("alpha", KplRecords.aggregate(first)));
        first.forEach(u -> users.add(entry(u.partitionKey, u.data)));

        puts.add(new Put("plain-key", utf8("{\"n\":4}")));
        users.add(entry("plain-key", utf8("{\"n\":4}")));

        List<KplDeaggregator.UserRecord> hashed = List.of(
                user("gamma", "0", "{\"n\":5}"), user("delta", "170141183460469231731687303715884105728", "{\"n\":6}"));
        puts.add(new Put("gamma", KplRecords.aggregate(hashed)));
        hashed.forEach(u -> users.add(entry(u.partitionKey, u.data)));

        List<KplDeaggregator.UserRecord> many = KplRecords.many(300, 40);
        puts.add(new Put("key-0", KplRecords.aggregate(many)));
        many.forEach(u -> users.add(entry(u.partitionKey, u.data)));

        byte[] digestMismatch = KplRecords.aggregate(List.of(user("lost", "{\"n\":7}")));
        digestMismatch[digestMismatch.length - 1] ^= 1;
        puts.add(new Put("mismatch", digestMismatch));
        users.add(entry("mismatch", digestMismatch));

        byte[] message = KplRecords.message(List.of(user("cut", "{\"n\":8}"), user("cut", "{\"n\":9}")));
        byte[] truncatedEnvelope = envelope(Arrays.copyOf(message, message.length - 2));
        puts.add(new Put("truncated", truncatedEnvelope));
        users.add(entry("truncated", truncatedEnvelope));

        byte[] missingRequiredField = envelope(
                KplRecords.concat(bytesField(1, utf8("k")), bytesField(3, bytesField(3, utf8("no key index")))));
        puts.add(new Put("required", missingRequiredField));
        users.add(entry("required", missingRequiredField));

        puts.add(new Put("empty", envelope(bytesField(1, utf8("empty")))));

        puts.add(new Put("end", END));
        users.add(entry("end", END));

        for (Put put : puts) {
            LOCAL.kinesis()
                    .kinesis()
                    .client()
                    .putRecord(b ->
                            b.streamName(stream).partitionKey(put.partitionKey).data(SdkBytes.fromByteArray(put.data)));
        }
        expected = users;
    }

    @ParameterizedTest
    @EnumSource(KinesisSourceImplementation.class)
    void recordsArriveAsUserRecordsWithTheirPartitionKeys(KinesisSourceImplementation implementation) throws Exception {
        DataStream<KinesisUserRecord> records =
                KinesisSources.records(JobEnvironments.failingFast(1), group(implementation));

        List<KinesisUserRecord> read = readToEnd(
                records, "kpl-records-" + implementation, r -> Arrays.equals(r.getData(), END), implementation);

        assertThat(read.stream()
                        .map(r -> entry(r.getPartitionKey(), r.getData()))
                        .collect(Collectors.toList()))
                .containsExactlyElementsOf(expected);
        assertThat(read).extracting(KinesisUserRecord::getStream).containsOnly(stream);
        assertThat(read).extracting(KinesisUserRecord::getShardId).containsOnly("shardId-000000000000");
        // The three user records of the first aggregate share its sequence number; the plain record after it has its
        // own.
        assertThat(read.subList(0, 3))
                .extracting(KinesisUserRecord::getSequenceNumber)
                .containsOnly(read.get(0).getSequenceNumber());
        assertThat(read.get(3).getSequenceNumber()).isNotEqualTo(read.get(0).getSequenceNumber());
        assertThat(read)
                .allSatisfy(r -> assertThat(r.getApproximateArrivalTimestamp()).isPositive());
    }

    @ParameterizedTest
    @EnumSource(KinesisSourceImplementation.class)
    void theUsersSchemaSeesUserRecords(KinesisSourceImplementation implementation) throws Exception {
        DataStream<byte[]> records = KinesisSources.bytes(JobEnvironments.failingFast(1), group(implementation));

        List<byte[]> read =
                readToEnd(records, "kpl-bytes-" + implementation, r -> Arrays.equals(r, END), implementation);

        assertThat(read.stream().map(KplAggregationIT::base64).collect(Collectors.toList()))
                .containsExactlyElementsOf(expected.stream()
                        .map(e -> e.substring(e.indexOf(' ') + 1))
                        .collect(Collectors.toList()));
    }

    /** Cancels a job a failed test left running, so it does not hold the only slot. */
    @AfterEach
    void cancelLeftoverJobs(@InjectClusterClient ClusterClient<?> client) throws Exception {
        for (JobStatusMessage job : client.listJobs().get()) {
            if (!job.getJobState().isGloballyTerminalState()) {
                client.cancel(job.getJobId()).get();
            }
        }
    }

    /** Everything up to and including the end record, waiting for it at most the implementation's timeout. */
    private static <T> List<T> readToEnd(
            DataStream<T> records, String jobName, Predicate<T> isEnd, KinesisSourceImplementation implementation) {
        return assertTimeoutPreemptively(timeout(implementation), () -> {
            List<T> read = new ArrayList<>();
            try (CloseableIterator<T> iterator = records.executeAndCollect(jobName)) {
                while (iterator.hasNext()) {
                    T record = iterator.next();
                    read.add(record);
                    if (isEnd.test(record)) {
                        break;
                    }
                }
            }
            return read;
        });
    }

    private static PropertyGroup group(KinesisSourceImplementation implementation) {
        return PropertyGroup.of("InputStream0", LOCAL.kinesis().quickSourceProperties(stream, implementation.name()));
    }

    private static Duration timeout(KinesisSourceImplementation implementation) {
        return implementation == KinesisSourceImplementation.KINESIS_STREAMS_SOURCE
                ? Duration.ofSeconds(120)
                : Duration.ofSeconds(60);
    }

    /** Partition key and data in one comparable, printable string. */
    private static String entry(String partitionKey, byte[] data) {
        return partitionKey + " " + base64(data);
    }

    private static String base64(byte[] data) {
        return Base64.getEncoder().encodeToString(data);
    }

    private static final class Put {
        final String partitionKey;
        final byte[] data;

        Put(String partitionKey, byte[] data) {
            this.partitionKey = partitionKey;
            this.data = data;
        }
    }
}
