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
package io.flinkblocks.benchmarks;

/**
 * How many records a benchmark's job runs replay. Fast jobs replay the maximum, as every job did
 * before; a slow one (RocksDB at 100 000 keys, some 10 000 records per second) would take minutes
 * over the same input, so it replays as many as it gets through in about {@link #TARGET_NANOS}. The
 * size is found in the warm-up iterations: the first run replays {@link #FIRST} records, each next
 * run what the last one's pace gives for the target (at most ten times more). The measured
 * iterations keep the size the warm-up ended with, so every measured run of a trial does the same
 * work. The score stays records per second, counted per run.
 */
public final class RunSize {

    /** The first run's records: a second or so even at a few thousand records per second. */
    public static final long FIRST = 1_000;

    /** How long a sized run should last: long against job submission (tens of milliseconds). */
    public static final long TARGET_NANOS = 1_500_000_000L;

    private final long max;
    private final boolean adaptive;
    private long next;
    private boolean measuring;

    private RunSize(long first, long max, boolean adaptive) {
        this.next = first;
        this.max = max;
        this.adaptive = adaptive;
    }

    /** Sized in the warm-up, at most {@code max} records. */
    public static RunSize upTo(long max) {
        return new RunSize(Math.min(FIRST, max), max, true);
    }

    /** Always {@code records}: for a run whose point is its whole input. */
    public static RunSize always(long records) {
        return new RunSize(records, records, false);
    }

    /** The records of the next run. */
    public long next() {
        return next;
    }

    /** From the first measured iteration on, the size stays as it is. */
    public void startIteration(boolean measured) {
        measuring |= measured;
    }

    /** A run of {@code records} took {@code nanos}: size the next one while the warm-up lasts. */
    public void ran(long records, long nanos) {
        if (!adaptive || measuring) {
            return;
        }
        double fitting = (double) records * TARGET_NANOS / Math.max(nanos, 1);
        long size = (long) Math.min(fitting, records * 10.0);
        // whole thousands, so that a run splits evenly among parallel readers
        next = Math.max(FIRST, Math.min(max, size / 1_000 * 1_000));
    }
}
