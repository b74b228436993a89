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
package io.flinkblocks.windows.slicing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.flink.api.java.tuple.Tuple3;
import org.apache.flink.runtime.state.KeyGroupRange;
import org.apache.flink.runtime.state.KeyGroupRangeAssignment;

/**
 * How far a subtask's windows have fired: the watermark (or processing time) of the last firing. It is
 * one time for the whole subtask, except after a restore or a rescale that brought key groups from
 * subtasks that had fired up to different times: then each key group keeps its own time until the
 * subtask's firing passes the latest of them, so windows that fired before the snapshot do not fire
 * again. Snapshotted as (first key group, last key group, time) runs in union operator state, so any
 * new subtask finds the times of its key groups.
 */
final class FiringProgress {

    private final KeyGroupRange keyGroups;
    private final int maxParallelism;
    /** Windows that end at or before this time + 1 have fired for every key of the subtask. */
    private long firedUpTo = Long.MIN_VALUE;
    /** After a restore: per key group, the time up to which its windows fired; null when uniform. */
    private long[] byGroup;

    private long byGroupMax;

    FiringProgress(KeyGroupRange keyGroups, int maxParallelism) {
        this.keyGroups = keyGroups;
        this.maxParallelism = maxParallelism;
    }

    /** The time up to which windows fired for every key of the subtask. */
    long firedUpTo() {
        return firedUpTo;
    }

    /** The time up to which the key's windows fired. */
    long firedUpToOf(Object key) {
        return byGroup == null
                ? firedUpTo
                : firedUpToOfGroup(KeyGroupRangeAssignment.assignToKeyGroup(key, maxParallelism));
    }

    /** Only while key groups keep their own times ({@code byGroup} is set). */
    private long firedUpToOfGroup(int keyGroup) {
        return Math.max(firedUpTo, byGroup[keyGroup - keyGroups.getStartKeyGroup()]);
    }

    /** Windows fired up to {@code time} for every key: key groups that were ahead are caught up with. */
    void firedTo(long time) {
        firedUpTo = time;
        if (byGroup != null && firedUpTo >= byGroupMax) {
            byGroup = null;
        }
    }

    /**
     * Reads how far each key group of this subtask had fired when the snapshot was taken, from the
     * entries of every subtask of the snapshot. The subtask's time is the earliest of them; key groups
     * ahead of it are tracked until it catches up.
     */
    void restore(Iterable<Tuple3<Integer, Integer, Long>> entries) {
        int first = keyGroups.getStartKeyGroup();
        int last = keyGroups.getEndKeyGroup();
        long[] times = new long[keyGroups.getNumberOfKeyGroups()];
        Arrays.fill(times, Long.MIN_VALUE);
        for (Tuple3<Integer, Integer, Long> entry : entries) {
            for (int group = Math.max(first, entry.f0); group <= Math.min(last, entry.f1); group++) {
                times[group - first] = Math.max(times[group - first], entry.f2);
            }
        }
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (long fired : times) {
            min = Math.min(min, fired);
            max = Math.max(max, fired);
        }
        firedUpTo = times.length == 0 ? Long.MIN_VALUE : min;
        byGroup = min < max ? times : null;
        byGroupMax = max;
    }

    /** The entries to snapshot: runs of key groups that fired up to the same time. */
    List<Tuple3<Integer, Integer, Long>> snapshot() {
        List<Tuple3<Integer, Integer, Long>> entries = new ArrayList<>();
        int first = keyGroups.getStartKeyGroup();
        int last = keyGroups.getEndKeyGroup();
        if (byGroup == null) {
            entries.add(Tuple3.of(first, last, firedUpTo));
            return entries;
        }
        int runStart = first;
        for (int group = first + 1; group <= last + 1; group++) {
            if (group > last || firedUpToOfGroup(group) != firedUpToOfGroup(runStart)) {
                entries.add(Tuple3.of(runStart, group - 1, firedUpToOfGroup(runStart)));
                runStart = group;
            }
        }
        return entries;
    }
}
