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
package io.flinkblocks.connectors.files;

import java.io.IOException;

import org.apache.flink.streaming.api.functions.sink.filesystem.PartFileInfo;
import org.apache.flink.streaming.api.functions.sink.filesystem.RollingPolicy;

/**
 * When a part file is closed: when it reaches a size, when it has been open for the rollover interval,
 * when nothing was written to it for the inactivity interval, and optionally at every checkpoint.
 * Closed files become visible (committed) at the next completed checkpoint; rolling on checkpoints
 * makes every record visible one checkpoint after it was written, at the cost of more, smaller files.
 */
final class PartRollingPolicy<T> implements RollingPolicy<T, String> {

    private static final long serialVersionUID = 1L;

    private final long partSize;
    private final long rolloverIntervalMs;
    private final long inactivityIntervalMs;
    private final boolean rollOnCheckpoint;

    public PartRollingPolicy(
            long partSize, long rolloverIntervalMs, long inactivityIntervalMs, boolean rollOnCheckpoint) {
        this.partSize = partSize;
        this.rolloverIntervalMs = rolloverIntervalMs;
        this.inactivityIntervalMs = inactivityIntervalMs;
        this.rollOnCheckpoint = rollOnCheckpoint;
    }

    @Override
    public boolean shouldRollOnCheckpoint(PartFileInfo<String> part) throws IOException {
        return rollOnCheckpoint || part.getSize() >= partSize;
    }

    @Override
    public boolean shouldRollOnEvent(PartFileInfo<String> part, T element) throws IOException {
        return part.getSize() >= partSize;
    }

    @Override
    public boolean shouldRollOnProcessingTime(PartFileInfo<String> part, long now) {
        return now - part.getCreationTime() >= rolloverIntervalMs
                || now - part.getLastUpdateTime() >= inactivityIntervalMs;
    }

    long partSize() {
        return partSize;
    }

    long rolloverIntervalMs() {
        return rolloverIntervalMs;
    }

    long inactivityIntervalMs() {
        return inactivityIntervalMs;
    }

    boolean rollOnCheckpoint() {
        return rollOnCheckpoint;
    }
}
