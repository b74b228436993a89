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
package io.flinkblocks.examples.mskreplication;

import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

import io.flinkblocks.runtime.ApplicationProperties;
import io.flinkblocks.runtime.JobLauncher;
import io.flinkblocks.testing.FlinkEnvironmentGroups;
import io.flinkblocks.testing.OperatorUidCheck;
import io.flinkblocks.testing.jobs.KafkaReplicationGroups;
import io.flinkblocks.testing.kafka.KafkaGroups;
import io.flinkblocks.testing.kafka.LocalKafkaBroker;

/**
 * The job copying a topic of the test broker to another over plaintext, exactly once, the library's
 * defaults otherwise, run on the test's MiniCluster to its end: its source stops at the offsets the
 * topic had when the job started.
 */
final class PlaintextReplication {

    private PlaintextReplication() {}

    /** Runs the job; {@code clientId} names its consumer group and the prefix of its transactions. */
    static void run(
            LocalKafkaBroker broker, String sourceTopic, String destinationTopic, String clientId, String jobName)
            throws Exception {
        ApplicationProperties properties = ApplicationProperties.of(KafkaReplicationGroups.boundedExactlyOnce(
                FlinkEnvironmentGroups.quickCheckpoints(2),
                KafkaGroups.plaintext(broker),
                sourceTopic,
                destinationTopic,
                clientId));
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        JobLauncher.define(env, properties, MskReplicationJob::build);
        OperatorUidCheck.assertEveryOperatorHasUid(env);
        env.execute(jobName);
    }
}
