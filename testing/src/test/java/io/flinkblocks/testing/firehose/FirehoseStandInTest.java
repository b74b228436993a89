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
package io.flinkblocks.testing.firehose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.DefaultRetryStrategy;
import software.amazon.awssdk.services.firehose.FirehoseClient;
import software.amazon.awssdk.services.firehose.model.DeliveryStreamDescription;
import software.amazon.awssdk.services.firehose.model.DeliveryStreamStatus;
import software.amazon.awssdk.services.firehose.model.FirehoseException;
import software.amazon.awssdk.services.firehose.model.InvalidArgumentException;
import software.amazon.awssdk.services.firehose.model.PutRecordBatchResponse;
import software.amazon.awssdk.services.firehose.model.Record;
import software.amazon.awssdk.services.firehose.model.ResourceNotFoundException;
import software.amazon.awssdk.services.firehose.model.ServiceUnavailableException;

/** The stand-in, spoken to by the real AWS SDK client, without retries so every answer is seen. */
class FirehoseStandInTest {

    private FirehoseStandIn standIn;
    private FirehoseClient client;

    @BeforeEach
    void start() {
        standIn = FirehoseStandIn.start();
        standIn.createDeliveryStream("orders");
        client = FirehoseClient.builder()
                .endpointOverride(URI.create(standIn.endpoint()))
                .region(Region.of(FirehoseStandIn.REGION))
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(FirehoseStandIn.ACCESS_KEY_ID, FirehoseStandIn.SECRET_KEY)))
                .overrideConfiguration(c -> c.retryStrategy(DefaultRetryStrategy.doNotRetry()))
                .build();
    }

    @AfterEach
    void stop() {
        client.close();
        standIn.close();
    }

    @Test
    void putRecordBatchStoresEveryRecordInOrder() {
        PutRecordBatchResponse response = put("orders", records(3, 0));

        assertThat(response.failedPutCount()).isZero();
        assertThat(response.requestResponses())
                .allSatisfy(r -> assertThat(r.recordId()).isNotBlank());
        assertThat(standIn.recordsAsStrings("orders")).containsExactly("record-0", "record-1", "record-2");
        assertThat(standIn.putRecordBatchCalls()).isEqualTo(1);
    }

    @Test
    void describeDeliveryStreamReportsAnActiveDirectPutStream() {
        DeliveryStreamDescription description = client.describeDeliveryStream(b -> b.deliveryStreamName("orders"))
                .deliveryStreamDescription();

        assertThat(description.deliveryStreamName()).isEqualTo("orders");
        assertThat(description.deliveryStreamStatus()).isEqualTo(DeliveryStreamStatus.ACTIVE);
        assertThat(description.deliveryStreamARN()).endsWith(":deliverystream/orders");
    }

    @Test
    void unknownDeliveryStreamIsResourceNotFound() {
        assertThatThrownBy(() -> put("missing", records(1, 0)))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageContaining("missing");
        assertThatThrownBy(() -> client.describeDeliveryStream(b -> b.deliveryStreamName("missing")))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void rejectedRecordsAreReportedPerRecordAndNotStored() {
        standIn.rejectNextRecords(2);

        PutRecordBatchResponse response = put("orders", records(5, 0));

        assertThat(response.failedPutCount()).isEqualTo(2);
        assertThat(response.requestResponses().get(0).errorCode()).isEqualTo("ServiceUnavailableException");
        assertThat(response.requestResponses().get(0).errorMessage()).isEqualTo("Slow down.");
        assertThat(response.requestResponses().get(1).errorCode()).isEqualTo("ServiceUnavailableException");
        assertThat(response.requestResponses().get(2).errorCode()).isNull();
        assertThat(standIn.recordsAsStrings("orders")).containsExactly("record-2", "record-3", "record-4");
        assertThat(standIn.rejectedRecords()).isEqualTo(2);
    }

    @Test
    void throttledRequestsFailWithThrottlingExceptionThenRecover() {
        standIn.throttleNextRequests(1);

        assertThatThrownBy(() -> put("orders", records(1, 0))).isInstanceOfSatisfying(FirehoseException.class, e -> {
            assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ThrottlingException");
            assertThat(e.isThrottlingException()).isTrue();
        });
        assertThat(put("orders", records(1, 0)).failedPutCount()).isZero();
        assertThat(standIn.recordsAsStrings("orders")).hasSize(1);
    }

    @Test
    void unavailableRequestsFailWithServiceUnavailable() {
        standIn.failNextRequestsUnavailable(1);

        assertThatThrownBy(() -> put("orders", records(1, 0))).isInstanceOf(ServiceUnavailableException.class);
        assertThat(standIn.failedRequests()).isEqualTo(1);
    }

    @Test
    void moreThan500RecordsInOneCallAreRefused() {
        assertThatThrownBy(() -> put("orders", records(501, 0)))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("500");
        assertThat(standIn.records("orders")).isEmpty();
    }

    @Test
    void aRecordOver1000KibIsRefused() {
        assertThatThrownBy(() -> put("orders", records(1, 1000 * 1024 + 1)))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("1024000");
    }

    @Test
    void aCallOver4MibIsRefused() {
        assertThatThrownBy(() -> put("orders", records(5, 1000 * 1024)))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("4194304");
    }

    private PutRecordBatchResponse put(String stream, List<Record> records) {
        return client.putRecordBatch(b -> b.deliveryStreamName(stream).records(records));
    }

    private static List<Record> records(int count, int size) {
        List<Record> records = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String text = "record-" + i;
            byte[] data = size <= text.length()
                    ? text.getBytes(StandardCharsets.UTF_8)
                    : IntStream.range(0, size)
                            .mapToObj(j -> "x")
                            .collect(Collectors.joining())
                            .getBytes(StandardCharsets.UTF_8);
            records.add(Record.builder().data(SdkBytes.fromByteArray(data)).build());
        }
        return records;
    }
}
