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
package io.flinkblocks.operators.watermarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.flink.api.common.eventtime.TimestampAssigner;
import org.apache.flink.api.common.eventtime.TimestampAssignerSupplier;
import org.apache.flink.api.common.eventtime.Watermark;
import org.apache.flink.api.common.eventtime.WatermarkGenerator;
import org.apache.flink.api.common.eventtime.WatermarkGeneratorSupplier;
import org.apache.flink.api.common.eventtime.WatermarkOutput;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.metrics.MetricGroup;
import org.apache.flink.metrics.groups.UnregisteredMetricsGroup;
import org.apache.flink.util.clock.RelativeClock;
import org.apache.flink.util.clock.SystemClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.flinkblocks.operators.model.StockTick;
import io.flinkblocks.runtime.InvalidPropertiesException;
import io.flinkblocks.runtime.PropertyGroup;

class WatermarkStrategiesTest {

    /** A POJO with every kind of timestamp field. */
    public static class Event {
        public String text;
        public long millis;
        public Long nullable;

        public Event() {}

        Event(String text, long millis, Long nullable) {
            this.text = text;
            this.millis = millis;
            this.nullable = nullable;
        }
    }

    private static final class Context
            implements TimestampAssignerSupplier.Context, WatermarkGeneratorSupplier.Context {
        @Override
        public MetricGroup getMetricGroup() {
            return new UnregisteredMetricsGroup();
        }

        @Override
        public RelativeClock getInputActivityClock() {
            return SystemClock.getInstance();
        }
    }

    private static final class Output implements WatermarkOutput {
        final List<Long> watermarks = new ArrayList<>();
        boolean idle;

        @Override
        public void emitWatermark(Watermark watermark) {
            watermarks.add(watermark.getTimestamp());
        }

        @Override
        public void markIdle() {
            idle = true;
        }

        @Override
        public void markActive() {
            idle = false;
        }
    }

