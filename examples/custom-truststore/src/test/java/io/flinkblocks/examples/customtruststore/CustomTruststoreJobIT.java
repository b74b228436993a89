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
package io.flinkblocks.examples.customtruststore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.flinkblocks.runtime.ApplicationProperties;
import io.flinkblocks.runtime.InvalidPropertiesException;
import io.flinkblocks.runtime.JobLauncher;
import io.flinkblocks.testing.CompiledClasses;
import io.flinkblocks.testing.FlinkEnvironmentGroups;
import io.flinkblocks.testing.OperatorUidCheck;
import io.flinkblocks.testing.flink.MiniClusters;
import io.flinkblocks.testing.jobs.KafkaReplicationGroups;
import io.flinkblocks.testing.kafka.KafkaBrokerExtension;
import io.flinkblocks.testing.kafka.KafkaGroups;
import io.flinkblocks.testing.kafka.LocalKafkaBroker;

class CustomTruststoreJobIT {

    @RegisterExtension
    static final MiniClusterExtension FLINK = MiniClusters.slots(2);

    @RegisterExtension
    static final KafkaBrokerExtension KAFKA = new KafkaBrokerExtension();

    /**
     * The truststore of the test broker, generated in this run, goes where a user's own truststore goes
     * in the job JAR: at the root of the class path. Test classes come first on the test class path.
     */
    @BeforeAll
    static void packageTheBrokersTruststore() throws Exception {
        Files.write(
                CompiledClasses.rootOf(CustomTruststoreJobIT.class).resolve(CustomTruststoreJob.TRUSTSTORE_RESOURCE),
                KAFKA.broker().certificates().truststoreBytes());
    }

    @Test
    void replicatesOverTlsTrustingTheBrokerThroughTheClasspathTruststore(LocalKafkaBroker broker) throws Exception {
        broker.createTopics(1, "tls-source", "tls-destination");
        List<String> ticks = IntStream.range(0, 300).mapToObj(i -> "tick-" + i).collect(Collectors.toList());
        broker.produce("tls-source", ticks);
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();

        JobLauncher.define(
                env, properties(broker, broker.certificates().truststorePassword()), CustomTruststoreJob::build);
        OperatorUidCheck.assertEveryOperatorHasUid(env);
        env.execute("custom-truststore-it");

        assertThat(broker.consumeAllCommitted("tls-destination")).containsExactlyInAnyOrderElementsOf(ticks);
    }

    @Test
    void wrongTruststorePasswordStopsTheDeployment(LocalKafkaBroker broker) {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();

        assertThatThrownBy(() -> JobLauncher.define(env, properties(broker, "changeit"), CustomTruststoreJob::build))
                .isInstanceOf(InvalidPropertiesException.class)
                .hasMessageContaining("group 'KafkaSource', key 'ssl.truststore.password'")
                .hasMessageContaining("does not open truststore 'classpath:kafka.client.truststore.jks'");
    }

    @Test
    void devPropertiesNeedNoServiceAndGiveEveryOperatorAUid() {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();

        JobLauncher.define(
                env, ApplicationProperties.fromDevResource(CustomTruststoreJob.class), CustomTruststoreJob::build);

        OperatorUidCheck.assertEveryOperatorHasUid(env);
    }

    private static ApplicationProperties properties(LocalKafkaBroker broker, String truststorePassword) {
        Map<String, String> tls = KafkaGroups.customTruststore(
                broker, "classpath:" + CustomTruststoreJob.TRUSTSTORE_RESOURCE, truststorePassword);
        return ApplicationProperties.of(KafkaReplicationGroups.boundedExactlyOnce(
                FlinkEnvironmentGroups.quickCheckpoints(1),
                tls,
                "tls-source",
                "tls-destination",
                "custom-truststore-it"));
    }
}
