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
 * environment, let the job define its graph, execute. Bad properties end the run before anything
 * starts, with the message (group and key named) logged at ERROR on one line and the exception
 * rethrown, so a local run exits non-zero without a wall of stack trace and MSF marks the start as
 * failed. It never ends the JVM itself (MSF forbids that). The dev properties inside the JAR are used
 * only when the job runs locally (see {@link ApplicationProperties}).
 *
 * <pre>{@code
 * public static void main(String[] args) throws Exception {
 *     JobLauncher.run("getting-started", args, GettingStartedJob::build);
 * }
 * }</pre>
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
        StreamExecutionEnvironment env;
        try {
            env = JobEnvironment.create(args);
            ApplicationProperties properties = ApplicationProperties.loader()
                    .localEnvironment(JobEnvironment.isLocal(env))
                    .load(args);
            job.build(env, properties);
        } catch (InvalidPropertiesException e) {
            LOG.error("{} cannot start: {}", jobName, e.getMessage());
            throw e;
        }
        env.execute(jobName);
    }
}
