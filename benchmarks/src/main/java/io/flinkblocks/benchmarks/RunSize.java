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
 * windows at 100 000 keys some hundreds) would take minutes over the same input, so it replays as many
 * as its pace gets through in about {@link #TARGET_NANOS}.
 *
 * <p>The trial's first invocation, its warm-up, calibrates: a run over {@link #FIRST} records for the
 * cold JVM (class loading, the first job, SQL's planner), whose time says nothing; then runs over
 * {@link #FIRST}, 4 times as many, 16 times, ... until one takes the target or replays the maximum.
 * A job that replays the maximum within twice the target replays it in every run; any other replays
 * what the last run's pace gives for the target, and runs once more at that size. Every measured run
 * replays that size, so every measured run of a trial does the same work.
 *
 * <p>A job run has a part that does not grow with its records: submitting the job, starting its tasks,
 * opening RocksDB, and for SQL compiling the operators' generated code, whose classes are new in every
 * job and so start cold in the JIT. A run's pace understates the job's by that part, more so the
 * shorter the run. Sizing by time, not by a fixed count, keeps that part as small for a slow job as
 * for a fast one; a job is never sized from a run shorter than the target, where that part weighs most.
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
        run.prepare(FIRST);
        run.replay(FIRST);
        long replayed = FIRST;
        for (long size = Math.min(FIRST, max); ; size = Math.min(max, size * GROWTH)) {
            long nanos = timed(run, size);
            replayed += size;
            if (size == max && nanos <= 2 * TARGET_NANOS) {
                records = max;
                return replayed;
            }
            if (size == max || nanos >= TARGET_NANOS) {
                long fitting = (long) ((double) size * TARGET_NANOS / nanos);
                // whole thousands, so that a run splits evenly among parallel readers
                records = Math.max(FIRST, Math.min(max, fitting / 1_000 * 1_000));
                timed(run, records);
                return replayed + records;
            }
        }
    }

    private static long timed(Run run, long size) throws Exception {
        run.prepare(size);
        long start = System.nanoTime();
        run.replay(size);
        return System.nanoTime() - start;
    }

    /** A job run over the first {@code records} records, and what it needs before the clock starts. */
    public interface Run {
        void prepare(long records) throws Exception;

        void replay(long records) throws Exception;
    }
}
