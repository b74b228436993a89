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

import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.flinkblocks.runtime.ApplicationProperties;
import io.flinkblocks.runtime.JobLauncher;
import io.flinkblocks.testing.OperatorUidCheck;
import io.flinkblocks.testing.jobs.DevRuns;
import io.flinkblocks.testing.jobs.KinesisStreamPair;
import io.flinkblocks.testing.jobs.LocalKinesisMiniCluster;
import io.flinkblocks.testing.sts.AssumeRoleCall;
import io.flinkblocks.testing.sts.LocalSts;
import io.flinkblocks.testing.ticks.TickJson;

/**
 * The job end to end with its local properties file: the source assumes the configured role through a
 * loopback STS stand-in, signed with the application's own (base) credentials, and reads the local
 * Kinesis with the temporary credentials it got; the sink writes with its own credentials.
 *
 * <p>What this cannot show, and only a real pair of AWS accounts can: that IAM lets the application's
 * role call {@code sts:AssumeRole} on the source account's role, that the role's trust policy names the
 * application's role, and that the role's policy allows reading the stream. The stand-ins check the
 * shape of the requests (role ARN, session name, signatures), not permissions.
 */
class CrossAccountJobIT {

    private static final String LOCAL_PROPERTIES = "local/flink-application-properties-local.json";
    private static final String ROLE_ARN = "arn:aws:iam::111111111111:role/KA-Source-Stream-Role";

    @RegisterExtension
    static final LocalKinesisMiniCluster LOCAL = LocalKinesisMiniCluster.slots(2);

    @RegisterExtension
    static final LocalSts STS = new LocalSts();

    @Test
    void readsTheOtherAccountsStreamWithTheAssumedRoleAndWritesWithItsOwnCredentials() throws Exception {
        KinesisStreamPair streams = KinesisStreamPair.create(
                LOCAL.kinesis(), "SourceAccountExampleInputStream", 2, "ExampleOutputStream", 1);
        List<String> records = streams.putInput(TickJson.samples("INTC", 300));
        LocalSts.server().clear();

        List<String> written = streams.runUntilWritten("cross-account", env -> define(env, streams), records.size());

        assertThat(written).containsExactlyInAnyOrderElementsOf(records);
        assertThat(LocalSts.server().calls()).isNotEmpty().allSatisfy(call -> {
            assertThat(call.roleArn()).isEqualTo(ROLE_ARN);
            assertThat(call.roleSessionName()).isEqualTo("ksassumedrolesession");
            assertThat(call.callerAccessKeyId())
                    .as("signed with the base credentials")
                    .isEqualTo("sink-account-access-key");
        });
        assertThat(LocalSts.server().calls())
                .extracting(AssumeRoleCall::externalId)
                .containsOnlyNulls();
    }

    @Test
    void devPropertiesPrintEveryGeneratedTickAndStopByThemselves() throws Exception {
        Map<String, Map<String, String>> groups =
                ApplicationProperties.fromDevResource(CrossAccountJob.class).toGroupMaps();
        groups.get(CrossAccountJob.SOURCE_GROUP).putAll(DevRuns.generatorStoppingAfter(100));
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        JobLauncher.define(env, ApplicationProperties.of(groups), CrossAccountJob::build);

        assertThat(DevRuns.printedLines(
                        () -> env.execute("cross-account-dev"),
                        line -> line.startsWith("{\"event_time\"") && line.endsWith("}")))
                .hasSize(100);
    }

    /** The job on its local properties file, pointed at this run's streams; each operator has a uid. */
    private static void define(StreamExecutionEnvironment env, KinesisStreamPair streams) {
        JobLauncher.define(env, localProperties(streams), CrossAccountJob::build);
        OperatorUidCheck.assertEveryOperatorHasUid(env);
    }

    private static ApplicationProperties localProperties(KinesisStreamPair streams) {
        Map<String, Map<String, String>> groups =
                ApplicationProperties.fromFile(Paths.get(LOCAL_PROPERTIES)).toGroupMaps();
        groups.get("FlinkEnvironment").put("restart.strategy", "none");
        streams.pointAt(groups, CrossAccountJob.SOURCE_GROUP, CrossAccountJob.OUTPUT_GROUP);
        groups.get(CrossAccountJob.SOURCE_GROUP)
                .put("aws.credentials.provider.role.stsEndpoint", STS.endpoint().toString());
        return ApplicationProperties.of(groups);
    }
}
