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
package io.flinkblocks.connectors.kinesis;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.flink.annotation.PublicEvolving;
import org.apache.flink.streaming.connectors.kinesis.config.ConsumerConfigConstants;

import io.flinkblocks.connectors.kinesis.KinesisSources.EfoRegistration;
import io.flinkblocks.connectors.kinesis.KinesisSources.InitialPosition;
import io.flinkblocks.connectors.kinesis.KinesisSources.RecordPublisher;
import io.flinkblocks.runtime.PropertyOption;
import io.flinkblocks.runtime.PropertyOptions;

/**
 * The options of a Kinesis source group, besides the AWS client keys: ours ({@code stream.name},
 * {@code stream.arn}, {@code source.implementation}) and the connector's keys whose values are checked
 * before the job starts (under the connector's own names and defaults, {@code ConsumerConfigConstants});
 * every other key of the connector is known and passed through untouched. The connector's keys are
 * compile-time constants, so this class loads without the connector.
 */
@PublicEvolving
public final class KinesisSourceOptions {

    public static final PropertyOption<String> STREAM_NAME = PropertyOption.key(KinesisStreams.NAME_KEY)
            .stringType()
            .noDefaultValue("this or `stream.arn` required")
            .description("the stream to read, by name");
    public static final PropertyOption<String> STREAM_ARN = PropertyOption.key(KinesisStreams.ARN_KEY)
            .stringType()
            .noDefaultValue("this or `stream.name` required")
            .description(
                    "the stream to read, by ARN; required by `KINESIS_STREAMS_SOURCE`; with both, the same stream");
    public static final PropertyOption<KinesisSourceImplementation> SOURCE_IMPLEMENTATION = PropertyOption.key(
                    "source.implementation")
            .enumType(KinesisSourceImplementation.class)
            .defaultValue(KinesisSourceImplementation.FLINK_KINESIS_CONSUMER)
            .description("`KINESIS_STREAMS_SOURCE` needs `stream.arn` and polls only");
    public static final PropertyOption<RecordPublisher> RECORD_PUBLISHER = PropertyOption.key(
                    ConsumerConfigConstants.RECORD_PUBLISHER_TYPE)
            .enumType(RecordPublisher.class)
            .defaultValue(RecordPublisher.POLLING)
            .description("`EFO`: enhanced fan-out (`FLINK_KINESIS_CONSUMER` only)");
    public static final PropertyOption<String> EFO_CONSUMER_NAME = PropertyOption.key(
                    ConsumerConfigConstants.EFO_CONSUMER_NAME)
            .stringType()
            .noDefaultValue("required with `EFO`")
            .description("unique among the consumers of the stream");
    public static final PropertyOption<EfoRegistration> EFO_REGISTRATION = PropertyOption.key(
                    ConsumerConfigConstants.EFO_REGISTRATION_TYPE)
            .enumType(EfoRegistration.class)
            .defaultValue(EfoRegistration.LAZY)
            .description("`NONE` needs `" + ConsumerConfigConstants.EFO_CONSUMER_ARN_PREFIX + ".<stream>`");
    public static final PropertyOption<InitialPosition> INITIAL_POSITION = PropertyOption.key(
                    ConsumerConfigConstants.STREAM_INITIAL_POSITION)
            .enumType(InitialPosition.class)
            .defaultValue(InitialPosition.LATEST)
            .description("where reading starts without a snapshot");
    public static final PropertyOption<String> INITIAL_TIMESTAMP = PropertyOption.key(
                    ConsumerConfigConstants.STREAM_INITIAL_TIMESTAMP)
            .stringType()
            .noDefaultValue("required with `AT_TIMESTAMP`")
            .description("a date in the format below, or seconds since the epoch");
    public static final PropertyOption<String> INITIAL_TIMESTAMP_FORMAT = PropertyOption.key(
                    ConsumerConfigConstants.STREAM_TIMESTAMP_DATE_FORMAT)
            .stringType()
            .defaultValue(ConsumerConfigConstants.DEFAULT_STREAM_TIMESTAMP_DATE_FORMAT)
            .description("a `SimpleDateFormat` pattern");
    public static final PropertyOption<Integer> GETRECORDS_MAX = PropertyOption.key(
                    ConsumerConfigConstants.SHARD_GETRECORDS_MAX)
            .intType()
            .range(1, 10_000)
            .defaultValue(ConsumerConfigConstants.DEFAULT_SHARD_GETRECORDS_MAX)
            .description("records per GetRecords call (`FLINK_KINESIS_CONSUMER`)");
    public static final PropertyOption<Long> GETRECORDS_INTERVAL_MILLIS = PropertyOption.key(
                    ConsumerConfigConstants.SHARD_GETRECORDS_INTERVAL_MILLIS)
            .longType()
            .range(0L, 300_000L)
            .defaultValue(ConsumerConfigConstants.DEFAULT_SHARD_GETRECORDS_INTERVAL_MILLIS)
            .description("milliseconds between GetRecords calls of a shard (`FLINK_KINESIS_CONSUMER`)");
    public static final PropertyOption<Boolean> ADAPTIVE_READS = PropertyOption.key(
                    ConsumerConfigConstants.SHARD_USE_ADAPTIVE_READS)
            .booleanType()
            .defaultValue(ConsumerConfigConstants.DEFAULT_SHARD_USE_ADAPTIVE_READS)
            .description("records per call adapted to the shard's throughput (`FLINK_KINESIS_CONSUMER`)");
    public static final PropertyOption<Long> SHARD_DISCOVERY_INTERVAL_MILLIS = PropertyOption.key(
                    ConsumerConfigConstants.SHARD_DISCOVERY_INTERVAL_MILLIS)
            .longType()
            .min(1L)
            .defaultValue(ConsumerConfigConstants.DEFAULT_SHARD_DISCOVERY_INTERVAL_MILLIS)
            .description(
                    "milliseconds between shard discoveries; `KINESIS_STREAMS_SOURCE` waits one interval before its first read");

