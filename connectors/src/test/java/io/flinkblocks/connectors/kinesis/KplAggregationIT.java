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
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.flinkblocks.runtime.PropertyGroup;
import io.flinkblocks.testing.kinesis.LocalKinesisExtension;

/**
 * Records aggregated by the Kinesis Producer Library: the legacy consumer de-aggregates them, the
 * new source refuses them loudly instead of emitting the aggregate as one record.
 */
class KplAggregationIT {

    private static final List<String> USER_RECORDS = List.of("{\"n\":1}", "{\"n\":2}", "{\"n\":3}");

    @RegisterExtension
    static final MiniClusterExtension MINI_CLUSTER = new MiniClusterExtension(
            new MiniClusterResourceConfiguration.Builder().setNumberTaskManagers(1).setNumberSlotsPerTaskManager(1).build());

    @RegisterExtension
    static final LocalKinesisExtension KINESIS = new LocalKinesisExtension();

    @Test
    void legacyConsumerDeaggregatesKplRecords() throws Exception {
        String stream = streamWithAggregatedRecord("kpl-legacy");
        DataStream<String> records = KinesisSources.strings(environment(), PropertyGroup.of("InputStream0", KINESIS.sourceProperties(stream)));

        List<String> read = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> records.executeAndCollect("kpl", 3));

        assertThat(read).containsExactlyElementsOf(USER_RECORDS);
    }

    @Test
    void kinesisStreamsSourceFailsOnKplRecordsInsteadOfHandingGarbage() {
        String stream = streamWithAggregatedRecord("kpl-new");
        Map<String, String> config = KINESIS.sourceProperties(stream);
        config.put("source.implementation", "KINESIS_STREAMS_SOURCE");
        config.put("flink.shard.discovery.intervalmillis", "500");
        DataStream<String> records = KinesisSources.strings(environment(), PropertyGroup.of("InputStream0", config));

        assertThatThrownBy(() -> assertTimeoutPreemptively(Duration.ofSeconds(90), () -> records.executeAndCollect("kpl", 1)))
                .hasStackTraceContaining("KPL-aggregated record")
                .hasStackTraceContaining("source.implementation=FLINK_KINESIS_CONSUMER");
    }

    private static String streamWithAggregatedRecord(String prefix) {
        String stream = KINESIS.createStream(prefix, 1);
        KINESIS.kinesis().putRecords(stream, List.of(KplRecords.aggregate("pk", USER_RECORDS)));
        return stream;
    }

    private static StreamExecutionEnvironment environment() {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        Configuration configuration = new Configuration();
        configuration.set(RestartStrategyOptions.RESTART_STRATEGY, "none");
        env.configure(configuration);
        env.setParallelism(1);
        return env;
    }
}
