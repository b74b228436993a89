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
package io.flinkblocks.connectors.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.flinkblocks.connectors.firehose.FirehoseSinks;
import io.flinkblocks.connectors.kinesis.KinesisSinks;
import io.flinkblocks.runtime.PropertyGroup;
import io.flinkblocks.testing.firehose.FirehoseStandInExtension;
import io.flinkblocks.testing.jobs.JobEnvironments;
import io.flinkblocks.testing.jobs.LocalKinesisMiniCluster;

/**
 * FLINK-35559: both AWS sinks in one JVM, each driven into its error handling. With the Kinesis
 * connector's copy of the shared exception classifier first on the class path, the Firehose sink
 * throws a ClassCastException while classifying the error and its job hangs: hence the timeout.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class AwsSinkErrorPathsIT {

    @RegisterExtension
    static final LocalKinesisMiniCluster LOCAL = LocalKinesisMiniCluster.slots(1);

    @RegisterExtension
    static final FirehoseStandInExtension FIREHOSE = new FirehoseStandInExtension();

    @Test
    void firehoseAccessDeniedIsClassifiedAsFatal() {
        String stream = FIREHOSE.createDeliveryStream("denied");
        FIREHOSE.standIn().failNextRequests(100, 400, "AccessDeniedException", "User is not authorized");
        StreamExecutionEnvironment env = JobEnvironments.failingFast(1);
        FirehoseSinks.strings(
                env.fromData(List.of("a", "b")), PropertyGroup.of("DeliveryStream0", FIREHOSE.sinkProperties(stream)));

        assertThatThrownBy(() -> env.execute("firehose access denied"))
                .hasStackTraceContaining("Encountered non-recoverable exception: AccessDeniedException")
                .satisfies(e -> assertThat(stackTrace(e)).doesNotContain("ClassCastException"));
    }

    @Test
    void firehoseServiceErrorsAreRetriedNotFatal() throws Exception {
        String stream = FIREHOSE.createDeliveryStream("unavailable");
        FIREHOSE.standIn().failNextRequestsUnavailable(6);
        StreamExecutionEnvironment env = JobEnvironments.failingFast(1);
        FirehoseSinks.strings(
                env.fromData(List.of("a", "b")), PropertyGroup.of("DeliveryStream0", FIREHOSE.sinkProperties(stream)));

        env.execute("firehose unavailable");

        assertThat(FIREHOSE.recordsAsStrings(stream)).containsExactlyInAnyOrder("a", "b");
    }

    @Test
    void kinesisSinkToAMissingStreamFailsWithTheConnectorsError() {
        StreamExecutionEnvironment env = JobEnvironments.failingFast(1);
        KinesisSinks.strings(
                env.fromData(List.of("a", "b")),
                PropertyGroup.of("OutputStream0", LOCAL.kinesis().sinkProperties("no-such-stream")));

        assertThatThrownBy(() -> env.execute("kinesis missing stream"))
                .hasStackTraceContaining(
                        "Encountered non-recoverable exception relating to not being able to find the specified resources")
                .satisfies(e -> assertThat(stackTrace(e)).doesNotContain("ClassCastException"));
    }

    private static String stackTrace(Throwable e) {
        java.io.StringWriter writer = new java.io.StringWriter();
        e.printStackTrace(new java.io.PrintWriter(writer));
        return writer.toString();
    }
}
