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
package io.flinkblocks.connectors.identity;

import org.apache.flink.annotation.PublicEvolving;

/** The connectors a sink group can select with its {@value ConnectorKey#KEY} key. */
@PublicEvolving
public enum SinkConnector {
    /** Standard output of the task managers ({@code PrintSinks}). */
    PRINT,
    /** An Apache Kafka or Amazon MSK topic ({@code KafkaSinks}). */
    KAFKA,
    /** Files under a path of any Flink file system, {@code s3://} or {@code file://}, one record a line ({@code FileSinks}). */
    FILESYSTEM,
    /** Kinesis Data Streams ({@code KinesisSinks}). */
    KINESIS,
    /** Amazon Data Firehose ({@code FirehoseSinks}). */
    FIREHOSE
}