    private static PropertyGroup group(String... keyValues) {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put(keyValues[i], keyValues[i + 1]);
        }
        return PropertyGroup.of("Watermarks", map);
    }

    private static <T> long timestamp(WatermarkStrategy<T> strategy, T record, long recordTimestamp) {
        TimestampAssigner<T> assigner = strategy.createTimestampAssigner(new Context());
        return assigner.extractTimestamp(record, recordTimestamp);
    }

    @Test
    void readsTheGuidesEventTimeAsUtcByDefault() {
        WatermarkStrategy<StockTick> strategy =
                WatermarkStrategies.fromProperties(group("watermark.timestamp.field", "event_time"), StockTick.class);
        StockTick tick = new StockTick(LocalDateTime.of(1970, 1, 1, 0, 0, 2, 500_000_000), "AMZN", 1);
        assertThat(timestamp(strategy, tick, -1)).isEqualTo(2500L);
    }

    @Test
    void readsLocalDateTimesInTheConfiguredZone() {
        WatermarkStrategy<StockTick> strategy = WatermarkStrategies.fromProperties(
                group("watermark.timestamp.field", "eventTime", "watermark.timestamp.zone", "+01:00"), StockTick.class);
        StockTick tick = new StockTick(LocalDateTime.of(1970, 1, 1, 1, 0, 0), "AMZN", 1);
        assertThat(timestamp(strategy, tick, -1)).isEqualTo(0L);
    }

    @ParameterizedTest
    @CsvSource({
        "auto, 2026-11-24T10:15:30.123Z, 1795515330123",
        "auto, 2026-11-24T11:15:30.123+01:00, 1795515330123",
        "auto, 2026-11-24T10:15:30.123, 1795515330123",
        "auto, 1795515330123, 1795515330123",
        "iso-offset-date-time, 2026-11-24T10:15:30.123Z, 1795515330123",
        "iso-local-date-time, 2026-11-24T10:15:30.123, 1795515330123",
        "epoch-millis, 1795515330123, 1795515330123"
    })
    void readsTextTimestamps(String format, String text, long expected) {
        WatermarkStrategy<Event> strategy = WatermarkStrategies.fromProperties(
                group("watermark.timestamp.field", "text", "watermark.timestamp.format", format), Event.class);
        assertThat(timestamp(strategy, new Event(text, 0, null), -1)).isEqualTo(expected);
    }

    @Test
    void readsEpochMillisFields() {
        WatermarkStrategy<Event> strategy =
                WatermarkStrategies.fromProperties(group("watermark.timestamp.field", "millis"), Event.class);
        assertThat(timestamp(strategy, new Event(null, 42L, null), -1)).isEqualTo(42L);
    }

    @Test
    void keepsTheSourceTimestampWhenTheFieldIsMissingOrUnreadable() {
        WatermarkStrategy<Event> strategy =
                WatermarkStrategies.fromProperties(group("watermark.timestamp.field", "nullable"), Event.class);
        assertThat(timestamp(strategy, new Event(null, 0, null), 77L)).isEqualTo(77L);
        WatermarkStrategy<Event> text = WatermarkStrategies.fromProperties(
                group("watermark.timestamp.field", "text", "watermark.timestamp.format", "iso-offset-date-time"),
                Event.class);
        assertThat(timestamp(text, new Event("2026-11-24T10:15:30", 0, null), 78L))
                .isEqualTo(78L);
    }

    @Test
    void keepsTheSourceTimestampWithoutAField() {
        WatermarkStrategy<Event> strategy = WatermarkStrategies.fromProperties(group(), Event.class);
        assertThat(timestamp(strategy, new Event(), 99L)).isEqualTo(99L);
    }

    @Test
    void boundsOutOfOrderness() {
        WatermarkStrategy<Event> strategy = WatermarkStrategies.fromProperties(
                group("watermark.timestamp.field", "millis", "watermark.max-out-of-orderness", "5s"), Event.class);
        WatermarkGenerator<Event> generator = strategy.createWatermarkGenerator(new Context());
        Output output = new Output();
        generator.onEvent(new Event(null, 10_000, null), 10_000, output);
        generator.onEvent(new Event(null, 8_000, null), 8_000, output);
        generator.onPeriodicEmit(output);
        assertThat(output.watermarks).containsExactly(10_000L - 5_000L - 1L);
    }

    @Test
    void defaultsToThirtySecondsOutOfOrderness() {
        WatermarkGenerator<Event> generator =
                WatermarkStrategies.fromProperties(group(), Event.class).createWatermarkGenerator(new Context());
        Output output = new Output();
        generator.onEvent(new Event(), 100_000, output);
        generator.onPeriodicEmit(output);
        assertThat(output.watermarks).containsExactly(100_000L - 30_000L - 1L);
    }

    @Test
    void monotonousEmitsTheMaximumMinusOne() {
        WatermarkGenerator<Event> generator = WatermarkStrategies.fromProperties(
                        group("watermark.type", "monotonous"), Event.class)
                .createWatermarkGenerator(new Context());
        Output output = new Output();
        generator.onEvent(new Event(), 1648030887171L, output);
        generator.onPeriodicEmit(output);
        // the guide's experiment: every printed watermark is the last arrival time minus 1 ms
        assertThat(output.watermarks).containsExactly(1648030887170L);
    }

    @Test
    void ingestionTimeStampsRecordsWithTheClock() {
        WatermarkStrategy<Event> strategy = WatermarkStrategies.fromProperties(
                group("watermark.type", "ingestion", "watermark.timestamp.field", "millis"), Event.class);
        long before = System.currentTimeMillis();
        long ts = timestamp(strategy, new Event(null, 5, null), -1);
        assertThat(ts).isBetween(before, System.currentTimeMillis());
    }

    @Test
    void idlenessWrapsTheGenerator() {
        WatermarkGenerator<Event> plain =
                WatermarkStrategies.fromProperties(group(), Event.class).createWatermarkGenerator(new Context());
        WatermarkGenerator<Event> idle = WatermarkStrategies.fromProperties(
                        group("watermark.idleness", "15s"), Event.class)
                .createWatermarkGenerator(new Context());
        assertThat(plain.getClass().getSimpleName()).isEqualTo("BoundedOutOfOrdernessWatermarks");
        assertThat(idle.getClass().getSimpleName()).isEqualTo("WatermarksWithIdleness");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "watermark.type|sorted|BOUNDED, MONOTONOUS, INGESTION",
                "watermark.max-out-of-orderness|soon|watermark.max-out-of-orderness",
                "watermark.idleness|-5s|watermark.idleness",
                "watermark.timestamp.field|when|no readable field 'when'",
                "watermark.timestamp.format|rfc822|ISO_LOCAL_DATE_TIME",
                "watermark.timestamp.zone|Mars/Olympus|zone id"
            })
    void explainsBadProperties(String key, String value, String message) {
        PropertyGroup group = key.startsWith("watermark.timestamp.") && !key.endsWith("field")
                ? group("watermark.timestamp.field", "text", key, value)
                : group(key, value);
        assertThatThrownBy(() -> WatermarkStrategies.fromProperties(group, Event.class))
                .isInstanceOf(InvalidPropertiesException.class)
                .hasMessageContaining(key)
                .hasMessageContaining(message);
    }

    @Test
    void zoneIsUsedForLocalTextToo() {
        assertThat(EventTimes.toEpochMillis("1970-01-01T02:00:00", TimestampFormat.AUTO, ZoneId.of("+02:00")))
                .isEqualTo(0L);
    }
}
