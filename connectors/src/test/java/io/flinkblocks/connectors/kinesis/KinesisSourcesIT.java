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

import static io.flinkblocks.connectors.kinesis.KinesisSourceImplementation.FLINK_KINESIS_CONSUMER;
import static io.flinkblocks.connectors.kinesis.KinesisSourceImplementation.KINESIS_STREAMS_SOURCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.flinkblocks.runtime.PropertyGroup;
import io.flinkblocks.testing.flink.MiniClusters;
import io.flinkblocks.testing.kinesis.LocalKinesisExtension;

/** Each source implementation reads back exactly the records put into a local Kinesis stream. */
class KinesisSourcesIT {

    private static final int RECORDS = 1000;

    @RegisterExtension
    static final MiniClusterExtension MINI_CLUSTER = MiniClusters.slots(4);

    @RegisterExtension
    static final LocalKinesisExtension KINESIS = new LocalKinesisExtension();

    @Test
    void pollingConsumerReadsEveryRecord() throws Exception {
        Map<String, String> config = quickSourceOf(streamWithRecords("polling", 2), FLINK_KINESIS_CONSUMER);

        assertReadsEveryRecord(config, 1, Duration.ofSeconds(60));
    }

    @Test
    void efoConsumerReadsEveryRecord() throws Exception {
        String stream = streamWithRecords("efo", 2);
        Map<String, String> config = KINESIS.sourceProperties(stream);
        config.put("flink.stream.recordpublisher", "EFO");
        config.put("flink.stream.efo.consumername", "flink-blocks-it");

        assertReadsEveryRecord(config, 1, Duration.ofSeconds(90));
    }

    @Test
    void kinesisStreamsSourceReadsEveryRecord() throws Exception {
        Map<String, String> config = quickSourceOf(streamWithRecords("fresh", 2), KINESIS_STREAMS_SOURCE);

        assertReadsEveryRecord(config, 1, Duration.ofSeconds(150));
    }

    @Test
    void fourShardsReadAtParallelismTwoLoseNothing() throws Exception {
        String stream = streamWithRecords("sharded", 4);
        assertThat(KINESIS.kinesis().recordsPerShard(stream))
                .allSatisfy(n -> assertThat(n).isPositive());
        Map<String, String> config = quickSourceOf(stream, FLINK_KINESIS_CONSUMER);

        assertReadsEveryRecord(config, 2, Duration.ofSeconds(60));
    }

    private static String streamWithRecords(String prefix, int shards) {
        String stream = KINESIS.createStream(prefix, shards);
        KINESIS.putStrings(stream, expected());
        return stream;
    }

    private static Map<String, String> quickSourceOf(String stream, KinesisSourceImplementation implementation) {
        return KINESIS.quickSourceProperties(stream, implementation.name());
    }

    private static List<String> expected() {
        return IntStream.range(0, RECORDS).mapToObj(i -> "record-" + i).collect(Collectors.toList());
    }

    /**
     * Runs the source until it has emitted {@value #RECORDS} records, then cancels the job, and checks they
     * are the records put, each once.
     */
    private static void assertReadsEveryRecord(Map<String, String> config, int parallelism, Duration timeout)
            throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(parallelism);
        DataStream<String> records = KinesisSources.strings(env, PropertyGroup.of("InputStream0", config));
        List<String> read =
                assertTimeoutPreemptively(timeout, () -> records.executeAndCollect("read kinesis", RECORDS));
        assertThat(read).containsExactlyInAnyOrderElementsOf(expected());
    }
}
