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
package io.flinkblocks.testing.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.flinkblocks.testing.ticks.TickJson;

class RandomTicksTest {

    private static final LocalDateTime T0 = LocalDateTime.of(2026, 11, 24, 10, 0, 0);

    @Test
    void ticksFollowTheStepAndRepeatForTheSameSeed() {
        List<RandomTicks.Tick> ticks = RandomTicks.random(7, T0, Duration.ofMillis(40), 600);

        assertThat(ticks).hasSize(600);
        assertThat(ticks.get(0).time()).isEqualTo(T0);
        assertThat(ticks.get(599).time()).isEqualTo(T0.plusNanos(599 * 40_000_000L));
        assertThat(ticks.get(1).millis() - ticks.get(0).millis()).isEqualTo(40);
        assertThat(ticks).extracting(RandomTicks.Tick::ticker).containsOnlyElementsOf(RandomTicks.TICKERS);
        assertThat(ticks).extracting(RandomTicks.Tick::ticker).containsAll(RandomTicks.TICKERS);
        assertThat(ticks)
                .allSatisfy(tick -> assertThat(tick.price()).isBetween(0.0, 99.99))
                .allSatisfy(tick ->
                        assertThat(Math.round(tick.price() * 100) / 100.0).isEqualTo(tick.price()));
        assertThat(json(RandomTicks.random(7, T0, Duration.ofMillis(40), 600))).isEqualTo(json(ticks));
        assertThat(json(RandomTicks.random(8, T0, Duration.ofMillis(40), 600))).isNotEqualTo(json(ticks));
    }

    @Test
    void aTicksPriceIsTheNumberItsRecordCarries() {
        for (RandomTicks.Tick tick : RandomTicks.random(5, T0, Duration.ofMillis(250), 200)) {
            String json = tick.json();
            double written = Double.parseDouble(json.substring(json.lastIndexOf(':') + 1, json.length() - 1));
            assertThat(written).isEqualTo(tick.price());
            assertThat(json).isEqualTo(TickJson.of(tick.time(), tick.ticker(), tick.price()));
        }
    }

    @Test
    void putsEachBadRecordRightAfterItsTick() {
        List<RandomTicks.Tick> ticks = RandomTicks.random(1, T0, Duration.ofSeconds(1), 4);

        List<String> records = RandomTicks.records(ticks, Map.of(0, "bad-0", 2, "bad-2"));

        assertThat(records)
                .containsExactly(
                        ticks.get(0).json(),
                        "bad-0",
                        ticks.get(1).json(),
                        ticks.get(2).json(),
                        "bad-2",
                        ticks.get(3).json());
        records.add("closing tick");
        assertThat(records).hasSize(7);
    }

    @Test
    void refusesABadRecordAfterATickThatIsNotThere() {
        List<RandomTicks.Tick> ticks = RandomTicks.random(1, T0, Duration.ofSeconds(1), 4);

        assertThatThrownBy(() -> RandomTicks.records(ticks, Map.of(4, "bad")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[4]");
    }

    private static List<String> json(List<RandomTicks.Tick> ticks) {
        return ticks.stream().map(RandomTicks.Tick::json).collect(Collectors.toList());
    }
}
