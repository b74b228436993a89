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

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.flinkblocks.runtime.PropertyGroup;
import io.flinkblocks.testing.flink.MiniClusters;
import io.flinkblocks.testing.kinesis.LocalKinesisExtension;

class KinesisSinksIT {

    @RegisterExtension
    static final MiniClusterExtension MINI_CLUSTER = MiniClusters.slots(2);

    @RegisterExtension
    static final LocalKinesisExtension KINESIS = new LocalKinesisExtension();

    @Test
    void writesEveryRecordSpreadOverTheShards() throws Exception {
        String stream = KINESIS.createStream("sink", 4);
        List<String> records =
                IntStream.range(0, 1000).mapToObj(i -> "record-" + i).collect(Collectors.toList());
        Map<String, String> config = KINESIS.sinkProperties(stream);
        config.put("sink.batch.max-size", "200");
        config.put("sink.flush-buffer.timeout", "200ms");

        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(2);
        KinesisSinks.strings(env.fromData(records), PropertyGroup.of("OutputStream0", config));
        env.execute("write kinesis");

        assertThat(KINESIS.readAllStrings(stream)).containsExactlyInAnyOrderElementsOf(records);
        assertThat(KINESIS.kinesis().recordsPerShard(stream))
                .hasSize(4)
                .allSatisfy(n -> assertThat(n).isGreaterThan(150));
    }

    @Test
    void aKeySelectorKeepsEqualKeysOnOneShard() throws Exception {
        String stream = KINESIS.createStream("keyed", 4);
        List<String> records =
                IntStream.range(0, 200).mapToObj(i -> "AMZN," + i).collect(Collectors.toList());

        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(1);
        KinesisSinks.attach(
                env.fromData(records),
                PropertyGroup.of("OutputStream0", KINESIS.sinkProperties(stream)),
                new org.apache.flink.api.common.serialization.SimpleStringSchema(),
                s -> s.split(",")[0]);
        env.execute("write kinesis by key");

        assertThat(KINESIS.kinesis().recordsPerShard(stream))
                .containsOnlyOnce(200)
                .filteredOn(n -> n > 0)
                .hasSize(1);
        assertThat(KINESIS.readAllStrings(stream)).containsExactlyElementsOf(records);
    }
}
