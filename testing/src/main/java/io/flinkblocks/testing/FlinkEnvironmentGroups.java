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

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.flink.annotation.PublicEvolving;

/**
 * {@code FlinkEnvironment} property groups for the kinds of test a job gets, so that a test states
 * what kind of run it is instead of six settings. Each call returns a new mutable map, in a stable
 * order, for a test to change a setting of ({@code put("checkpoint.interval", "5s")}).
 */
@PublicEvolving
public final class FlinkEnvironmentGroups {

    /** The id of the group, as jobs read it. */
    public static final String GROUP = "FlinkEnvironment";

    private FlinkEnvironmentGroups() {}

    /**
     * A job on a cluster that should not fail: parallelism 1, a checkpoint every second (results of
     * exactly-once sinks come out at checkpoints), checkpoints deleted on cancellation, restarts 1 s
     * apart (a test asserts there were none).
     */
    public static Map<String, String> clusterRun() {
        Map<String, String> group = checkpoints("1s", "500ms");
        group.put("parallelism", "1");
        group.put("checkpoint.retention", "DELETE_ON_CANCELLATION");
        group.put("restart.delay", "1s");
        return group;
    }

    /**
     * A job that runs for long, through savepoints, upgrades and killed processes: parallelism 1, a
     * checkpoint every second, up to 1 000 restarts 1 s apart (a killed TaskManager takes a few
     * before it is back).
     */
    public static Map<String, String> longRun() {
        Map<String, String> group = checkpoints("1s", "500ms");
        group.put("parallelism", "1");
        group.put("restart.strategy", "FIXED_DELAY");
        group.put("restart.attempts", "1000");
        group.put("restart.delay", "1s");
        return group;
    }

    /**
     * A job whose operators are made to fail: checkpoints every 300 ms (a failure finds one to
     * restore), up to 3 restarts 200 ms apart (a fourth failure fails the test).
     */
    public static Map<String, String> failureRun(int parallelism) {
        Map<String, String> group = quickCheckpoints(parallelism);
        group.put("restart.strategy", "FIXED_DELAY");
        group.put("restart.attempts", "3");
        group.put("restart.delay", "200ms");
        return group;
    }

    /** A short job on a local cluster: checkpoints every 300 ms, the job's own restart strategy. */
    public static Map<String, String> quickCheckpoints(int parallelism) {
        Map<String, String> group = checkpoints("300ms", "100ms");
        group.put("parallelism", Integer.toString(parallelism));
        return group;
    }

    private static Map<String, String> checkpoints(String interval, String minPause) {
        Map<String, String> group = new LinkedHashMap<>();
        group.put("checkpoint.interval", interval);
        group.put("checkpoint.min-pause", minPause);
        return group;
    }
}
