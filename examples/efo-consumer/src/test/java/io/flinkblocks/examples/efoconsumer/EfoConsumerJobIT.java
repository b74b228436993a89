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
package io.flinkblocks.examples.efoconsumer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import software.amazon.awssdk.services.kinesis.model.Consumer;

import io.flinkblocks.runtime.ApplicationProperties;
import io.flinkblocks.runtime.JobLauncher;
import io.flinkblocks.testing.OperatorUidCheck;
import io.flinkblocks.testing.jobs.DevRuns;
import io.flinkblocks.testing.jobs.KinesisStreamPair;
import io.flinkblocks.testing.jobs.LocalKinesisMiniCluster;
import io.flinkblocks.testing.ticks.TickJson;

/**
 * The job end to end with its local properties file: records put into a two-shard stream of a local
 * Kinesis are read through an enhanced fan-out consumer registered under the configured name, marked,
 * and written to the output stream.
 */
class EfoConsumerJobIT {

    private static final String LOCAL_PROPERTIES = "local/flink-application-properties-local.json";

    @RegisterExtension
    static final LocalKinesisMiniCluster LOCAL = LocalKinesisMiniCluster.slots(2);

    @Test
    void readsThroughItsOwnEfoConsumerAndMarksEveryRecord() throws Exception {
        KinesisStreamPair streams =
                KinesisStreamPair.create(LOCAL.kinesis(), "ExampleInputStream", 2, "ExampleOutputStream", 1);
        List<String> records = streams.putInput(TickJson.samples("AMZN", 300));

        List<String> written = streams.runUntilWritten("efo-consumer", env -> define(env, streams), records.size());

        assertThat(written)
                .containsExactlyInAnyOrderElementsOf(records.stream()
                        .map(r -> r + ": processed by basic EFO app")
                        .collect(Collectors.toList()));
        List<Consumer> consumers = LOCAL.kinesis()
                .kinesis()
                .client()
                .listStreamConsumers(
                        request -> request.streamARN(LOCAL.kinesis().streamArn(streams.input())))
                .consumers();
        assertThat(consumers).extracting(Consumer::consumerName).containsExactly("basic-efo-flink-app");
    }

    @Test
    void devPropertiesMarkEveryGeneratedTickAndStopByThemselves() throws Exception {
        ApplicationProperties dev = ApplicationProperties.fromDevResource(EfoConsumerJob.class);
        Map<String, Map<String, String>> groups = dev.toGroupMaps();
        groups.get(EfoConsumerJob.CONSUMER_GROUP).putAll(DevRuns.generatorStoppingAfter(100));
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        JobLauncher.define(env, ApplicationProperties.of(groups), EfoConsumerJob::build);

        assertThat(DevRuns.printedLines(
                        () -> env.execute("efo-consumer-dev"),
                        line -> line.startsWith("{\"event_time\"") && line.endsWith("}: processed by basic EFO app")))
                .hasSize(100);
    }

    /** The job on its local properties file, pointed at this run's streams; each operator has a uid. */
    private static void define(StreamExecutionEnvironment env, KinesisStreamPair streams) {
        JobLauncher.define(env, localProperties(streams), EfoConsumerJob::build);
        OperatorUidCheck.assertEveryOperatorHasUid(env);
    }

    private static ApplicationProperties localProperties(KinesisStreamPair streams) {
        Map<String, Map<String, String>> groups =
                ApplicationProperties.fromFile(Paths.get(LOCAL_PROPERTIES)).toGroupMaps();
        groups.get("FlinkEnvironment").put("parallelism", "2");
        groups.get("FlinkEnvironment").put("restart.strategy", "none");
        return ApplicationProperties.of(
                streams.pointAt(groups, EfoConsumerJob.CONSUMER_GROUP, EfoConsumerJob.PRODUCER_GROUP));
    }
}
