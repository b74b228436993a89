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
 * How many records each job run of a trial replays. Fast jobs replay the maximum, as every job did
 * before; a slow one (RocksDB at 100 000 keys runs some 10 000 records per second, SQL's sliding
 * windows at 100 000 keys some thousand) would take minutes over the same input, so it replays as many
 * as it gets through in about {@link #TARGET_NANOS}.
 *
 * <p>The trial's first invocation, a warm-up one, calibrates: a run over {@link #FIRST} records for
 * the cold JVM (class loading, the first job, SQL's planner), whose time says nothing, then runs over
 * {@link #FIRST}, 4 times as many, 16 times, ... until a run takes half the target or replays the
 * maximum; the size is then what that run's pace gives for the target, at most the maximum. Every
 * later run of the trial replays that size, so every measured run does the same work. Submitting a job
 * costs the same tens of milliseconds at any size, so a run's pace slightly understates the job's,
 * and more so the shorter the run; the target keeps that small.
 */
public final class RunSize {

    /** The first runs' records: a second or so even at a thousand records per second. */
    public static final long FIRST = 1_000;

    /** How long a sized run should last. */
    public static final long TARGET_NANOS = 2_500_000_000L;

    private static final int GROWTH = 4;

    private final long max;
    private final boolean calibrate;
    private long records;
    private boolean calibrated;

    private RunSize(long records, long max, boolean calibrate) {
        this.records = records;
        this.max = max;
        this.calibrate = calibrate;
    }

    /** Calibrated, at most {@code max} records. */
    public static RunSize upTo(long max) {
        return new RunSize(Math.min(FIRST, max), max, true);
    }

    /** Always {@code records}: for a run whose point is its whole input. */
    public static RunSize always(long records) {
        return new RunSize(records, records, false);
    }

    /** The records of every run once calibrated. */
    public long records() {
        return records;
    }

    public boolean calibrated() {
        return calibrated || !calibrate;
    }

    /** Finds the size by running {@code run} on growing inputs; returns how many records that replayed. */
    public long calibrate(Run run) throws Exception {
        calibrated = true;
        run.replay(FIRST);
        long replayed = FIRST;
        for (long size = Math.min(FIRST, max); ; size = Math.min(max, size * GROWTH)) {
            long start = System.nanoTime();
            run.replay(size);
            long nanos = System.nanoTime() - start;
            replayed += size;
            if (nanos >= TARGET_NANOS / 2 || size == max) {
                long fitting = (long) ((double) size * TARGET_NANOS / nanos);
                // whole thousands, so that a run splits evenly among parallel readers
                records = Math.max(FIRST, Math.min(max, fitting / 1_000 * 1_000));
                return replayed;
            }
        }
    }

    /** One job run over the first {@code records} records. */
    @FunctionalInterface
    public interface Run {
        void replay(long records) throws Exception;
    }
}
