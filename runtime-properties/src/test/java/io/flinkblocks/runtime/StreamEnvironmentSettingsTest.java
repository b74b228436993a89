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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;

import org.apache.flink.configuration.ExternalizedCheckpointRetention;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.core.execution.CheckpointingMode;
import org.apache.flink.streaming.api.environment.CheckpointConfig;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.Test;

class StreamEnvironmentSettingsTest {

    private static StreamExecutionEnvironment configured(Map<String, String> values) {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        ApplicationProperties props = ApplicationProperties.of(Map.of(StreamEnvironmentSettings.DEFAULT_GROUP, values));
        return StreamEnvironmentSettings.apply(env, props);
    }

    @Test
    void appliesMsfDefaultsWhenTheGroupIsAbsent() {
        StreamExecutionEnvironment env = StreamEnvironmentSettings.apply(
                StreamExecutionEnvironment.getExecutionEnvironment(), ApplicationProperties.of(Map.of()));
        CheckpointConfig checkpoints = env.getCheckpointConfig();

        assertThat(checkpoints.isCheckpointingEnabled()).isTrue();
        assertThat(checkpoints.getCheckpointInterval()).isEqualTo(60_000L);
        assertThat(checkpoints.getMinPauseBetweenCheckpoints()).isEqualTo(5_000L);
        assertThat(checkpoints.getCheckpointingConsistencyMode()).isEqualTo(CheckpointingMode.EXACTLY_ONCE);
        assertThat(checkpoints.getMaxConcurrentCheckpoints()).isEqualTo(1);
        assertThat(checkpoints.getCheckpointTimeout())
                .isEqualTo(Duration.ofMinutes(60).toMillis());
        assertThat(checkpoints.getExternalizedCheckpointRetention())
                .isEqualTo(ExternalizedCheckpointRetention.RETAIN_ON_CANCELLATION);
        assertThat(env.getMaxParallelism()).isEqualTo(StreamEnvironmentSettings.DEFAULT_MAX_PARALLELISM);
        assertThat(env.getConfiguration().get(RestartStrategyOptions.RESTART_STRATEGY))
                .isEqualTo("fixed-delay");
        assertThat(env.getConfiguration().get(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_ATTEMPTS))
                .isEqualTo(10);
        assertThat(env.getConfiguration().get(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_DELAY))
                .isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void everyValueCanBeOverridden() {
        StreamExecutionEnvironment env = configured(Map.of(
                "checkpoint.interval", "10s",
                "checkpoint.min-pause", "500 ms",
                "checkpoint.timeout", "PT5M",
                "checkpoint.mode", "at_least_once",
                "checkpoint.max-concurrent", "2",
                "checkpoint.retention", "DELETE_ON_CANCELLATION",
                "parallelism", "3",
                "max-parallelism", "256",
                "restart.strategy", "exponential-delay",
                "restart.delay", "1s"));
        CheckpointConfig checkpoints = env.getCheckpointConfig();

        assertThat(checkpoints.getCheckpointInterval()).isEqualTo(10_000L);
        assertThat(checkpoints.getMinPauseBetweenCheckpoints()).isEqualTo(500L);
        assertThat(checkpoints.getCheckpointTimeout()).isEqualTo(300_000L);
        assertThat(checkpoints.getCheckpointingConsistencyMode()).isEqualTo(CheckpointingMode.AT_LEAST_ONCE);
        assertThat(checkpoints.getMaxConcurrentCheckpoints()).isEqualTo(2);
        assertThat(checkpoints.getExternalizedCheckpointRetention())
                .isEqualTo(ExternalizedCheckpointRetention.DELETE_ON_CANCELLATION);
        assertThat(env.getParallelism()).isEqualTo(3);
        assertThat(env.getMaxParallelism()).isEqualTo(256);
        assertThat(env.getConfiguration().get(RestartStrategyOptions.RESTART_STRATEGY))
                .isEqualTo("exponential-delay");
        assertThat(env.getConfiguration()
                        .get(RestartStrategyOptions.RESTART_STRATEGY_EXPONENTIAL_DELAY_INITIAL_BACKOFF))
                .isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void checkpointingCanBeTurnedOff() {
        StreamExecutionEnvironment env = configured(Map.of("checkpoint.enabled", "false", "restart.strategy", "none"));

        assertThat(env.getCheckpointConfig().isCheckpointingEnabled()).isFalse();
        assertThat(env.getConfiguration().get(RestartStrategyOptions.RESTART_STRATEGY))
                .isEqualTo("none");
    }

    @Test
    void parallelismAboveMaxParallelismIsRejected() {
        assertThatThrownBy(() -> configured(Map.of("parallelism", "300", "max-parallelism", "256")))
                .isInstanceOf(InvalidPropertiesException.class)
                .hasMessageContaining(
                        "group 'FlinkEnvironment', key 'parallelism': value 300 is out of range [1, 256]");
    }

    @Test
    void zeroIntervalIsRejected() {
        assertThatThrownBy(() -> configured(Map.of("checkpoint.interval", "0 s")))
                .isInstanceOf(InvalidPropertiesException.class)
                .hasMessageContaining("key 'checkpoint.interval': value '0 s' is not a positive duration");
    }

    @Test
    void unknownCheckpointModeListsTheModes() {
        assertThatThrownBy(() -> configured(Map.of("checkpoint.mode", "twice")))
                .hasMessageContaining("key 'checkpoint.mode': value 'twice' is not one of EXACTLY_ONCE, AT_LEAST_ONCE");
    }

    @Test
    void misspelledKeyIsReportedButDoesNotStopTheJob() {
        StreamExecutionEnvironment env = configured(Map.of("checkpoint.intervall", "10s"));

        assertThat(env.getCheckpointConfig().getCheckpointInterval()).isEqualTo(60_000L);
    }

    @Test
    void jobEnvironmentIsPlainWhenFlinkIsOnTheSystemClassPath() {
        // Under surefire Flink is on the system class path, so no class loading settings are added.
        assertThat(JobEnvironment.flinkVisibleToSystemClassLoader()).isTrue();
        assertThat(JobEnvironment.create().getConfiguration().toMap()).doesNotContainKey("pipeline.classpaths");
    }
}
