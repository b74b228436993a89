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
 * How many records each job run of a trial replays: the maximum, as every job did before, unless the
 * job is so slow that the maximum would take more than {@link #LONGEST_NANOS} (RocksDB at 100 000
 * keys runs some 10 000 records per second, SQL's sliding windows at 100 000 keys some hundreds); such
 * a job replays as many as its pace gets through in about {@link #TARGET_NANOS}.
 *
 * <p>A job run has a part that does not grow with its records: submitting the job, starting its tasks,
 * opening RocksDB, and for SQL compiling the operators' generated code, whose classes are new in every
 * job and so start cold in the JIT. A run's pace understates the job's by that part, more so the
 * shorter the run; so every job that can replays the full maximum, whatever its pace, and a slow job's
 * run still lasts seconds.
 *
 * <p>The trial's first invocation, its warm-up, calibrates: a run over {@link #FIRST} records for the
 * cold JVM (class loading, the first job, SQL's planner), whose time says nothing; then runs over
 * {@link #FIRST}, 4 times as many, 16 times, ... until one takes the target or replays the maximum.
 * A slow job's size is then what that run's pace gives for the target; as the JIT is still warming up
 * (a slow job's pace can double after its first runs), one more run at that size corrects it by its
 * own pace. Every measured run replays the size found, so every measured run of a trial does the
 * same work.
 */
public final class RunSize {

    /** The first runs' records: a second or so even at a thousand records per second. */
    public static final long FIRST = 1_000;

    /** A job whose maximum run would take longer replays fewer records. */
    public static final long LONGEST_NANOS = 8_000_000_000L;

    /** How long the run of such a job lasts. */
    public static final long TARGET_NANOS = 3_000_000_000L;

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
            if (size < max && nanos < TARGET_NANOS) {
                continue;
            }
            // the pace of this run, fixed part included, overstates the maximum's time: slow jobs only are cut
            if ((double) max * nanos <= (double) LONGEST_NANOS * size) {
                records = max;
            } else {
                long sized = fitting(size, nanos);
                records = fitting(sized, timed(run, sized));
                replayed += sized;
            }
            // the measured runs' size, SQL's plan for it included, is ready before they start
            run.prepare(records);
            return replayed;
        }
    }

    /** What a run at the pace of {@code size} records in {@code nanos} replays in the target time. */
    private long fitting(long size, long nanos) {
        long fitting = (long) ((double) size * TARGET_NANOS / nanos);
        // whole thousands, so that a run splits evenly among parallel readers
        return Math.max(FIRST, Math.min(max, fitting / 1_000 * 1_000));
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
