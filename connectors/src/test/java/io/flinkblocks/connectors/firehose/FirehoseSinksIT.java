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
package io.flinkblocks.connectors.firehose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.flinkblocks.runtime.PropertyGroup;
import io.flinkblocks.testing.firehose.FirehoseStandInExtension;
import io.flinkblocks.testing.flink.MiniClusters;

/** The Firehose sink against the stand-in, with the SDK the build aligns (see the root pom). */
class FirehoseSinksIT {

    private static final List<String> RECORDS = IntStream.range(0, 1000)
            .mapToObj(i -> "{\"ticker\":\"AMZN\",\"n\":" + i + "}")
            .collect(Collectors.toList());

    @RegisterExtension
    static final MiniClusterExtension MINI_CLUSTER = MiniClusters.slots(2);

    @RegisterExtension
    static final FirehoseStandInExtension FIREHOSE = new FirehoseStandInExtension();

    @Test
    void deliversEveryRecord() throws Exception {
        String stream = FIREHOSE.createDeliveryStream("delivery");

        write(stream);

        assertThat(FIREHOSE.recordsAsStrings(stream)).containsExactlyInAnyOrderElementsOf(RECORDS);
    }

    @Test
    void retriesRejectedRecordsSoEachArrivesExactlyOnce() throws Exception {
        String stream = FIREHOSE.createDeliveryStream("partial");
        FIREHOSE.standIn().rejectNextRecords(300);

        write(stream);

        assertThat(FIREHOSE.standIn().rejectedRecords()).isEqualTo(300);
        assertThat(FIREHOSE.recordsAsStrings(stream)).containsExactlyInAnyOrderElementsOf(RECORDS);
    }

    @Test
    void retriesThrottledAndFailedRequests() throws Exception {
        String stream = FIREHOSE.createDeliveryStream("throttled");
        FIREHOSE.standIn().throttleNextRequests(2);
        // More failures in a row than the SDK retries: the sink's own retry path classifies the error.
        FIREHOSE.standIn().failNextRequestsUnavailable(8);

        write(stream);

        assertThat(FIREHOSE.standIn().failedRequests()).isEqualTo(10);
        assertThat(FIREHOSE.recordsAsStrings(stream)).containsExactlyInAnyOrderElementsOf(RECORDS);
    }

    private static void write(String stream) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(2);
        java.util.Map<String, String> config = FIREHOSE.sinkProperties(stream);
        config.put("sink.batch.max-size", "100");
        config.put("sink.flush-buffer.timeout", "200ms");
        FirehoseSinks.strings(env.fromData(RECORDS), PropertyGroup.of("DeliveryStream0", config));
        env.execute("write firehose");
    }
}
