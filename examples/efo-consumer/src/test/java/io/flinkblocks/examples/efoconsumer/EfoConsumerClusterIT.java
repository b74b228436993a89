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

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import software.amazon.awssdk.services.kinesis.model.Consumer;

import io.flinkblocks.runtime.ApplicationProperties;
import io.flinkblocks.testing.ApplicationPropertiesFile;
import io.flinkblocks.testing.FlinkEnvironmentGroups;
import io.flinkblocks.testing.cluster.ClusterJobRun;
import io.flinkblocks.testing.cluster.FlinkClusterExtension;
import io.flinkblocks.testing.cluster.FlinkStandaloneCluster;
import io.flinkblocks.testing.jobs.KinesisStreamPair;
import io.flinkblocks.testing.kinesis.LocalKinesisExtension;
import io.flinkblocks.testing.results.WrittenRecords;
import io.flinkblocks.testing.ticks.TickJson;

/**
 * The shaded JAR on a real session cluster, as MSF runs it (uploaded and run through REST with its
 * local properties file pointed at the local Kinesis, RocksDB with incremental checkpoints): records of
 * a two-shard stream are read through an enhanced fan-out consumer (SubscribeToShard over HTTP/2, from
 * the TaskManager) registered under the configured name, marked, and written to the output stream,
 * each once (the sink is at least once: duplicates are counted, and none may come without a restart).
 */
class EfoConsumerClusterIT {

    private static final String LOCAL_PROPERTIES = "local/flink-application-properties-local.json";
    private static final String CONSUMER_NAME = "cluster-efo-app";
    private static final Duration TIMEOUT = Duration.ofMinutes(3);
    private static final int RECORDS = 200;

    @RegisterExtension
    static final LocalKinesisExtension KINESIS = new LocalKinesisExtension();

    @RegisterExtension
    static final FlinkClusterExtension FLINK = new FlinkClusterExtension();

    @Test
    void readsThroughItsEfoConsumerAndMarksEveryRecordOnce(FlinkStandaloneCluster flink, @TempDir Path folder)
            throws IOException {
        KinesisStreamPair streams = KinesisStreamPair.create(KINESIS, "ClusterEfoInput", 2, "ClusterEfoOutput", 1);
        List<String> records = TickJson.samples("MSFT", RECORDS);
        List<String> expected =
                records.stream().map(record -> record + EfoConsumerJob.SUFFIX).collect(Collectors.toList());
        Path properties = writeProperties(folder.resolve("application_properties.json"), streams);

        // The second half goes in while the subscriptions are open: pushed to the consumer, not read from the start.
        ClusterJobRun run = streams.startFedInTwoHalves(flink, properties, TIMEOUT, records);
        long restarts = run.settle();
        List<Consumer> consumers = KINESIS.kinesis()
                .client()
                .listStreamConsumers(request -> request.streamARN(KINESIS.streamArn(streams.input())))
                .consumers();
        run.cancel();

        WrittenRecords written = streams.written();
        System.out.printf(
                Locale.ROOT,
                "efo-consumer on a cluster: %d records in (2 shards), %d out, %d duplicates, %d restarts,"
                        + " consumers %s, %d ms from submission to the last record%n",
                RECORDS,
                written.count(),
                written.duplicates(),
                restarts,
                consumers.stream().map(Consumer::consumerName).collect(Collectors.toList()),
                run.millisToLastResult());

        assertThat(restarts).as("restarts").isZero();
        assertThat(consumers).extracting(Consumer::consumerName).containsExactly(CONSUMER_NAME);
        assertThat(written.distinct()).as("distinct records written").containsExactlyInAnyOrderElementsOf(expected);
        assertThat(written.duplicates())
                .as("records written twice without a restart")
                .isZero();
    }

    /** The example's local properties file, pointed at this run's streams and emulator. */
    private static Path writeProperties(Path file, KinesisStreamPair streams) {
        Map<String, Map<String, String>> groups =
                ApplicationProperties.fromFile(Paths.get(LOCAL_PROPERTIES)).toGroupMaps();
        groups.put(FlinkEnvironmentGroups.GROUP, FlinkEnvironmentGroups.clusterRun());
        streams.pointQuickSinkAt(groups, EfoConsumerJob.CONSUMER_GROUP, EfoConsumerJob.PRODUCER_GROUP);
        groups.get(EfoConsumerJob.CONSUMER_GROUP).put("flink.stream.efo.consumername", CONSUMER_NAME);
        return ApplicationPropertiesFile.write(file, groups);
    }
}
