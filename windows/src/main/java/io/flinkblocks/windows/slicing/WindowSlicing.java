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

import java.io.Serializable;

import org.apache.flink.annotation.Internal;

/**
 * The arithmetic of windows cut into slices. Windows are {@code [start, start + size)} with starts
 * aligned to {@code slide} (epoch 0, like Flink's assigners without offset). Slices are
 * {@code [s, s + slice)} with {@code slice = gcd(size, slide)}, so every window is exactly the union of
 * {@code size / slice} consecutive slices and every record belongs to one slice: a record costs one
 * accumulator update whatever {@code size / slide} is. For tumbling windows a slice is the window.
 */
@Internal
public final class WindowSlicing implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long size;
    private final long slide;
    private final long slice;
    private final long allowedLateness;

    public WindowSlicing(long size, long slide, long allowedLateness) {
        if (size <= 0 || slide <= 0) {
            throw new IllegalArgumentException(
                    "window size and slide must be positive, were " + size + " and " + slide);
        }
        if (slide > size) {
            throw new IllegalArgumentException("window slide " + slide + " ms is larger than the size " + size
                    + " ms: records between windows would be lost");
        }
        if (allowedLateness < 0) {
            throw new IllegalArgumentException("allowed lateness must not be negative, was " + allowedLateness);
        }
        this.size = size;
        this.slide = slide;
        this.slice = gcd(size, slide);
        this.allowedLateness = allowedLateness;
    }

    public long size() {
        return size;
    }

    public long slide() {
        return slide;
    }

    public long slice() {
        return slice;
    }

    /** True when windows do not overlap: each window is one slice. */
    public boolean isTumbling() {
        return slide == size;
    }

    public long allowedLateness() {
        return allowedLateness;
    }

    /** Start of the slice that holds {@code timestamp}. */
    public long sliceStart(long timestamp) {
        return floor(timestamp, slice);
    }

    /** End (exclusive) of the first window that contains the slice starting at {@code sliceStart}. */
    public long firstWindowEnd(long sliceStart) {
        return ceil(sliceStart + slice - size, slide) + size;
    }

    /** End (exclusive) of the last window that contains the slice starting at {@code sliceStart}. */
    public long lastWindowEnd(long sliceStart) {
        return floor(sliceStart, slide) + size;
    }

    /** True when {@code end} is the end of a window. */
    public boolean isWindowEnd(long end) {
        return Math.floorMod(end - size, slide) == 0;
    }

    /**
     * The watermark at which the slice is no longer needed: its last window has fired and the allowed
     * lateness has passed. A record whose slice is past this time is late for every window.
     */
    public long cleanupTime(long sliceStart) {
        return lastWindowEnd(sliceStart) - 1 + allowedLateness;
    }

    /** The first window end {@code >= bound}. */
    public long windowEndAtOrAfter(long bound) {
        return ceil(bound - size, slide) + size;
    }

    static long floor(long value, long unit) {
        return value - Math.floorMod(value, unit);
    }

    static long ceil(long value, long unit) {
        long floor = floor(value, unit);
        return floor == value ? value : floor + unit;
    }

    static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }

    @Override
    public String toString() {
        return "size " + size + " ms, slide " + slide + " ms, slice " + slice + " ms, allowed lateness "
                + allowedLateness + " ms";
    }
}
