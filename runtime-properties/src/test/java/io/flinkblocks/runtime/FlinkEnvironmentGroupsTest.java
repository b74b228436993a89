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
package io.flinkblocks.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.CoreOptions;
import org.apache.flink.configuration.ExternalizedCheckpointRetention;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.junit.jupiter.api.Test;

import io.flinkblocks.testing.FlinkEnvironmentGroups;

/** The test kit's groups mean to jobs what their names say: every key known, every value read. */
class FlinkEnvironmentGroupsTest {

    private static Configuration read(Map<String, String> group) {
        return StreamEnvironmentSettings.toConfiguration(PropertyGroup.of(FlinkEnvironmentGroups.GROUP, group));
    }

    @Test
    void theGroupIsTheOneJobsRead() {
        assertThat(FlinkEnvironmentGroups.GROUP).isEqualTo(StreamEnvironmentSettings.DEFAULT_GROUP);
    }

    @Test
    void aClusterRunCheckpointsEverySecondAndDeletesItsCheckpointsOnCancellation() {
        Configuration config = read(FlinkEnvironmentGroups.clusterRun());
        assertThat(config.get(CheckpointingOptions.CHECKPOINTING_INTERVAL)).isEqualTo(Duration.ofSeconds(1));
        assertThat(config.get(CheckpointingOptions.EXTERNALIZED_CHECKPOINT_RETENTION))
                .isEqualTo(ExternalizedCheckpointRetention.DELETE_ON_CANCELLATION);
        assertThat(config.get(CoreOptions.DEFAULT_PARALLELISM)).isEqualTo(1);
        assertThat(config.get(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_DELAY))
                .isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void aLongRunRestartsUpToAThousandTimes() {
        Configuration config = read(FlinkEnvironmentGroups.longRun());
        assertThat(config.get(RestartStrategyOptions.RESTART_STRATEGY)).isEqualTo("fixed-delay");
        assertThat(config.get(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_ATTEMPTS))
                .isEqualTo(1000);
        assertThat(config.get(CheckpointingOptions.CHECKPOINTING_INTERVAL)).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void aFailureRunCheckpointsOftenAndGivesUpAfterThreeRestarts() {
        Configuration config = read(FlinkEnvironmentGroups.failureRun(2));
        assertThat(config.get(CheckpointingOptions.CHECKPOINTING_INTERVAL)).isEqualTo(Duration.ofMillis(300));
        assertThat(config.get(CheckpointingOptions.MIN_PAUSE_BETWEEN_CHECKPOINTS))
                .isEqualTo(Duration.ofMillis(100));
        assertThat(config.get(CoreOptions.DEFAULT_PARALLELISM)).isEqualTo(2);
        assertThat(config.get(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_ATTEMPTS))
                .isEqualTo(3);
        assertThat(config.get(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_DELAY))
                .isEqualTo(Duration.ofMillis(200));
    }

    @Test
    void eachCallIsANewGroupToChange() {
        Map<String, String> group = FlinkEnvironmentGroups.longRun();
        group.put("checkpoint.interval", "5s");
        assertThat(FlinkEnvironmentGroups.longRun()).containsEntry("checkpoint.interval", "1s");
        assertThat(read(group).get(CheckpointingOptions.CHECKPOINTING_INTERVAL)).isEqualTo(Duration.ofSeconds(5));
    }
}
