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
package io.flinkblocks.testing.ticks;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.flink.annotation.PublicEvolving;

/**
 * The window group of a job over ticks ({@link TickJson}) on event time, so that a test states the kind of
 * window instead of three settings. Each call returns a new mutable map, for a test to add a setting of
 * its window ({@code put("window.size", "10s")}).
 */
@PublicEvolving
public final class TickWindowGroups {

    private TickWindowGroups() {}

    /**
     * Event time from the ticks' {@code event_time}, no out-of-orderness allowed: for ticks a test puts in
     * order into one shard or partition read by one subtask, where a bound of 0 is exact.
     */
    public static Map<String, String> eventTimeInOrder() {
        Map<String, String> group = new LinkedHashMap<>();
        group.put("window.time", "event");
        group.put("watermark.timestamp.field", "event_time");
        group.put("watermark.max-out-of-orderness", "0");
        return group;
    }
}
