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

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.apache.flink.streaming.connectors.kinesis.config.ConsumerConfigConstants;

/**
 * The keys of a Kinesis source group: ours ({@code stream.name}, {@code stream.arn},
 * {@code source.implementation}) and the connector's own, which are passed through untouched.
 */
final class KinesisSourceKeys {

    /** The stream to read, by name (FlinkKinesisConsumer). */
    public static final String STREAM_NAME = "stream.name";
    /** The stream to read, by ARN (required by KinesisStreamsSource; accepted by both). */
    public static final String STREAM_ARN = "stream.arn";
    /** FLINK_KINESIS_CONSUMER (default) or KINESIS_STREAMS_SOURCE. */
    public static final String SOURCE_IMPLEMENTATION = "source.implementation";

    public static final String RECORD_PUBLISHER = ConsumerConfigConstants.RECORD_PUBLISHER_TYPE;
    public static final String EFO_CONSUMER_NAME = ConsumerConfigConstants.EFO_CONSUMER_NAME;
    public static final String EFO_REGISTRATION = ConsumerConfigConstants.EFO_REGISTRATION_TYPE;
    /** Followed by {@code .<stream name>}: the consumer ARN when registration is NONE. */
    public static final String EFO_CONSUMER_ARN_PREFIX = ConsumerConfigConstants.EFO_CONSUMER_ARN_PREFIX;
    public static final String INITIAL_POSITION = ConsumerConfigConstants.STREAM_INITIAL_POSITION;
    public static final String INITIAL_TIMESTAMP = ConsumerConfigConstants.STREAM_INITIAL_TIMESTAMP;
    public static final String INITIAL_TIMESTAMP_FORMAT = ConsumerConfigConstants.STREAM_TIMESTAMP_DATE_FORMAT;
    public static final String GETRECORDS_MAX = ConsumerConfigConstants.SHARD_GETRECORDS_MAX;
    public static final String GETRECORDS_INTERVAL_MILLIS = ConsumerConfigConstants.SHARD_GETRECORDS_INTERVAL_MILLIS;
    public static final String ADAPTIVE_READS = ConsumerConfigConstants.SHARD_USE_ADAPTIVE_READS;
    public static final String SHARD_DISCOVERY_INTERVAL_MILLIS = ConsumerConfigConstants.SHARD_DISCOVERY_INTERVAL_MILLIS;

    /** Our keys plus every key of the connector's {@code ConsumerConfigConstants}. */
    public static final List<String> ALL;

    /** Key families the connector reads by prefix. */
    public static final List<String> PASS_THROUGH_PREFIXES = List.of(
            EFO_CONSUMER_ARN_PREFIX + ".", ConsumerConfigConstants.RECOVERABLE_EXCEPTIONS_PREFIX);

    static {
        List<String> keys = new ArrayList<>(List.of(STREAM_NAME, STREAM_ARN, SOURCE_IMPLEMENTATION));
        keys.addAll(List.of(
                ConsumerConfigConstants.RECORD_PUBLISHER_TYPE,
                ConsumerConfigConstants.EFO_CONSUMER_NAME,
                ConsumerConfigConstants.EFO_REGISTRATION_TYPE,
                ConsumerConfigConstants.STREAM_INITIAL_POSITION,
                ConsumerConfigConstants.STREAM_INITIAL_TIMESTAMP,
                ConsumerConfigConstants.STREAM_TIMESTAMP_DATE_FORMAT,
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
                ConsumerConfigConstants.SHARD_GETRECORDS_MAX,
                ConsumerConfigConstants.SHARD_GETRECORDS_RETRIES,
                ConsumerConfigConstants.SHARD_GETRECORDS_BACKOFF_BASE,
                ConsumerConfigConstants.SHARD_GETRECORDS_BACKOFF_MAX,
                ConsumerConfigConstants.SHARD_GETRECORDS_BACKOFF_EXPONENTIAL_CONSTANT,
                ConsumerConfigConstants.SHARD_GETRECORDS_INTERVAL_MILLIS,
                ConsumerConfigConstants.SHARD_GETITERATOR_RETRIES,
                ConsumerConfigConstants.SHARD_GETITERATOR_BACKOFF_BASE,
                ConsumerConfigConstants.SHARD_GETITERATOR_BACKOFF_MAX,
                ConsumerConfigConstants.SHARD_GETITERATOR_BACKOFF_EXPONENTIAL_CONSTANT,
                ConsumerConfigConstants.SHARD_DISCOVERY_INTERVAL_MILLIS,
                ConsumerConfigConstants.SHARD_USE_ADAPTIVE_READS,
                ConsumerConfigConstants.SHARD_IDLE_INTERVAL_MILLIS,
                ConsumerConfigConstants.WATERMARK_SYNC_MILLIS,
                ConsumerConfigConstants.WATERMARK_LOOKAHEAD_MILLIS,
                ConsumerConfigConstants.WATERMARK_SYNC_QUEUE_CAPACITY,
                ConsumerConfigConstants.EFO_HTTP_CLIENT_MAX_CONCURRENCY,
                ConsumerConfigConstants.EFO_HTTP_CLIENT_READ_TIMEOUT_MILLIS));
        ALL = Collections.unmodifiableList(keys);
    }

    private KinesisSourceKeys() {}
}
