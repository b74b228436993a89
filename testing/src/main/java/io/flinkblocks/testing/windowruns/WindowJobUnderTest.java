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
package io.flinkblocks.testing.windowruns;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.flink.annotation.PublicEvolving;

import io.flinkblocks.testing.FlinkEnvironmentGroups;

/**
 * A window job of the examples as a whole-run scenario sees it: its name, what its results are called
 * and the property groups it reads (input, output, window, and {@value #DEAD_LETTERS_GROUP}).
 *
 * <pre>{@code
 * static final WindowJobUnderTest JOB = new WindowJobUnderTest(
 *         "sliding-window", "minima", SlidingWindowJob.INPUT_GROUP, SlidingWindowJob.OUTPUT_GROUP, SlidingWindowJob.WINDOW_GROUP);
 * }</pre>
 */
@PublicEvolving
public final class WindowJobUnderTest {

    /** The group of the dead-letter stream, the same in every window job. */
    public static final String DEAD_LETTERS_GROUP = "DeadLetters";

    private final String name;
    private final String results;
    /** The names of the groups, in the order of {@link #groups}' arguments. */
    private final List<String> groupNames;

    /**
     * The job {@code name} ("sliding-window"), whose result lines are {@code results} ("minima"), reading
     * the groups named.
     */
    public WindowJobUnderTest(String name, String results, String inputGroup, String outputGroup, String windowGroup) {
        this.name = name;
        this.results = results;
        this.groupNames =
                List.of(FlinkEnvironmentGroups.GROUP, inputGroup, outputGroup, windowGroup, DEAD_LETTERS_GROUP);
    }

    /** The job's name, the first word of what a run prints. */
    public String name() {
        return name;
    }

    /** What the job's result lines are called ("minima", "counts"). */
    public String results() {
        return results;
    }

    String inputGroup() {
        return groupNames.get(1);
    }

    String outputGroup() {
        return groupNames.get(2);
    }

    String windowGroup() {
        return groupNames.get(3);
    }

    /** The job's property groups, in the order of the arguments. */
    public Map<String, Map<String, String>> groups(
            Map<String, String> environment,
            Map<String, String> input,
            Map<String, String> output,
            Map<String, String> window,
            Map<String, String> deadLetters) {
        List<Map<String, String>> settings = List.of(environment, input, output, window, deadLetters);
        Map<String, Map<String, String>> groups = new LinkedHashMap<>();
        for (int i = 0; i < groupNames.size(); i++) {
            groups.put(groupNames.get(i), settings.get(i));
        }
        return groups;
    }
}
