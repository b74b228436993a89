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

import org.apache.flink.annotation.PublicEvolving;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code main} of a job, the same everywhere: load the application properties, create the
 * environment, apply the environment settings of group {@code FlinkEnvironment}
 * ({@link StreamEnvironmentSettings}), let the job define its graph, check that every key of the
 * properties was read by something ({@link UnknownKeys}), execute. The settings are applied before
 * the job's {@code build}, so a block that reads them while the graph is defined (the Kafka sink reads
 * the checkpoint interval) sees the job's values; a job never applies them itself.
 *
 * <p>Bad properties end the run before anything starts, with the message (group and key named)
 * logged at ERROR on one line and the exception rethrown, so a local run exits non-zero without a
 * wall of stack trace and MSF marks the start as failed. It never ends the JVM itself (MSF forbids
 * that). The dev properties inside the JAR are used only when the job runs locally (see
 * {@link ApplicationProperties}).
 *
 * <p>With the program argument {@value Preflight#VALIDATE_ARGUMENT} (and {@code --properties FILE})
 * the job is defined but not executed, and every problem of the properties is printed on standard
 * error at once ({@link Preflight}); {@code run} then returns normally when there is none, and throws
 * an {@link InvalidPropertiesException} when there is any, which ends a {@code main} that lets it
 * through with exit status 1: the status comes from the JVM ending on that exception; nothing here ends the JVM.
 *
 * <pre>{@code
 * public static void main(String[] args) throws Exception {
 *     JobLauncher.run("getting-started", args, GettingStartedJob::build);
 * }
 * }</pre>
 *
 * <p>Tests define a job exactly as a start does with {@link #define}.
 */
@PublicEvolving
public final class JobLauncher {

    private static final Logger LOG = LoggerFactory.getLogger(JobLauncher.class);

    /** Defines a job's graph on an environment from its properties, without executing it. */
    @FunctionalInterface
    public interface JobDefinition {
        void build(StreamExecutionEnvironment env, ApplicationProperties properties);
    }

    private JobLauncher() {}

    public static void run(String jobName, String[] args, JobDefinition job) throws Exception {
        if (Preflight.requested(args)) {
            validate(jobName, args, job);
            return;
        }
        StreamExecutionEnvironment env;
        try {
            env = JobEnvironment.create(args);
            ApplicationProperties properties = ApplicationProperties.loader()
                    .localEnvironment(JobEnvironment.isLocal(env))
                    .load(args);
            define(env, properties, job);
        } catch (InvalidPropertiesException e) {
            LOG.error("{} cannot start: {}", jobName, e.getMessage());
            throw e;
        }
        env.execute(jobName);
    }

    /**
     * Defines the job on {@code env} exactly as {@link #run} does before it executes it: applies the
     * environment settings, builds the job, and fails on keys nothing read (or warns, see
     * {@link UnknownKeys}). Tests that run or inspect a job use this, not the job's {@code build}.
     */
    public static StreamExecutionEnvironment define(
            StreamExecutionEnvironment env, ApplicationProperties properties, JobDefinition job) {
        StreamEnvironmentSettings.apply(env, properties);
        job.build(env, properties);
        UnknownKeys.check(properties);
        return env;
    }

    private static void validate(String jobName, String[] args, JobDefinition job) {
        Preflight preflight = Preflight.run(args, job);
        // A report for the person at the command line, printed whole rather than as log lines.
        System.err.println(preflight.report(jobName));
        if (!preflight.passed()) {
            throw new InvalidPropertiesException(
                    null,
                    null,
                    null,
                    jobName + " failed the preflight with "
                            + preflight.problems().size() + " problem(s), listed above");
        }
    }
}
