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
package io.flinkblocks.testing.ticks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SavepointTicksTest {

    @Test
    void onePerTickerIsAMillisecondApartAtItsPrice() {
        assertThat(SavepointTicks.onePerTicker(6, k -> 20.0 - k))
                .containsExactly(
                        "{\"event_time\": \"2026-11-24T10:00:06\", \"ticker\": \"AAPL\", \"price\": 20.00}",
                        "{\"event_time\": \"2026-11-24T10:00:06.001\", \"ticker\": \"AMZN\", \"price\": 19.00}",
                        "{\"event_time\": \"2026-11-24T10:00:06.002\", \"ticker\": \"MSFT\", \"price\": 18.00}",
                        "{\"event_time\": \"2026-11-24T10:00:06.003\", \"ticker\": \"INTC\", \"price\": 17.00}",
                        "{\"event_time\": \"2026-11-24T10:00:06.004\", \"ticker\": \"TBV\", \"price\": 16.00}");
    }

    @Test
    void perTickerGivesTickerKItsCountTenMillisecondsAfterTheOneBefore() {
        List<String> ticks = SavepointTicks.perTicker(10, k -> k);

        assertThat(ticks)
                .hasSize(0 + 1 + 2 + 3 + 4)
                .startsWith(
                        "{\"event_time\": \"2026-11-24T10:00:10.010\", \"ticker\": \"AMZN\", \"price\": 1.00}",
                        "{\"event_time\": \"2026-11-24T10:00:10.020\", \"ticker\": \"MSFT\", \"price\": 1.00}",
                        "{\"event_time\": \"2026-11-24T10:00:10.021\", \"ticker\": \"MSFT\", \"price\": 1.00}")
                .endsWith("{\"event_time\": \"2026-11-24T10:00:10.043\", \"ticker\": \"TBV\", \"price\": 1.00}");
    }

    @Test
    void endsTicksWithARecordThatIsNotATickOrWithATickAnHourLater() {
        List<String> ticks = List.of("a", "b");

        assertThat(SavepointTicks.thenNotATick(ticks)).containsExactly("a", "b", "not a tick");
        assertThat(SavepointTicks.thenClosing(ticks))
                .containsExactly(
                        "a", "b", "{\"event_time\": \"2026-11-24T11:00\", \"ticker\": \"AAPL\", \"price\": 1.00}");
        assertThat(ticks).as("the ticks given").containsExactly("a", "b");
    }
}
