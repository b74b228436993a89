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

    public static final PropertyOption<Boolean> CHECKPOINT_ENABLED = PropertyOption.key("checkpoint.enabled")
            .booleanType()
            .defaultValue(true)
            .description("checkpoints on or off");
    public static final PropertyOption<Duration> CHECKPOINT_INTERVAL = PropertyOption.key("checkpoint.interval")
            .durationType()
            .positive()
            .defaultValue(Duration.ofSeconds(60))
            .description("MSF's value");
    public static final PropertyOption<Duration> CHECKPOINT_MIN_PAUSE = PropertyOption.key("checkpoint.min-pause")
            .durationType()
            .defaultValue(Duration.ofSeconds(5))
            .description("MSF's value");
    public static final PropertyOption<Duration> CHECKPOINT_TIMEOUT = PropertyOption.key("checkpoint.timeout")
            .durationType()
            .positive()
            .defaultValue(Duration.ofMinutes(60))
            .description("a checkpoint taking longer is aborted");
    public static final PropertyOption<CheckpointingMode> CHECKPOINT_MODE = PropertyOption.key("checkpoint.mode")
            .enumType(CheckpointingMode.class)
            .defaultValue(CheckpointingMode.EXACTLY_ONCE)
            .description("`AT_LEAST_ONCE` may replay records into state after a restart");
    public static final PropertyOption<Integer> CHECKPOINT_MAX_CONCURRENT = PropertyOption.key(
                    "checkpoint.max-concurrent")
            .intType()
            .range(1, 100)
            .defaultValue(1)
            .description("checkpoints in progress at once");
    public static final PropertyOption<ExternalizedCheckpointRetention> CHECKPOINT_RETENTION = PropertyOption.key(
                    "checkpoint.retention")
            .enumType(ExternalizedCheckpointRetention.class)
            .defaultValue(ExternalizedCheckpointRetention.RETAIN_ON_CANCELLATION)
            .description("whether the last checkpoint outlives a cancelled job");
    public static final PropertyOption<Integer> PARALLELISM = PropertyOption.key("parallelism")
            .intType()
            .noDefaultValue("the environment's")
            .description("at most `max-parallelism`");
    public static final PropertyOption<Integer> MAX_PARALLELISM = PropertyOption.key("max-parallelism")
            .intType()
            .range(1, 32768)
            .defaultValue(DEFAULT_MAX_PARALLELISM)
            .description("explicit: Flink's implicit 128 caps MSF autoscaling, and changing it later loses state");
    public static final PropertyOption<RestartStrategy> RESTART_STRATEGY = PropertyOption.key("restart.strategy")
            .enumType(RestartStrategy.class)
            .defaultValue(RestartStrategy.FIXED_DELAY)
            .description("what Flink does after a failure");
    public static final PropertyOption<Integer> RESTART_ATTEMPTS = PropertyOption.key("restart.attempts")
            .intType()
            .min(0)
            .defaultValue(10)
            .description("fixed delay");
    public static final PropertyOption<Duration> RESTART_DELAY = PropertyOption.key("restart.delay")
            .durationType()
            .defaultValue(Duration.ofSeconds(10))
            .description("fixed delay, or initial backoff");
    public static final PropertyOption<Duration> RESTART_MAX_DELAY = PropertyOption.key("restart.max-delay")
            .durationType()
            .defaultValue(Duration.ofMinutes(2))
            .description("exponential delay");

    /** Every option of group {@value #DEFAULT_GROUP}, in the order of the README's table. */
    public static final List<PropertyOption<?>> OPTIONS = List.of(
            CHECKPOINT_ENABLED,
            CHECKPOINT_INTERVAL,
            CHECKPOINT_MIN_PAUSE,
            CHECKPOINT_TIMEOUT,
            CHECKPOINT_MODE,
            CHECKPOINT_MAX_CONCURRENT,
            CHECKPOINT_RETENTION,
            PARALLELISM,
            MAX_PARALLELISM,
            RESTART_STRATEGY,
            RESTART_ATTEMPTS,
            RESTART_DELAY,
            RESTART_MAX_DELAY);

    static final List<String> KEYS = PropertyOptions.keys(OPTIONS);

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

        if (group.get(CHECKPOINT_ENABLED)) {
            config.set(CheckpointingOptions.CHECKPOINTING_INTERVAL, group.get(CHECKPOINT_INTERVAL));
            config.set(CheckpointingOptions.MIN_PAUSE_BETWEEN_CHECKPOINTS, group.get(CHECKPOINT_MIN_PAUSE));
            config.set(CheckpointingOptions.CHECKPOINTING_TIMEOUT, group.get(CHECKPOINT_TIMEOUT));
            config.set(CheckpointingOptions.CHECKPOINTING_CONSISTENCY_MODE, group.get(CHECKPOINT_MODE));
            config.set(CheckpointingOptions.MAX_CONCURRENT_CHECKPOINTS, group.get(CHECKPOINT_MAX_CONCURRENT));
            config.set(CheckpointingOptions.EXTERNALIZED_CHECKPOINT_RETENTION, group.get(CHECKPOINT_RETENTION));
        }

        int maxParallelism = group.get(MAX_PARALLELISM);
        config.set(PipelineOptions.MAX_PARALLELISM, maxParallelism);
        if (group.contains(PARALLELISM.key())) {
            // The range depends on max-parallelism, so it is checked here rather than declared.
            config.set(CoreOptions.DEFAULT_PARALLELISM, group.getInt(PARALLELISM.key(), 1, 1, maxParallelism));
        }

        applyRestartStrategy(group, config);
        return config;
    }

    private static void applyRestartStrategy(PropertyGroup group, Configuration config) {
        RestartStrategy strategy = group.get(RESTART_STRATEGY);
        Duration delay = group.get(RESTART_DELAY);
        switch (strategy) {
            case FIXED_DELAY:
                config.set(RestartStrategyOptions.RESTART_STRATEGY, "fixed-delay");
                config.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_ATTEMPTS, group.get(RESTART_ATTEMPTS));
                config.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_DELAY, delay);
                break;
            case EXPONENTIAL_DELAY:
                config.set(RestartStrategyOptions.RESTART_STRATEGY, "exponential-delay");
                config.set(RestartStrategyOptions.RESTART_STRATEGY_EXPONENTIAL_DELAY_INITIAL_BACKOFF, delay);
                config.set(
                        RestartStrategyOptions.RESTART_STRATEGY_EXPONENTIAL_DELAY_MAX_BACKOFF,
                        group.get(RESTART_MAX_DELAY));
                break;
            case NONE:
                config.set(RestartStrategyOptions.RESTART_STRATEGY, "none");
                break;
            default:
                throw new IllegalStateException("unhandled restart strategy " + strategy);
        }
    }
}
