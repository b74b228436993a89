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

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.flinkblocks.runtime.ApplicationProperties;
import io.flinkblocks.runtime.JobLauncher;
import io.flinkblocks.testing.OperatorUidCheck;
import io.flinkblocks.testing.flink.MiniClusters;
import io.flinkblocks.testing.kafka.KafkaBrokerExtension;
import io.flinkblocks.testing.kafka.LocalKafkaBroker;
import io.flinkblocks.testing.ticks.TickJson;

class MskReplicationJobIT {

    @RegisterExtension
    static final MiniClusterExtension FLINK = MiniClusters.slots(2);

    @RegisterExtension
    static final KafkaBrokerExtension KAFKA = new KafkaBrokerExtension();

    @Test
    void replicatesTheSourceTopicExactlyOnce(LocalKafkaBroker broker) throws Exception {
        broker.createTopics(2, "replication-in", "replication-out");
        List<String> ticks = TickJson.samples("AMZN", 500);
        broker.produce("replication-in", ticks);

        PlaintextReplication.run(broker, "replication-in", "replication-out", "replication-it", "msk-replication-it");

        assertThat(broker.consumeAllCommitted("replication-out")).containsExactlyInAnyOrderElementsOf(ticks);
    }

    @Test
    void devPropertiesNeedNoServiceAndGiveEveryOperatorAUid() {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();

        JobLauncher.define(
                env, ApplicationProperties.fromDevResource(MskReplicationJob.class), MskReplicationJob::build);

        OperatorUidCheck.assertEveryOperatorHasUid(env);
    }
}
