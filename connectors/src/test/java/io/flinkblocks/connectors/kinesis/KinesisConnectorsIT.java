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
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.flink.api.common.serialization.SimpleStringSchema;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.flinkblocks.runtime.PropertyGroup;
import io.flinkblocks.testing.jobs.LocalKinesisMiniCluster;

/**
 * The Kinesis sources and sinks against one local Kinesis, on one MiniCluster: each source
 * implementation reads back exactly the records put into a stream, and the sinks write every record,
 * spread over the shards or, by key, on one.
 */
class KinesisConnectorsIT {

    @RegisterExtension
    static final LocalKinesisMiniCluster LOCAL = LocalKinesisMiniCluster.slots(4);

    @Nested
    class Sources {

        private static final int RECORDS = 1000;

        @ParameterizedTest(name = "{0}")
        @CsvSource({"FLINK_KINESIS_CONSUMER, 60", "KINESIS_STREAMS_SOURCE, 150"})
        void readsEveryRecord(KinesisSourceImplementation implementation, int timeoutSeconds) throws Exception {
            Map<String, String> config = quickSourceOf(streamWithRecords("quick", 2), implementation);

            assertReadsEveryRecord(config, 1, Duration.ofSeconds(timeoutSeconds));
        }

        @Test
        void efoConsumerReadsEveryRecord() throws Exception {
            String stream = streamWithRecords("efo", 2);
            Map<String, String> config = LOCAL.kinesis().sourceProperties(stream);
            config.put("flink.stream.recordpublisher", "EFO");
            config.put("flink.stream.efo.consumername", "flink-blocks-it");

            assertReadsEveryRecord(config, 1, Duration.ofSeconds(90));
        }

        @Test
        void fourShardsReadAtParallelismTwoLoseNothing() throws Exception {
            String stream = streamWithRecords("sharded", 4);
            assertThat(LOCAL.kinesis().kinesis().recordsPerShard(stream))
                    .allSatisfy(n -> assertThat(n).isPositive());
            Map<String, String> config = quickSourceOf(stream, FLINK_KINESIS_CONSUMER);

            assertReadsEveryRecord(config, 2, Duration.ofSeconds(60));
        }

        private String streamWithRecords(String prefix, int shards) {
            String stream = LOCAL.kinesis().createStream(prefix, shards);
            LOCAL.kinesis().putStrings(stream, expected());
            return stream;
        }

        private Map<String, String> quickSourceOf(String stream, KinesisSourceImplementation implementation) {
            return LOCAL.kinesis().quickSourceProperties(stream, implementation.name());
        }

        private List<String> expected() {
            return IntStream.range(0, RECORDS).mapToObj(i -> "record-" + i).collect(Collectors.toList());
        }

        /**
         * Runs the source until it has emitted {@value #RECORDS} records, then cancels the job, and checks they
         * are the records put, each once.
         */
        private void assertReadsEveryRecord(Map<String, String> config, int parallelism, Duration timeout)
                throws Exception {
            StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
            env.setParallelism(parallelism);
            DataStream<String> records = KinesisSources.strings(env, PropertyGroup.of("InputStream0", config));
            List<String> read =
                    assertTimeoutPreemptively(timeout, () -> records.executeAndCollect("read kinesis", RECORDS));
            assertThat(read).containsExactlyInAnyOrderElementsOf(expected());
        }
    }

    @Nested
    class Sinks {

        @Test
        void writeEveryRecordSpreadOverTheShards() throws Exception {
            String stream = LOCAL.kinesis().createStream("sink", 4);
            List<String> records =
                    IntStream.range(0, 1000).mapToObj(i -> "record-" + i).collect(Collectors.toList());
            Map<String, String> config = LOCAL.kinesis().sinkProperties(stream);
            config.put("sink.batch.max-size", "200");
            config.put("sink.flush-buffer.timeout", "200ms");

            StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
            env.setParallelism(2);
            KinesisSinks.strings(env.fromData(records), PropertyGroup.of("OutputStream0", config));
            env.execute("write kinesis");

            assertThat(LOCAL.kinesis().readAllStrings(stream)).containsExactlyInAnyOrderElementsOf(records);
            assertThat(LOCAL.kinesis().kinesis().recordsPerShard(stream))
                    .hasSize(4)
                    .allSatisfy(n -> assertThat(n).isGreaterThan(150));
        }

        @Test
        void keepEqualKeysOnOneShardWithAKeySelector() throws Exception {
            String stream = LOCAL.kinesis().createStream("keyed", 4);
            List<String> records =
                    IntStream.range(0, 200).mapToObj(i -> "AMZN," + i).collect(Collectors.toList());

            StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
            env.setParallelism(1);
            KinesisSinks.attach(
                    env.fromData(records),
                    PropertyGroup.of("OutputStream0", LOCAL.kinesis().sinkProperties(stream)),
                    new SimpleStringSchema(),
                    s -> s.split(",")[0]);
            env.execute("write kinesis by key");

            assertThat(LOCAL.kinesis().kinesis().recordsPerShard(stream))
                    .containsOnlyOnce(200)
                    .filteredOn(n -> n > 0)
                    .hasSize(1);
            assertThat(LOCAL.kinesis().readAllStrings(stream)).containsExactlyElementsOf(records);
        }
    }
}
