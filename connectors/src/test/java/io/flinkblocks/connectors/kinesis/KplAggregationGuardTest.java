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
