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
package io.flinkblocks.testing.local;

/** The local stand-ins {@link LocalServices} can start, with what each one's resources are called. */
enum LocalService {
    KINESIS("Kinesis", "streams"),
    FIREHOSE("Firehose", "delivery streams"),
    STS("STS", ""),
    KAFKA("Kafka", "topics"),
    S3("S3", "buckets");

    private final String title;
    private final String resources;

    LocalService(String title, String resources) {
        this.title = title;
        this.resources = resources;
    }

    String title() {
        return title;
    }

    /** What its resources are called, plural; empty for a service without any. */
    String resources() {
        return resources;
    }
}
