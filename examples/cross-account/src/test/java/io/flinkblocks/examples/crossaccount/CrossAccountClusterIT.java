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
package io.flinkblocks.examples.crossaccount;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import io.flinkblocks.runtime.ApplicationProperties;
import io.flinkblocks.testing.ApplicationPropertiesFile;
import io.flinkblocks.testing.FlinkEnvironmentGroups;
import io.flinkblocks.testing.cluster.ClusterJobRun;
import io.flinkblocks.testing.cluster.FlinkClusterExtension;
import io.flinkblocks.testing.cluster.FlinkStandaloneCluster;
import io.flinkblocks.testing.jobs.KinesisStreamPair;
import io.flinkblocks.testing.kinesis.LocalKinesisExtension;
import io.flinkblocks.testing.results.WrittenRecords;
import io.flinkblocks.testing.sts.AssumeRoleCall;
import io.flinkblocks.testing.sts.LocalSts;
import io.flinkblocks.testing.ticks.TickJson;

/**
 * The shaded JAR on a real session cluster, as MSF runs it (uploaded and run through REST with its
 * local properties file pointed at the local Kinesis and the STS stand-in, RocksDB with incremental
 * checkpoints): the source, in the TaskManager, assumes the configured role through the STS stand-in,
 * signed with the application's own (base) credentials, and reads the other account's stream with the
 * temporary credentials; the sink writes with its own. Every record comes out once (the sink is at
 * least once: duplicates are counted, and none may come without a restart).
 */
class CrossAccountClusterIT {

    private static final String LOCAL_PROPERTIES = "local/flink-application-properties-local.json";
    private static final String ROLE_ARN = "arn:aws:iam::111111111111:role/KA-Source-Stream-Role";
    private static final Duration TIMEOUT = Duration.ofMinutes(3);
    private static final int RECORDS = 200;

    @RegisterExtension
    static final LocalKinesisExtension KINESIS = new LocalKinesisExtension();

    @RegisterExtension
    static final LocalSts STS = new LocalSts();

    @RegisterExtension
    static final FlinkClusterExtension FLINK = new FlinkClusterExtension();

    @Test
    void readsTheOtherAccountsStreamWithTheAssumedRoleAndCopiesEveryRecordOnce(
            FlinkStandaloneCluster flink, @TempDir Path folder) throws IOException {
        KinesisStreamPair streams =
                KinesisStreamPair.create(KINESIS, "ClusterSourceAccountInput", 2, "ClusterOutput", 1);
        List<String> records = TickJson.samples("INTC", RECORDS);
        Path properties = writeProperties(folder.resolve("application_properties.json"), streams);
        LocalSts.server().clear();

        ClusterJobRun run = streams.startFedInTwoHalves(flink, properties, TIMEOUT, records);
        long restarts = run.settle();
        run.cancel();

        WrittenRecords written = streams.written();
        List<AssumeRoleCall> calls = LocalSts.server().calls();
        System.out.printf(
                Locale.ROOT,
                "cross-account on a cluster: %d records in (2 shards), %d out, %d duplicates, %d restarts,"
                        + " %d AssumeRole calls, %d ms from submission to the last record%n",
                RECORDS,
                written.count(),
                written.duplicates(),
                restarts,
                calls.size(),
                run.millisToLastResult());

        assertThat(restarts).as("restarts").isZero();
        assertThat(written.distinct()).as("distinct records written").containsExactlyInAnyOrderElementsOf(records);
        assertThat(written.duplicates())
                .as("records written twice without a restart")
                .isZero();
        assertThat(calls).as("AssumeRole calls").isNotEmpty().allSatisfy(call -> {
            assertThat(call.roleArn()).isEqualTo(ROLE_ARN);
            assertThat(call.roleSessionName()).isEqualTo("ksassumedrolesession");
            assertThat(call.callerAccessKeyId())
                    .as("signed with the base credentials")
                    .isEqualTo("sink-account-access-key");
        });
    }

    /** The example's local properties file, pointed at this run's streams and emulator. */
    private static Path writeProperties(Path file, KinesisStreamPair streams) {
        Map<String, Map<String, String>> groups =
                ApplicationProperties.fromFile(Paths.get(LOCAL_PROPERTIES)).toGroupMaps();
        groups.put(FlinkEnvironmentGroups.GROUP, FlinkEnvironmentGroups.clusterRun());
        streams.pointQuickSinkAt(groups, CrossAccountJob.SOURCE_GROUP, CrossAccountJob.OUTPUT_GROUP);
        groups.get(CrossAccountJob.SOURCE_GROUP)
                .put("aws.credentials.provider.role.stsEndpoint", STS.endpoint().toString());
        return ApplicationPropertiesFile.write(file, groups);
    }
}
