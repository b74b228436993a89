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

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.apache.flink.core.io.SimpleVersionedSerializer;
import org.apache.flink.streaming.api.functions.sink.filesystem.BucketAssigner;
import org.apache.flink.streaming.api.functions.sink.filesystem.bucketassigners.SimpleVersionedStringSerializer;

/**
 * Puts each record in a folder named by a date-time pattern ({@code yyyy-MM-dd--HH} by default, one
 * folder an hour) in a time zone, by the record's event time or by the processing time.
 *
 * <p>How it differs from Flink's {@code DateTimeBucketAssigner}: Flink's always uses the
 * processing time (the clock when the sink writes), so a replay of last week's data lands in this hour's
 * folder. With {@link TimeSource#EVENT} this one uses the record's timestamp (set by the source or a
 * timestamp assigner), so replayed or late data lands in the hour it belongs to; a record without a
 * timestamp falls back to the processing time. With {@link TimeSource#PROCESSING} (the default of
 * {@code bucket.time}) it behaves like Flink's.
 */
final class EventTimeBucketAssigner<T> implements BucketAssigner<T, String> {

    private static final long serialVersionUID = 1L;

    /** Which time names a record's bucket. */
    public enum TimeSource {
        /** The time the sink writes the record. */
        PROCESSING,
        /** The record's timestamp (set by the source or a timestamp assigner). */
        EVENT
    }

    private final String pattern;
    private final ZoneId zone;
    private final TimeSource timeSource;
    private transient DateTimeFormatter formatter;

    public EventTimeBucketAssigner(String pattern, ZoneId zone, TimeSource timeSource) {
        this.pattern = pattern;
        this.zone = zone;
        this.timeSource = timeSource;
        // Fails here, while the job is built, on an invalid pattern.
        DateTimeFormatter.ofPattern(pattern);
    }

    @Override
    public String getBucketId(T element, Context context) {
        if (formatter == null) {
            formatter = DateTimeFormatter.ofPattern(pattern).withZone(zone);
        }
        Long timestamp = timeSource == TimeSource.EVENT ? context.timestamp() : null;
        long millis = timestamp != null ? timestamp : context.currentProcessingTime();
        return formatter.format(Instant.ofEpochMilli(millis));
    }

    @Override
    public SimpleVersionedSerializer<String> getSerializer() {
        return SimpleVersionedStringSerializer.INSTANCE;
    }

    @Override
    public String toString() {
        return "EventTimeBucketAssigner{pattern=" + pattern + ", zone=" + zone + ", time=" + timeSource + "}";
    }
}
