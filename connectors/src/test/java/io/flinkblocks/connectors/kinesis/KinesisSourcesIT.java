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

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.flinkblocks.runtime.PropertyGroup;
import io.flinkblocks.testing.kinesis.LocalKinesisExtension;

/** Each source implementation reads back exactly the records put into a local Kinesis stream. */
class KinesisSourcesIT {

    private static final int RECORDS = 1000;

    @RegisterExtension
    static final MiniClusterExtension MINI_CLUSTER =
            new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
                    .setNumberTaskManagers(1)
                    .setNumberSlotsPerTaskManager(4)
                    .build());

    @RegisterExtension
    static final LocalKinesisExtension KINESIS = new LocalKinesisExtension();

    @Test
    void pollingConsumerReadsEveryRecord() throws Exception {
        String stream = streamWithRecords("polling", 2);
        Map<String, String> config = KINESIS.sourceProperties(stream);
        config.put("flink.shard.getrecords.intervalmillis", "100");

        assertThat(read(config, 1, Duration.ofSeconds(60))).containsExactlyInAnyOrderElementsOf(expected());
    }

    @Test
    void efoConsumerReadsEveryRecord() throws Exception {
        String stream = streamWithRecords("efo", 2);
        Map<String, String> config = KINESIS.sourceProperties(stream);
        config.put("flink.stream.recordpublisher", "EFO");
        config.put("flink.stream.efo.consumername", "flink-blocks-it");

        assertThat(read(config, 1, Duration.ofSeconds(90))).containsExactlyInAnyOrderElementsOf(expected());
    }

    @Test
    void kinesisStreamsSourceReadsEveryRecord() throws Exception {
        String stream = streamWithRecords("fresh", 2);
        Map<String, String> config = KINESIS.sourceProperties(stream);
        config.put("source.implementation", "KINESIS_STREAMS_SOURCE");
        // Shard discovery every 10 s by default: a new stream would wait for it before the first read.
        config.put("flink.shard.discovery.intervalmillis", "500");

        assertThat(read(config, 1, Duration.ofSeconds(150))).containsExactlyInAnyOrderElementsOf(expected());
    }

    @Test
    void fourShardsReadAtParallelismTwoLoseNothing() throws Exception {
        String stream = streamWithRecords("sharded", 4);
        assertThat(KINESIS.kinesis().recordsPerShard(stream))
                .allSatisfy(n -> assertThat(n).isPositive());
        Map<String, String> config = KINESIS.sourceProperties(stream);
        config.put("flink.shard.getrecords.intervalmillis", "100");

        assertThat(read(config, 2, Duration.ofSeconds(60))).containsExactlyInAnyOrderElementsOf(expected());
    }

    private static String streamWithRecords(String prefix, int shards) {
        String stream = KINESIS.createStream(prefix, shards);
        KINESIS.putStrings(stream, expected());
        return stream;
    }

    private static List<String> expected() {
        return IntStream.range(0, RECORDS).mapToObj(i -> "record-" + i).collect(Collectors.toList());
    }

    /** Runs the source until it has emitted {@value #RECORDS} records, then cancels the job. */
    private static List<String> read(Map<String, String> config, int parallelism, Duration timeout) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(parallelism);
        DataStream<String> records = KinesisSources.strings(env, PropertyGroup.of("InputStream0", config));
        return assertTimeoutPreemptively(timeout, () -> records.executeAndCollect("read kinesis", RECORDS));
    }
}
