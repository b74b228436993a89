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
package io.flinkblocks.examples.gettingstarted;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

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
 * The shaded JAR on a real session cluster, as MSF runs it: uploaded and run through REST with a
 * {@code --properties} file pointing at the local Kinesis, its classes in the TaskManager's child-first
 * class loader, RocksDB with incremental checkpoints. Every record put into the input stream comes out
 * of the output stream; the sink is at least once, so duplicates are counted, and as none comes without
 * a restart, none is allowed here.
 */
class GettingStartedClusterIT {

    private static final Duration TIMEOUT = Duration.ofMinutes(3);
    private static final int RECORDS = 200;

    @RegisterExtension
    static final LocalKinesisExtension KINESIS = new LocalKinesisExtension();

    @RegisterExtension
    static final FlinkClusterExtension FLINK = new FlinkClusterExtension();

    @Test
    void everyRecordOfTheInputStreamIsInTheOutputStream(FlinkStandaloneCluster flink, @TempDir Path folder)
            throws IOException {
        KinesisStreamPair streams = KinesisStreamPair.create(KINESIS, "ClusterInput", 1, "ClusterOutput", 1);
        List<String> records = TickJson.samples("AMZN", RECORDS);
        Path properties = writeProperties(
                folder.resolve("application_properties.json"), KINESIS, streams.input(), streams.output());

        // Half before the job starts (read from TRIM_HORIZON), half while it runs.
        ClusterJobRun run = streams.startFedInTwoHalves(flink, properties, TIMEOUT, records);
        // Two more checkpoints: a record written twice would be in the stream by then.
        long restarts = run.settle();
        run.cancel();

        WrittenRecords written = streams.written();
        System.out.printf(
                Locale.ROOT,
                "getting-started on a cluster: %d records in, %d out, %d distinct, %d duplicates, %d restarts,"
                        + " %d ms from submission to the last record%n",
                RECORDS,
                written.count(),
                written.distinct().size(),
                written.duplicates(),
                restarts,
                run.millisToLastResult());

        assertThat(restarts).as("restarts").isZero();
        assertThat(written.distinct()).as("distinct records written").containsExactlyInAnyOrderElementsOf(records);
        assertThat(written.duplicates())
                .as("records written twice without a restart")
                .isZero();
    }

    /** The local properties file's groups, pointed at this run's streams and emulator. */
    static Path writeProperties(Path file, LocalKinesisExtension kinesis, String input, String output) {
        Map<String, Map<String, String>> groups = new LinkedHashMap<>();
        groups.put(FlinkEnvironmentGroups.GROUP, FlinkEnvironmentGroups.clusterRun());
        groups.put(GettingStartedJob.INPUT_GROUP, kinesis.sourceProperties(input));
        groups.put(GettingStartedJob.OUTPUT_GROUP, kinesis.quickSinkProperties(output));
        return ApplicationPropertiesFile.write(file, groups);
    }
}
