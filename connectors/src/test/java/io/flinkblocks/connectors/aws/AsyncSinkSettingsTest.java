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

import static io.flinkblocks.connectors.PropertyErrors.assertRejectsKey;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.flinkblocks.connectors.aws.AsyncSinkSettings.ServiceLimits;
import io.flinkblocks.runtime.PropertyGroup;

class AsyncSinkSettingsTest {

    private static PropertyGroup group(Map<String, String> config) {
        return PropertyGroup.of("OutputStream0", config);
    }

    @Test
    void defaultsAreTheServiceLimits() {
        AsyncSinkSettings kinesis =
                AsyncSinkSettings.fromProperties(group(Map.of()), ServiceLimits.KINESIS_DATA_STREAMS);
        AsyncSinkSettings firehose = AsyncSinkSettings.fromProperties(group(Map.of()), ServiceLimits.FIREHOSE);

        assertThat(kinesis.maxBatchSize()).isEqualTo(500);
        assertThat(kinesis.maxBatchBytes()).isEqualTo(5L * 1024 * 1024);
        assertThat(kinesis.maxRecordBytes()).isEqualTo(1024L * 1024);
        assertThat(firehose.maxBatchBytes()).isEqualTo(4L * 1024 * 1024);
        assertThat(firehose.maxRecordBytes()).isEqualTo(1000L * 1024);
        assertThat(kinesis.failOnError()).isFalse();
        assertThat(kinesis.maxTimeInBufferMs()).isEqualTo(5000);
    }

    @Test
    void readsEverySetting() {
        AsyncSinkSettings settings = AsyncSinkSettings.fromProperties(
                group(Map.of(
                        "sink.batch.max-size", "100",
                        "sink.flush-buffer.size", "2mb",
                        "sink.record.max-size", "512kb",
                        "sink.flush-buffer.timeout", "250 ms",
                        "sink.requests.max-inflight", "4",
                        "sink.requests.max-buffered", "1000",
                        "sink.fail-on-error", "true")),
                ServiceLimits.KINESIS_DATA_STREAMS);

        assertThat(settings.maxBatchSize()).isEqualTo(100);
        assertThat(settings.maxBatchBytes()).isEqualTo(2L << 20);
        assertThat(settings.maxRecordBytes()).isEqualTo(512L << 10);
        assertThat(settings.maxTimeInBufferMs()).isEqualTo(250);
        assertThat(settings.maxInFlight()).isEqualTo(4);
        assertThat(settings.maxBuffered()).isEqualTo(1000);
        assertThat(settings.failOnError()).isTrue();
    }

    @Test
    void aRecordLimitAboveTheBatchSizeIsRefused() {
        assertRejectsKey(
                () -> AsyncSinkSettings.fromProperties(
                        group(Map.of("sink.flush-buffer.size", "256kb", "sink.record.max-size", "512kb")),
                        ServiceLimits.KINESIS_DATA_STREAMS),
                "sink.record.max-size",
                "must fit in a batch");
    }

    @Test
    void aBufferSmallerThanABatchIsRefused() {
        assertRejectsKey(
                () -> AsyncSinkSettings.fromProperties(
                        group(Map.of("sink.batch.max-size", "500", "sink.requests.max-buffered", "100")),
                        ServiceLimits.FIREHOSE),
                "sink.requests.max-buffered");
    }
}
