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

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

import org.apache.flink.annotation.PublicEvolving;
import org.apache.flink.api.common.serialization.Encoder;
import org.apache.flink.api.common.serialization.SimpleStringEncoder;
import org.apache.flink.connector.file.sink.FileSink;
import org.apache.flink.core.fs.Path;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.DataStreamSink;
import org.apache.flink.streaming.api.functions.sink.filesystem.BucketAssigner;
import org.apache.flink.streaming.api.functions.sink.filesystem.OutputFileConfig;
import org.apache.flink.streaming.api.functions.sink.filesystem.bucketassigners.BasePathBucketAssigner;

import io.flinkblocks.connectors.identity.ConnectorIdentity;
import io.flinkblocks.connectors.identity.ConnectorKey;
import io.flinkblocks.connectors.identity.SinkConnector;
import io.flinkblocks.runtime.PropertyGroup;
import io.flinkblocks.runtime.PropertyOption;

/**
 * Row-format {@link FileSink}s from a property group: records are encoded one after the other (one a
 * line for strings and JSON lines) into part files under a base path of any Flink file system:
 * {@code s3://bucket/prefix} on MSF, {@code file:///tmp/out} locally.
 *
 * <p><b>Files become visible on checkpoints.</b> The sink writes in-progress files and commits them
 * (renames them, or completes the S3 multipart upload) only when a checkpoint completes, so a job
 * without checkpointing never produces a finished file, and the checkpoint interval bounds how fresh
 * the output is. A part file is closed by the rolling policy and committed at the next checkpoint.
 *
 * <p>Keys: {@link #OPTIONS}, with type, default, range and description (the README's table is
 * generated from them).
 */
@PublicEvolving
public final class FileSinks {

    public static final String DEFAULT_BUCKET_PATTERN = "yyyy-MM-dd--HH";

    public static final PropertyOption<String> PATH = PropertyOption.key("path")
            .stringType()
            .noDefaultValue("required")
            .description("base path with scheme: `s3://bucket/prefix`, `file:///tmp/out`, any Flink file system");
    public static final PropertyOption<BucketAssignerType> BUCKET_ASSIGNER = PropertyOption.key("bucket.assigner")
            .enumType(BucketAssignerType.class)
            .defaultValue(BucketAssignerType.DATE_TIME)
            .description("`DATE_TIME`: a folder per `bucket.pattern`; `NONE`: all files in `path`");
    public static final PropertyOption<String> BUCKET_PATTERN = PropertyOption.key("bucket.pattern")
            .stringType()
            .defaultValue(DEFAULT_BUCKET_PATTERN)
            .description("a `DateTimeFormatter` pattern (one folder an hour)");
    public static final PropertyOption<String> BUCKET_TIME_ZONE = PropertyOption.key("bucket.time-zone")
            .stringType()
            .defaultValue("UTC")
            .description("a time zone id (`Europe/Paris`, `+02:00`, ...)");
    public static final PropertyOption<EventTimeBucketAssigner.TimeSource> BUCKET_TIME = PropertyOption.key(
                    "bucket.time")
            .enumType(EventTimeBucketAssigner.TimeSource.class)
            .defaultValue(EventTimeBucketAssigner.TimeSource.PROCESSING)
            .description("`EVENT`: the record's timestamp names its folder (replays land in their own hour)");
    public static final PropertyOption<Long> PART_SIZE = PropertyOption.key("rolling.part-size")
            .byteSizeType()
            .positive()
            .defaultValue(128L << 20)
            .description("a part file this large is closed");
    public static final PropertyOption<Duration> ROLLOVER_INTERVAL = PropertyOption.key("rolling.rollover-interval")
            .durationType()
            .positive()
            .defaultValue(Duration.ofMinutes(15))
            .description("the longest a part file stays open");
    public static final PropertyOption<Duration> INACTIVITY_INTERVAL = PropertyOption.key("rolling.inactivity-interval")
            .durationType()
            .positive()
            .defaultValue(Duration.ofMinutes(5))
            .description("a part file written to for this long is closed");
    public static final PropertyOption<Boolean> ROLL_ON_CHECKPOINT = PropertyOption.key("rolling.on-checkpoint")
            .booleanType()
            .defaultValue(false)
            .description("`true`: close every part file at each checkpoint");
    public static final PropertyOption<Duration> CHECK_INTERVAL = PropertyOption.key("rolling.check-interval")
            .durationType()
            .positive()
            .noDefaultValue("the smaller rolling interval, at most 1 min")
            .description("how often the time limits are checked");
    public static final PropertyOption<String> PART_PREFIX = PropertyOption.key("part.prefix")
            .stringType()
            .defaultValue("part")
            .description("start of every part file name");
    public static final PropertyOption<String> PART_SUFFIX = PropertyOption.key("part.suffix")
            .stringType()
            .noDefaultValue("none (`.jsonl` for JSON lines)")
            .description("end of every part file name");

    /** Every option of a files group, in the order of the README's table. */
    public static final List<PropertyOption<?>> OPTIONS = List.of(
            PATH,
            BUCKET_ASSIGNER,
            BUCKET_PATTERN,
            BUCKET_TIME_ZONE,
            BUCKET_TIME,
            PART_SIZE,
            ROLLOVER_INTERVAL,
            INACTIVITY_INTERVAL,
            ROLL_ON_CHECKPOINT,
            CHECK_INTERVAL,
            PART_PREFIX,
            PART_SUFFIX);

    static final List<String> KEYS = ConnectorKey.keysWithConnector(OPTIONS);

