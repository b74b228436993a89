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

import java.time.Duration;
import java.util.List;

import org.apache.flink.annotation.PublicEvolving;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.CoreOptions;
import org.apache.flink.configuration.ExternalizedCheckpointRetention;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.core.execution.CheckpointingMode;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * Applies the settings Amazon Managed Service for Apache Flink gives an application to a
 * {@link StreamExecutionEnvironment}, so that a job behaves the same locally, on a self-managed
 * cluster and on the service: checkpointing every 60 s with a 5 s minimum pause, EXACTLY_ONCE, one
 * checkpoint at a time, a 60 min timeout, checkpoints retained on cancel, an explicit maximum
 * parallelism and a restart strategy. Each value can be overridden from a property group
 * ({@value #DEFAULT_GROUP} by default):
 *
 * <table>
 *   <caption>Keys</caption>
 *   <tr><td>{@code checkpoint.enabled}</td><td>true</td></tr>
 *   <tr><td>{@code checkpoint.interval}</td><td>60 s</td></tr>
 *   <tr><td>{@code checkpoint.min-pause}</td><td>5 s</td></tr>
 *   <tr><td>{@code checkpoint.timeout}</td><td>60 min</td></tr>
 *   <tr><td>{@code checkpoint.mode}</td><td>EXACTLY_ONCE (or AT_LEAST_ONCE)</td></tr>
 *   <tr><td>{@code checkpoint.max-concurrent}</td><td>1</td></tr>
 *   <tr><td>{@code checkpoint.retention}</td><td>RETAIN_ON_CANCELLATION (or DELETE_ON_CANCELLATION)</td></tr>
 *   <tr><td>{@code parallelism}</td><td>unset: the environment's own</td></tr>
 *   <tr><td>{@code max-parallelism}</td><td>720</td></tr>
 *   <tr><td>{@code restart.strategy}</td><td>FIXED_DELAY (or EXPONENTIAL_DELAY, NONE)</td></tr>
 *   <tr><td>{@code restart.attempts}</td><td>10 (fixed delay)</td></tr>
 *   <tr><td>{@code restart.delay}</td><td>10 s (fixed delay; initial backoff for exponential)</td></tr>
 *   <tr><td>{@code restart.max-delay}</td><td>2 min (exponential delay)</td></tr>
 * </table>
 *
 * <p>On MSF with {@code ConfigurationType=DEFAULT}, the service's checkpoint and parallelism values
 * take precedence over these; with {@code CUSTOM}, and locally, these apply.
 */
@PublicEvolving
public final class StreamEnvironmentSettings {

    /** The property group read by {@link #apply(StreamExecutionEnvironment, ApplicationProperties)}. */
    public static final String DEFAULT_GROUP = "FlinkEnvironment";

    /**
     * The default maximum parallelism. Flink's implicit value (128 for small jobs) caps how far MSF
     * autoscaling can scale a job, and changing it later makes existing state unrestorable, so it is
     * set explicitly. 720 divides evenly by every parallelism up to 6 and by 8, 9, 10, 12, 15, 16...,
     * which spreads key groups evenly across subtasks.
     */
    public static final int DEFAULT_MAX_PARALLELISM = 720;

    static final List<String> KEYS =
            List.of("checkpoint.enabled", "checkpoint.interval", "checkpoint.min-pause", "checkpoint.timeout",
                    "checkpoint.mode", "checkpoint.max-concurrent", "checkpoint.retention", "parallelism",
                    "max-parallelism", "restart.strategy", "restart.attempts", "restart.delay", "restart.max-delay");

    /** The restart strategies that can be chosen from properties. */
    public enum RestartStrategy {
        FIXED_DELAY,
        EXPONENTIAL_DELAY,
        NONE
    }

    private StreamEnvironmentSettings() {}

    /** Applies the settings of the {@value #DEFAULT_GROUP} group, or the defaults when it is absent. */
    public static StreamExecutionEnvironment apply(StreamExecutionEnvironment env, ApplicationProperties properties) {
        return apply(env, properties.groupOrEmpty(DEFAULT_GROUP));
    }

    /** Applies the settings of one group; its keys override the MSF defaults. */
    public static StreamExecutionEnvironment apply(StreamExecutionEnvironment env, PropertyGroup group) {
        env.configure(toConfiguration(group));
        return env;
    }

    /** The settings as a Flink {@link Configuration}; validates every key before anything is applied. */
    public static Configuration toConfiguration(PropertyGroup group) {
        group.checkKnownKeys(KEYS, false);
        Configuration config = new Configuration();

        if (group.getBoolean("checkpoint.enabled", true)) {
            Duration interval = positive(group, "checkpoint.interval", Duration.ofSeconds(60));
            config.set(CheckpointingOptions.CHECKPOINTING_INTERVAL, interval);
            config.set(CheckpointingOptions.MIN_PAUSE_BETWEEN_CHECKPOINTS,
                    group.getDuration("checkpoint.min-pause", Duration.ofSeconds(5)));
            config.set(CheckpointingOptions.CHECKPOINTING_TIMEOUT,
                    positive(group, "checkpoint.timeout", Duration.ofMinutes(60)));
            config.set(CheckpointingOptions.CHECKPOINTING_CONSISTENCY_MODE,
                    group.getEnum(CheckpointingMode.class, "checkpoint.mode", CheckpointingMode.EXACTLY_ONCE));
            config.set(CheckpointingOptions.MAX_CONCURRENT_CHECKPOINTS,
                    group.getInt("checkpoint.max-concurrent", 1, 1, 100));
            config.set(CheckpointingOptions.EXTERNALIZED_CHECKPOINT_RETENTION,
                    group.getEnum(ExternalizedCheckpointRetention.class, "checkpoint.retention",
                            ExternalizedCheckpointRetention.RETAIN_ON_CANCELLATION));
        }

        int maxParallelism = group.getInt("max-parallelism", DEFAULT_MAX_PARALLELISM, 1, 32768);
        config.set(PipelineOptions.MAX_PARALLELISM, maxParallelism);
        if (group.contains("parallelism")) {
            config.set(CoreOptions.DEFAULT_PARALLELISM, group.getInt("parallelism", 1, 1, maxParallelism));
        }

        applyRestartStrategy(group, config);
        return config;
    }

    private static void applyRestartStrategy(PropertyGroup group, Configuration config) {
        RestartStrategy strategy = group.getEnum(RestartStrategy.class, "restart.strategy", RestartStrategy.FIXED_DELAY);
        Duration delay = group.getDuration("restart.delay", Duration.ofSeconds(10));
        switch (strategy) {
            case FIXED_DELAY:
                config.set(RestartStrategyOptions.RESTART_STRATEGY, "fixed-delay");
                config.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_ATTEMPTS,
                        group.getInt("restart.attempts", 10, 0, Integer.MAX_VALUE));
                config.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_DELAY, delay);
                break;
            case EXPONENTIAL_DELAY:
                config.set(RestartStrategyOptions.RESTART_STRATEGY, "exponential-delay");
                config.set(RestartStrategyOptions.RESTART_STRATEGY_EXPONENTIAL_DELAY_INITIAL_BACKOFF, delay);
                config.set(RestartStrategyOptions.RESTART_STRATEGY_EXPONENTIAL_DELAY_MAX_BACKOFF,
                        group.getDuration("restart.max-delay", Duration.ofMinutes(2)));
                break;
            case NONE:
                config.set(RestartStrategyOptions.RESTART_STRATEGY, "none");
                break;
            default:
                throw new IllegalStateException("unhandled restart strategy " + strategy);
        }
    }

    private static Duration positive(PropertyGroup group, String key, Duration defaultValue) {
        Duration value = group.getDuration(key, defaultValue);
        if (value.isZero()) {
            throw group.error(key, "must be greater than zero");
        }
        return value;
    }
}
