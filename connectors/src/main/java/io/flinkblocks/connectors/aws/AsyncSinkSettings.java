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
package io.flinkblocks.connectors.aws;

import java.io.Serializable;
import java.time.Duration;
import java.util.List;

import org.apache.flink.annotation.PublicEvolving;
import org.apache.flink.connector.base.sink.AsyncSinkBaseBuilder;
import org.apache.flink.connector.base.table.AsyncSinkConnectorOptions;

import io.flinkblocks.runtime.PropertyGroup;
import io.flinkblocks.runtime.PropertyOption;

/**
 * Batching and buffering of an AWS async sink (Kinesis Data Streams, Firehose) read from a group,
 * under the key names of the connectors' Table API options (Flink's {@link AsyncSinkConnectorOptions};
 * the record size and fail-on-error keys are the Kinesis and Firehose connectors' own), and checked against the service's limits
 * before the job starts: a batch the service refuses would otherwise fail only at run time.
 */
@PublicEvolving
public final class AsyncSinkSettings implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Records per request. */
    public static final String MAX_BATCH_SIZE = AsyncSinkConnectorOptions.MAX_BATCH_SIZE.key();
    /** Bytes per request ({@code 5mb}, {@code 1 MiB}, ...). */
    public static final String FLUSH_BUFFER_SIZE = AsyncSinkConnectorOptions.FLUSH_BUFFER_SIZE.key();
    /** How long a record may wait in the buffer before it is sent ({@code 5s}, {@code 500 ms}). */
    public static final String FLUSH_BUFFER_TIMEOUT = AsyncSinkConnectorOptions.FLUSH_BUFFER_TIMEOUT.key();
    /** Requests in flight per subtask. */
    public static final String MAX_IN_FLIGHT = AsyncSinkConnectorOptions.MAX_IN_FLIGHT_REQUESTS.key();
    /** Records buffered per subtask before back pressure. */
    public static final String MAX_BUFFERED = AsyncSinkConnectorOptions.MAX_BUFFERED_REQUESTS.key();
    /** The largest record accepted ({@code 1mb}); a larger one fails the job. */
    public static final String MAX_RECORD_SIZE = "sink.record.max-size";
    /** true: a record the service rejects fails the job; false (default): it is retried. */
    public static final String FAIL_ON_ERROR = "sink.fail-on-error";

    private final int maxBatchSize;
    private final long maxBatchBytes;
    private final long maxTimeInBufferMs;
    private final int maxInFlight;
    private final int maxBuffered;
    private final long maxRecordBytes;
    private final boolean failOnError;

    private AsyncSinkSettings(
            int maxBatchSize,
            long maxBatchBytes,
            long maxTimeInBufferMs,
            int maxInFlight,
            int maxBuffered,
            long maxRecordBytes,
            boolean failOnError) {
        this.maxBatchSize = maxBatchSize;
        this.maxBatchBytes = maxBatchBytes;
        this.maxTimeInBufferMs = maxTimeInBufferMs;
        this.maxInFlight = maxInFlight;
        this.maxBuffered = maxBuffered;
        this.maxRecordBytes = maxRecordBytes;
        this.failOnError = failOnError;
    }

    /**
     * Reads the settings; absent keys take the service's limits as defaults (the connectors' own
     * defaults), and a value above a limit is an error naming the limit.
     */
    public static AsyncSinkSettings fromProperties(PropertyGroup group, ServiceLimits limits) {
        int maxBatchSize = group.get(limits.maxBatchSize);
        long maxBatchBytes = group.get(limits.flushBufferSize);
        long maxRecordBytes = group.get(limits.maxRecordSize);
        if (maxRecordBytes > maxBatchBytes) {
            throw group.error(
                    MAX_RECORD_SIZE,
                    "must not exceed " + FLUSH_BUFFER_SIZE + " (" + maxBatchBytes
                            + " bytes): a record must fit in a batch");
        }
        Duration timeout = group.get(limits.flushBufferTimeout);
        int maxInFlight = group.get(limits.maxInFlight);
        int maxBuffered = group.get(limits.maxBuffered);
        if (maxBuffered < maxBatchSize) {
            throw group.error(
                    MAX_BUFFERED,
                    "value " + maxBuffered + " is smaller than " + MAX_BATCH_SIZE + " (" + maxBatchSize
                            + "): the buffer must hold at least one batch");
        }
        boolean failOnError = group.get(limits.failOnError);
        return new AsyncSinkSettings(
                maxBatchSize, maxBatchBytes, timeout.toMillis(), maxInFlight, maxBuffered, maxRecordBytes, failOnError);
    }

    /** Applies the settings to a connector's builder. */
    public <B extends AsyncSinkBaseBuilder<?, ?, ?>> void applyTo(AsyncSinkBaseBuilder<?, ?, B> builder) {
        builder.setMaxBatchSize(maxBatchSize);
        builder.setMaxBatchSizeInBytes(maxBatchBytes);
        builder.setMaxTimeInBufferMS(maxTimeInBufferMs);
        builder.setMaxInFlightRequests(maxInFlight);
        builder.setMaxBufferedRequests(maxBuffered);
        builder.setMaxRecordSizeInBytes(maxRecordBytes);
    }

    public int maxBatchSize() {
        return maxBatchSize;
    }

    public long maxBatchBytes() {
        return maxBatchBytes;
    }

    public long maxRecordBytes() {
        return maxRecordBytes;
    }

    public long maxTimeInBufferMs() {
        return maxTimeInBufferMs;
    }

    public int maxInFlight() {
        return maxInFlight;
    }

    public int maxBuffered() {
        return maxBuffered;
    }

    public boolean failOnError() {
        return failOnError;
    }

    /**
     * The limits of one service's put call, and the options they shape: the limits are the defaults
     * (the connectors' own) and the upper bounds, a value above one is an error naming it.
     */
    public static final class ServiceLimits implements Serializable {
        private static final long serialVersionUID = 1L;

        /** Kinesis Data Streams PutRecords: 500 records, 5 MiB, 1 MiB per record. */
        public static final ServiceLimits KINESIS_DATA_STREAMS = new ServiceLimits(500, 5L << 20, 1L << 20);
        /** Firehose PutRecordBatch: 500 records, 4 MiB, 1000 KiB per record. */
        public static final ServiceLimits FIREHOSE = new ServiceLimits(500, 4L << 20, 1000L << 10);

        final PropertyOption<Integer> maxBatchSize;
        final PropertyOption<Long> flushBufferSize;
        final PropertyOption<Long> maxRecordSize;
        final PropertyOption<Duration> flushBufferTimeout;
        final PropertyOption<Integer> maxInFlight;
        final PropertyOption<Integer> maxBuffered;
        final PropertyOption<Boolean> failOnError;
        private final List<PropertyOption<?>> options;

        public ServiceLimits(int maxRecordsPerBatch, long maxBytesPerBatch, long maxBytesPerRecord) {
            maxBatchSize = PropertyOption.key(MAX_BATCH_SIZE)
                    .intType()
                    .range(1, maxRecordsPerBatch)
                    .defaultValue(maxRecordsPerBatch)
                    .description("records per request");
            flushBufferSize = PropertyOption.key(FLUSH_BUFFER_SIZE)
                    .byteSizeType()
                    .range(1L, maxBytesPerBatch)
                    .rangeReason("the service accepts at most " + maxBytesPerBatch + " bytes per batch")
                    .defaultValue(maxBytesPerBatch)
                    .description("bytes per request");
            maxRecordSize = PropertyOption.key(MAX_RECORD_SIZE)
                    .byteSizeType()
                    .range(1L, maxBytesPerRecord)
                    .rangeReason("the service accepts at most " + maxBytesPerRecord + " bytes per record")
                    .defaultValue(maxBytesPerRecord)
                    .description("a larger record fails the job; at most `" + FLUSH_BUFFER_SIZE + "`");
            flushBufferTimeout = PropertyOption.key(FLUSH_BUFFER_TIMEOUT)
                    .durationType()
                    .positive()
                    .defaultValue(Duration.ofSeconds(5))
                    .description("the longest a record waits in the buffer");
            maxInFlight = PropertyOption.key(MAX_IN_FLIGHT)
                    .intType()
                    .range(1, 10_000)
                    .defaultValue(50)
                    .description("requests in flight per subtask");
            maxBuffered = PropertyOption.key(MAX_BUFFERED)
                    .intType()
                    .range(1, Integer.MAX_VALUE)
                    .defaultValue(10_000)
                    .description(
                            "records buffered per subtask before back pressure; at least `" + MAX_BATCH_SIZE + "`");
            failOnError = PropertyOption.key(FAIL_ON_ERROR)
                    .booleanType()
                    .defaultValue(false)
                    .description("`false`: records the service rejects are retried; `true`: they fail the job");
            options = List.of(
                    maxBatchSize,
                    flushBufferSize,
                    maxRecordSize,
                    flushBufferTimeout,
                    maxInFlight,
                    maxBuffered,
                    failOnError);
        }

        /** The batching and buffering options under these limits, in the order of the README's tables. */
        public List<PropertyOption<?>> options() {
            return options;
        }
    }
}
