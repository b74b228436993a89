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

import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.apache.flink.annotation.PublicEvolving;
import org.apache.flink.api.common.eventtime.SerializableTimestampAssigner;
import org.apache.flink.api.common.eventtime.TimestampAssignerSupplier;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;

import io.flinkblocks.runtime.PropertyGroup;
import io.flinkblocks.runtime.PropertyOption;
import io.flinkblocks.runtime.PropertyOptions;

/**
 * Watermark strategies from a property group.
 *
 * <table>
 * <caption>Keys</caption>
 * <tr><td>{@code watermark.type}</td><td>{@code bounded} (default), {@code monotonous} or {@code ingestion}</td></tr>
 * <tr><td>{@code watermark.max-out-of-orderness}</td><td>bounded only; default 30s</td></tr>
 * <tr><td>{@code watermark.idleness}</td><td>after this long without records a split no longer holds
 *     back event time; default: never (0)</td></tr>
 * <tr><td>{@code watermark.timestamp.field}</td><td>the field with the event time (JSON or Java name);
 *     absent: keep the source's timestamp (Kinesis: the approximate arrival time)</td></tr>
 * <tr><td>{@code watermark.timestamp.format}</td><td>{@code auto} (default), {@code iso-local-date-time},
 *     {@code iso-offset-date-time}, {@code epoch-millis}</td></tr>
 * <tr><td>{@code watermark.timestamp.zone}</td><td>zone of local date-times; default UTC</td></tr>
 * </table>
 *
 * <p>Apply the strategy in the source ({@code env.fromSource(source, strategy, name)}) so idleness is
 * tracked per split. Idleness only stops an idle split from holding others back; it does not move event
 * time when no split has data, so the last window of a quiet stream closes only when later data arrives.
 */
@PublicEvolving
public final class WatermarkStrategies {

    public static final Duration DEFAULT_MAX_OUT_OF_ORDERNESS = Duration.ofSeconds(30);

    /** The kinds of watermark generation. */
    public enum Type {
        BOUNDED,
        MONOTONOUS,
        INGESTION
    }

    public static final PropertyOption<Type> TYPE_OPTION = PropertyOption.key("watermark.type")
            .enumType(Type.class)
            .defaultValue(Type.BOUNDED)
            .description("how event time advances");
    public static final PropertyOption<Duration> MAX_OUT_OF_ORDERNESS_OPTION = PropertyOption.key(
                    "watermark.max-out-of-orderness")
            .durationType()
            .defaultValue(DEFAULT_MAX_OUT_OF_ORDERNESS)
            .description("bound for `BOUNDED`");
    public static final PropertyOption<Duration> IDLENESS_OPTION = PropertyOption.key("watermark.idleness")
            .durationType()
            .defaultValue(Duration.ZERO)
            .description(
                    "after this long without records a split stops holding back event time (the guide's idle shards); `0`: never");
    public static final PropertyOption<String> TIMESTAMP_FIELD_OPTION = PropertyOption.key("watermark.timestamp.field")
            .stringType()
            .noDefaultValue("none: keep the source timestamp (Kinesis: arrival time)")
            .description("JSON or Java name of the event-time field, e.g. `event_time`");
    public static final PropertyOption<TimestampFormat> TIMESTAMP_FORMAT_OPTION = PropertyOption.key(
                    "watermark.timestamp.format")
            .enumType(TimestampFormat.class)
            .defaultValue(TimestampFormat.AUTO)
            .description("how the field's value is read");
    public static final PropertyOption<String> TIMESTAMP_ZONE_OPTION = PropertyOption.key("watermark.timestamp.zone")
            .stringType()
            .defaultValue("UTC")
            .description("zone id for local date-times such as the guide's `event_time`");

    /** Every option {@link #fromProperties} reads, in the order of the README's table. */
    public static final List<PropertyOption<?>> OPTIONS = List.of(
            TYPE_OPTION,
            MAX_OUT_OF_ORDERNESS_OPTION,
            IDLENESS_OPTION,
            TIMESTAMP_FIELD_OPTION,
            TIMESTAMP_FORMAT_OPTION,
            TIMESTAMP_ZONE_OPTION);

    public static final String TYPE = TYPE_OPTION.key();
    public static final String MAX_OUT_OF_ORDERNESS = MAX_OUT_OF_ORDERNESS_OPTION.key();
    public static final String IDLENESS = IDLENESS_OPTION.key();
    public static final String TIMESTAMP_FIELD = TIMESTAMP_FIELD_OPTION.key();
    public static final String TIMESTAMP_FORMAT = TIMESTAMP_FORMAT_OPTION.key();
    public static final String TIMESTAMP_ZONE = TIMESTAMP_ZONE_OPTION.key();
    public static final List<String> KEYS = PropertyOptions.keys(OPTIONS);

    private WatermarkStrategies() {}

    /**
     * A strategy for records of {@code type}, reading the event time from {@code watermark.timestamp.field}
     * when set.
     */
    public static <T> WatermarkStrategy<T> fromProperties(PropertyGroup group, Class<T> type) {
        Optional<String> field = group.optional(TIMESTAMP_FIELD);
        TimestampAssignerSupplier<T> assigner = null;
        if (field.isPresent()) {
            TimestampFormat format = format(group);
            ZoneId zone = zone(group);
            try {
                assigner = new FieldTimestampAssigner<>(type, field.get().trim(), format, zone);
            } catch (IllegalArgumentException e) {
                throw group.error(TIMESTAMP_FIELD, e.getMessage());
            }
        }
        return build(group, assigner);
    }

    /** A strategy whose event time comes from {@code assigner}; the {@code timestamp.*} keys are not used. */
    public static <T> WatermarkStrategy<T> fromProperties(
            PropertyGroup group, SerializableTimestampAssigner<T> assigner) {
        return build(group, TimestampAssignerSupplier.of(assigner));
    }

    private static <T> WatermarkStrategy<T> build(PropertyGroup group, TimestampAssignerSupplier<T> assigner) {
        Type type = type(group);
        WatermarkStrategy<T> strategy;
        switch (type) {
            case MONOTONOUS:
                strategy = WatermarkStrategy.forMonotonousTimestamps();
                break;
            case INGESTION:
                // Processing time at this point is ascending per subtask, so no out-of-orderness bound.
                strategy = WatermarkStrategy.<T>forMonotonousTimestamps()
                        .withTimestampAssigner((record, ts) -> System.currentTimeMillis());
                assigner = null;
                break;
            case BOUNDED:
            default:
                strategy = WatermarkStrategy.forBoundedOutOfOrderness(group.get(MAX_OUT_OF_ORDERNESS_OPTION));
                break;
        }
        if (assigner != null) {
            strategy = strategy.withTimestampAssigner(assigner);
        }
        Duration idleness = group.get(IDLENESS_OPTION);
        if (!idleness.isZero()) {
            strategy = strategy.withIdleness(idleness);
        }
        return strategy;
    }

    private static Type type(PropertyGroup group) {
        return group.get(TYPE_OPTION);
    }

    private static TimestampFormat format(PropertyGroup group) {
        return group.get(TIMESTAMP_FORMAT_OPTION);
    }

    private static ZoneId zone(PropertyGroup group) {
        Optional<String> value = group.optional(TIMESTAMP_ZONE);
        if (value.isEmpty()) {
            return ZoneOffset.UTC;
        }
        try {
            return ZoneId.of(value.get().trim());
        } catch (DateTimeException e) {
            throw group.invalidValue(TIMESTAMP_ZONE, "a zone id such as UTC, Europe/Berlin or +01:00");
        }
    }
}
