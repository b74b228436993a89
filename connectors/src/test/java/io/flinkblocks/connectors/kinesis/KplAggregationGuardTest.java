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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.apache.flink.api.common.serialization.SimpleStringSchema;
import org.junit.jupiter.api.Test;

class KplAggregationGuardTest {

    private final KplAggregationGuard<String> guard = new KplAggregationGuard<>(new SimpleStringSchema());

    @Test
    void plainRecordsPassThrough() throws IOException {
        assertThat(guard.deserialize("{\"ticker\":\"AMZN\"}".getBytes(StandardCharsets.UTF_8))).isEqualTo("{\"ticker\":\"AMZN\"}");
        assertThat(guard.deserialize(new byte[] {(byte) 0xF3})).isNotNull();
    }

    @Test
    void aggregatedRecordsFailNamingTheSourceThatReadsThem() {
        byte[] aggregated = {(byte) 0xF3, (byte) 0x89, (byte) 0x9A, (byte) 0xC2, 0x0A, 0x01, 0x41};
        assertThatThrownBy(() -> guard.deserialize(aggregated))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("KPL-aggregated")
                .hasMessageContaining("source.implementation=FLINK_KINESIS_CONSUMER");
    }
}