    /** The options checked before the job starts, in the order of the README's table. */
    public static final List<PropertyOption<?>> OPTIONS = List.of(
            STREAM_NAME,
            STREAM_ARN,
            SOURCE_IMPLEMENTATION,
            RECORD_PUBLISHER,
            EFO_CONSUMER_NAME,
            EFO_REGISTRATION,
            INITIAL_POSITION,
            INITIAL_TIMESTAMP,
            INITIAL_TIMESTAMP_FORMAT,
            GETRECORDS_MAX,
            GETRECORDS_INTERVAL_MILLIS,
            ADAPTIVE_READS,
            SHARD_DISCOVERY_INTERVAL_MILLIS);

    /** Followed by {@code .<stream name>}: the consumer ARN when registration is NONE. */
    static final String EFO_CONSUMER_ARN_PREFIX = ConsumerConfigConstants.EFO_CONSUMER_ARN_PREFIX;

    /** Our options plus every key of the connector's {@code ConsumerConfigConstants}, passed through. */
    static final List<String> KEYS;

    /** Key families the connector reads by prefix. */
    public static final List<String> PASS_THROUGH_PREFIXES = List.of(
            ConsumerConfigConstants.EFO_CONSUMER_ARN_PREFIX + ".",
            ConsumerConfigConstants.RECOVERABLE_EXCEPTIONS_PREFIX);

