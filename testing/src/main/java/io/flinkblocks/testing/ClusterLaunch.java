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
package io.flinkblocks.testing;

import java.nio.file.Path;

import org.apache.flink.annotation.PublicEvolving;
import org.apache.flink.api.dag.Pipeline;
import org.apache.flink.client.program.PackagedProgram;
import org.apache.flink.client.program.PackagedProgramUtils;
import org.apache.flink.client.program.ProgramInvocationException;
import org.apache.flink.configuration.Configuration;

/**
 * Runs a job JAR's {@code main} the way a cluster does when a JAR is submitted (MSF, or {@code
 * /jars/:id/run} of a session cluster): the JAR on a child-first user class loader of its own, its
 * {@code main} against the cluster's environment, which takes the job graph instead of running it
 * locally. What a job decides from "am I local?" (its dev properties, a web UI) is decided here as
 * on the cluster, and classes missing from the JAR fail here as they would there.
 */
@PublicEvolving
public final class ClusterLaunch {

    private ClusterLaunch() {}

    /** The job graph the JAR's main defines with these program arguments; its failure if it fails. */
    public static Pipeline plan(Path jar, String... args) throws ProgramInvocationException {
        Configuration config = new Configuration();
        PackagedProgram program = PackagedProgram.newBuilder()
                .setJarFile(jar.toFile())
                .setArguments(args)
                .setConfiguration(config)
                .build();
        try {
            return PackagedProgramUtils.getPipelineFromProgram(program, config, 1, false);
        } finally {
            program.close();
        }
    }

    /** Every message of a failure's cause chain, one per line: what a cluster shows of it. */
    public static String messages(Throwable failure) {
        StringBuilder messages = new StringBuilder();
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            messages.append(cause.getClass().getName())
                    .append(": ")
                    .append(cause.getMessage())
                    .append('\n');
        }
        return messages.toString();
    }
}