    /** How records are spread over folders under the base path. */
    public enum BucketAssignerType {
        /** A folder per {@code bucket.pattern} of the processing or event time. */
        DATE_TIME,
        /** No folders: every part file directly under the base path. */
        NONE
    }

    private FileSinks() {}

    /** Writes strings, UTF-8, one a line; uid {@code sink-<group>} and a name are set. */
    public static DataStreamSink<String> strings(DataStream<String> stream, PropertyGroup group) {
        return attach(stream, group, stringSink(group));
    }

    /**
     * Writes POJOs as JSON lines (Jackson), part files ending in {@code .jsonl} unless {@code part.suffix}
     * says otherwise; uid {@code sink-<group>} and a name are set.
     */
    public static <T> DataStreamSink<T> jsonLines(DataStream<T> stream, PropertyGroup group) {
        return attach(stream, group, jsonLinesSink(group));
    }

    /** The unattached sink of {@link #strings}, for a caller that attaches it itself. */
    public static FileSink<String> stringSink(PropertyGroup group) {
        return rowFormat(group, new SimpleStringEncoder<>("UTF-8"), "");
    }

    /** The unattached sink of {@link #jsonLines}, for a caller that attaches it itself. */
    public static <T> FileSink<T> jsonLinesSink(PropertyGroup group) {
        return rowFormat(group, new JsonLinesEncoder<>(), ".jsonl");
    }

    /** Records written by any encoder, in the buckets the group's keys describe. */
    public static <T> FileSink<T> rowFormat(PropertyGroup group, Encoder<T> encoder) {
        return rowFormat(group, encoder, "");
    }

    /** Records written by any encoder into the buckets of a custom assigner; bucket keys are then ignored. */
    public static <T> FileSink<T> rowFormat(
            PropertyGroup group, Encoder<T> encoder, BucketAssigner<T, String> assigner) {
        return build(group, encoder, assigner, "");
    }

    /** Attaches a sink to a stream with uid {@code sink-<group>} and name {@code Sink: filesystem (<group>)}. */
    public static <T> DataStreamSink<T> attach(DataStream<T> stream, PropertyGroup group, FileSink<T> sink) {
        return ConnectorIdentity.identify(stream.sinkTo(sink), group, SinkConnector.FILESYSTEM);
    }

    private static <T> FileSink<T> rowFormat(PropertyGroup group, Encoder<T> encoder, String defaultSuffix) {
        return build(group, encoder, bucketAssigner(group), defaultSuffix);
    }

    private static <T> FileSink<T> build(
            PropertyGroup group, Encoder<T> encoder, BucketAssigner<T, String> assigner, String defaultSuffix) {
        group.checkKnownKeys(KEYS, false);
        Path basePath = basePath(group);
        PartRollingPolicy<T> rolling = rollingPolicy(group);
        long checkInterval = group.get(
                        CHECK_INTERVAL,
                        Duration.ofMillis(Math.min(
                                60_000L, Math.min(rolling.rolloverIntervalMs(), rolling.inactivityIntervalMs()))))
                .toMillis();
        OutputFileConfig files = OutputFileConfig.builder()
                .withPartPrefix(group.get(PART_PREFIX))
                .withPartSuffix(group.get(PART_SUFFIX, defaultSuffix))
                .build();
        return FileSink.forRowFormat(basePath, encoder)
                .withBucketAssigner(assigner)
                .withRollingPolicy(rolling)
                .withBucketCheckInterval(checkInterval)
                .withOutputFileConfig(files)
                .build();
    }

    static Path basePath(PropertyGroup group) {
        String path = group.get(PATH);
        try {
            URI uri = new URI(path);
            if (uri.getScheme() == null) {
                throw group.invalidValue(PATH.key(), "a path with a scheme (s3://bucket/prefix, file:///tmp/out, ...)");
            }
            if ("s3".equals(uri.getScheme()) || "s3a".equals(uri.getScheme()) || "s3p".equals(uri.getScheme())) {
                if (uri.getHost() == null || uri.getHost().isEmpty()) {
                    throw group.invalidValue(PATH.key(), "an S3 path naming a bucket (s3://bucket/prefix)");
                }
            }
        } catch (URISyntaxException e) {
            throw group.invalidValue(PATH.key(), "a valid URI (" + e.getReason() + ")");
        }
        return new Path(path);
    }

    static <T> BucketAssigner<T, String> bucketAssigner(PropertyGroup group) {
        BucketAssignerType type = group.get(BUCKET_ASSIGNER);
        if (type == BucketAssignerType.NONE) {
            return new BasePathBucketAssigner<>();
        }
        String pattern = group.get(BUCKET_PATTERN);
        ZoneId zone;
        try {
            zone = ZoneId.of(group.get(BUCKET_TIME_ZONE));
        } catch (DateTimeException e) {
            throw group.invalidValue(BUCKET_TIME_ZONE.key(), "a time zone id (UTC, Europe/Paris, +02:00, ...)");
        }
        EventTimeBucketAssigner.TimeSource time = group.get(BUCKET_TIME);
        try {
            return new EventTimeBucketAssigner<>(pattern, zone, time);
        } catch (IllegalArgumentException e) {
            throw group.invalidValue(BUCKET_PATTERN.key(), "a date-time pattern (" + e.getMessage() + ")");
        }
    }

    static <T> PartRollingPolicy<T> rollingPolicy(PropertyGroup group) {
        long partSize = group.get(PART_SIZE);
        Duration rollover = group.get(ROLLOVER_INTERVAL);
        Duration inactivity = group.get(INACTIVITY_INTERVAL);
        return new PartRollingPolicy<>(
                partSize, rollover.toMillis(), inactivity.toMillis(), group.get(ROLL_ON_CHECKPOINT));
    }
}