    static {
        Set<String> keys = new LinkedHashSet<>(PropertyOptions.keys(OPTIONS));
        // The connector's keys we do not check: known, passed through untouched.
        keys.addAll(List.of(
                ConsumerConfigConstants.STREAM_DESCRIBE_RETRIES,
                ConsumerConfigConstants.STREAM_DESCRIBE_BACKOFF_BASE,
                ConsumerConfigConstants.STREAM_DESCRIBE_BACKOFF_MAX,
                ConsumerConfigConstants.STREAM_DESCRIBE_BACKOFF_EXPONENTIAL_CONSTANT,
                ConsumerConfigConstants.LIST_SHARDS_RETRIES,
                ConsumerConfigConstants.LIST_SHARDS_BACKOFF_BASE,
                ConsumerConfigConstants.LIST_SHARDS_BACKOFF_MAX,
                ConsumerConfigConstants.LIST_SHARDS_BACKOFF_EXPONENTIAL_CONSTANT,
                ConsumerConfigConstants.DESCRIBE_STREAM_CONSUMER_RETRIES,
                ConsumerConfigConstants.DESCRIBE_STREAM_CONSUMER_BACKOFF_BASE,
                ConsumerConfigConstants.DESCRIBE_STREAM_CONSUMER_BACKOFF_MAX,
                ConsumerConfigConstants.DESCRIBE_STREAM_CONSUMER_BACKOFF_EXPONENTIAL_CONSTANT,
                ConsumerConfigConstants.REGISTER_STREAM_RETRIES,
                ConsumerConfigConstants.REGISTER_STREAM_TIMEOUT_SECONDS,
                ConsumerConfigConstants.REGISTER_STREAM_BACKOFF_BASE,
                ConsumerConfigConstants.REGISTER_STREAM_BACKOFF_MAX,
                ConsumerConfigConstants.REGISTER_STREAM_BACKOFF_EXPONENTIAL_CONSTANT,
                ConsumerConfigConstants.DEREGISTER_STREAM_RETRIES,
                ConsumerConfigConstants.DEREGISTER_STREAM_TIMEOUT_SECONDS,
                ConsumerConfigConstants.DEREGISTER_STREAM_BACKOFF_BASE,
                ConsumerConfigConstants.DEREGISTER_STREAM_BACKOFF_MAX,
                ConsumerConfigConstants.DEREGISTER_STREAM_BACKOFF_EXPONENTIAL_CONSTANT,
                ConsumerConfigConstants.SUBSCRIBE_TO_SHARD_RETRIES,
                ConsumerConfigConstants.SUBSCRIBE_TO_SHARD_TIMEOUT_SECONDS,
                ConsumerConfigConstants.SUBSCRIBE_TO_SHARD_BACKOFF_BASE,
                ConsumerConfigConstants.SUBSCRIBE_TO_SHARD_BACKOFF_MAX,
                ConsumerConfigConstants.SUBSCRIBE_TO_SHARD_BACKOFF_EXPONENTIAL_CONSTANT,
                ConsumerConfigConstants.SHARD_GETRECORDS_RETRIES,
                ConsumerConfigConstants.SHARD_GETRECORDS_BACKOFF_BASE,
                ConsumerConfigConstants.SHARD_GETRECORDS_BACKOFF_MAX,
                ConsumerConfigConstants.SHARD_GETRECORDS_BACKOFF_EXPONENTIAL_CONSTANT,
                ConsumerConfigConstants.SHARD_GETITERATOR_RETRIES,
                ConsumerConfigConstants.SHARD_GETITERATOR_BACKOFF_BASE,
                ConsumerConfigConstants.SHARD_GETITERATOR_BACKOFF_MAX,
                ConsumerConfigConstants.SHARD_GETITERATOR_BACKOFF_EXPONENTIAL_CONSTANT,
                ConsumerConfigConstants.SHARD_IDLE_INTERVAL_MILLIS,
                ConsumerConfigConstants.WATERMARK_SYNC_MILLIS,
                ConsumerConfigConstants.WATERMARK_LOOKAHEAD_MILLIS,
                ConsumerConfigConstants.WATERMARK_SYNC_QUEUE_CAPACITY,
                ConsumerConfigConstants.EFO_HTTP_CLIENT_MAX_CONCURRENCY,
                ConsumerConfigConstants.EFO_HTTP_CLIENT_READ_TIMEOUT_MILLIS));
        KEYS = List.copyOf(keys);
    }

    private KinesisSourceOptions() {}
}
