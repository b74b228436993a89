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

/**
 * A connection setting whose local value only a running stand-in knows (its port, its generated
 * truststore): what {@link ServiceKeys} finds in a property group and {@link LocalEndpoints} answers.
 */
enum LocalSetting {
    KINESIS_ENDPOINT(LocalService.KINESIS),
    FIREHOSE_ENDPOINT(LocalService.FIREHOSE),
    STS_ENDPOINT(LocalService.STS),
    S3_ENDPOINT(LocalService.S3),
    KAFKA_BOOTSTRAP_SERVERS(LocalService.KAFKA),
    KAFKA_SSL_BOOTSTRAP_SERVERS(LocalService.KAFKA),
    KAFKA_TRUSTSTORE_LOCATION(LocalService.KAFKA),
    KAFKA_TRUSTSTORE_TYPE(LocalService.KAFKA),
    KAFKA_TRUSTSTORE_PASSWORD(LocalService.KAFKA);

    private final LocalService service;

    LocalSetting(LocalService service) {
        this.service = service;
    }

    LocalService service() {
        return service;
    }
}
