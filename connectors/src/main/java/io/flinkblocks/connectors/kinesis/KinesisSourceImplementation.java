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

import org.apache.flink.annotation.PublicEvolving;

/** Which Kinesis source the factory builds ({@code source.implementation}). */
@PublicEvolving
public enum KinesisSourceImplementation {
    /**
     * The legacy {@code FlinkKinesisConsumer}: POLLING and EFO, de-aggregates records written by the
     * Kinesis Producer Library (KPL). The default.
     */
    FLINK_KINESIS_CONSUMER,
    /**
     * The new {@code KinesisStreamsSource} (FLIP-27): polling only in connector 4.3.0, needs
     * {@code stream.arn}. It does not de-aggregate KPL records itself (FLINK-32097): the factory
     * installs {@link KplDeaggregatingSchema}, which does.
     */
    KINESIS_STREAMS_SOURCE
}
