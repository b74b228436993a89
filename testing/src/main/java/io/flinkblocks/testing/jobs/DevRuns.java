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
package io.flinkblocks.testing.jobs;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.apache.flink.annotation.PublicEvolving;

import io.flinkblocks.testing.StandardOutput;

/**
 * The run of an example job with its dev properties, as {@code exec:java} starts it: the job's data
 * generator stands in for its source and its results are printed. A test makes the generator stop by
 * itself, runs the job to its end and checks the lines it printed.
 *
 * <pre>{@code
 * groups.get(MyJob.INPUT_GROUP).putAll(DevRuns.generatorStoppingAfter(300));
 * JobLauncher.define(env, ApplicationProperties.of(groups), MyJob::build);
 * List<String> lines = DevRuns.printedLines(() -> env.execute("my-job-dev"), l -> l.startsWith("ticker,min> "));
 * }</pre>
 */
@PublicEvolving
public final class DevRuns {

    private DevRuns() {}

    /**
     * The settings of a data generator group that make it generate {@code count} records, 2 000 a second,
     * and then end, so that the job ends too.
     */
    public static Map<String, String> generatorStoppingAfter(int count) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("records.per.second", "2000");
        settings.put("record.count", Integer.toString(count));
        return settings;
    }

    /** Runs {@code job} (to its end) and returns the lines it printed that {@code select} keeps, in order. */
    public static List<String> printedLines(StandardOutput.Action job, Predicate<String> select) throws Exception {
        String printed = StandardOutput.capture(job);
        return Arrays.stream(printed.split("\n")).filter(select).collect(Collectors.toList());
    }
}
