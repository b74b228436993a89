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

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.apache.flink.annotation.PublicEvolving;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * The check behind {@code --validate}: loads the properties as a start would, defines the job graph
 * on an environment that is never executed, and reports every problem of the properties in one run:
 * missing groups and keys, values of the wrong type or out of range (connector limits such as the
 * Kinesis batch size among them), and groups and keys nothing reads, with "did you mean". A bad value
 * of a key with a default is collected and the default used, so the definition goes on to the end; a
 * problem with nothing to go on with (a missing required key) ends it, and is reported last. Messages
 * name groups and keys, never a secret value (see {@link SecretKeys}).
 */
@PublicEvolving
public final class Preflight {

    /** The program argument that asks {@link JobLauncher} for a preflight instead of a run. */
    public static final String VALIDATE_ARGUMENT = "--validate";

    private final List<String> problems;
    private final List<String> warnings;

    private Preflight(List<String> problems, List<String> warnings) {
        this.problems = Collections.unmodifiableList(problems);
        this.warnings = Collections.unmodifiableList(warnings);
    }

    /** Whether the program arguments ask for a preflight. */
    public static boolean requested(String[] args) {
        return args != null && Arrays.asList(args).contains(VALIDATE_ARGUMENT);
    }

    /** Checks the properties the arguments name (as a start would find them) against the job. */
    public static Preflight run(String[] args, JobLauncher.JobDefinition job) {
        StreamExecutionEnvironment env;
        ApplicationProperties properties;
        try {
            env = JobEnvironment.create(args);
            properties = ApplicationProperties.loader()
                    .localEnvironment(JobEnvironment.isLocal(env))
                    .load(args);
        } catch (InvalidPropertiesException e) {
            return new Preflight(List.of(e.getMessage()), List.of());
        }
        return run(env, properties, job);
    }

    /**
     * Checks a properties file against the job as {@code --validate --properties <file>} does, and
     * throws unless it passed: for a test that every file a job ships can start it.
     *
     * @return the preflight, which passed (it may hold warnings)
     * @throws IllegalStateException with the report, named after the file, if the file has a problem
     */
    public static Preflight requirePassed(Path propertiesFile, JobLauncher.JobDefinition job) {
        Preflight preflight = run(new String[] {"--properties", propertiesFile.toString()}, job);
        if (!preflight.passed()) {
            throw new IllegalStateException(preflight.report(propertiesFile.toString()));
        }
        return preflight;
    }

    /** Checks properties against the job, defining it on {@code env}, which is not executed. */
    public static Preflight run(
            StreamExecutionEnvironment env, ApplicationProperties properties, JobLauncher.JobDefinition job) {
        PropertyReads reads = properties.reads();
        reads.startCollecting();
        String ended = null;
        try {
            StreamEnvironmentSettings.apply(env, properties);
            job.build(env, properties);
            // Translating the graph checks what only the translation sees (operator uids, for one).
            env.getStreamGraph(false).getJobGraph();
        } catch (InvalidPropertiesException e) {
            ended = e.getMessage();
        } catch (RuntimeException e) {
            // Not a properties problem as such, but the job cannot start with these properties either.
            ended = "the job graph cannot be defined: " + e;
        }
        List<InvalidPropertiesException> collected = reads.collected();
        List<String> problems = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        collected.forEach(p -> problems.add(p.getMessage()));
        if (ended == null) {
            for (InvalidPropertiesException unknown : UnknownKeys.find(properties, collected)) {
                (UnknownKeys.isWarning(properties, unknown) ? warnings : problems).add(unknown.getMessage());
            }
        } else {
            problems.add(ended + " (the job graph could not be defined past this problem: groups and keys it had"
                    + " not reached were not checked, nor were unknown keys)");
        }
        return new Preflight(problems, warnings);
    }

    /** Whether the properties passed: no problem (warnings allowed). */
    public boolean passed() {
        return problems.isEmpty();
    }

    /** Every problem found, one message each, in the order found. */
    public List<String> problems() {
        return problems;
    }

    /** Unknown keys of groups whose {@value UnknownKeys#KEY} policy is {@code WARN}. */
    public List<String> warnings() {
        return warnings;
    }

    /** The report as printed by {@code --validate}: a verdict line, then one line per problem and warning. */
    public String report(String jobName) {
        StringBuilder report = new StringBuilder(jobName)
                .append(
                        passed()
                                ? ": the properties passed the preflight"
                                : ": " + problems.size() + " problem" + (problems.size() == 1 ? "" : "s")
                                        + " in the properties");
        problems.forEach(
                p -> report.append(System.lineSeparator()).append("  ERROR ").append(p));
        warnings.forEach(
                w -> report.append(System.lineSeparator()).append("  WARN  ").append(w));
        return report.toString();
    }
}
