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
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.flink.annotation.PublicEvolving;
import org.apache.flink.api.common.eventtime.SerializableTimestampAssigner;
import org.apache.flink.api.common.eventtime.TimestampAssignerSupplier;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;

import io.flinkblocks.runtime.PropertyGroup;

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

    public static final String TYPE = "watermark.type";
    public static final String MAX_OUT_OF_ORDERNESS = "watermark.max-out-of-orderness";
    public static final String IDLENESS = "watermark.idleness";
    public static final String TIMESTAMP_FIELD = "watermark.timestamp.field";
    public static final String TIMESTAMP_FORMAT = "watermark.timestamp.format";
    public static final String TIMESTAMP_ZONE = "watermark.timestamp.zone";
    public static final List<String> KEYS =
            Arrays.asList(TYPE, MAX_OUT_OF_ORDERNESS, IDLENESS, TIMESTAMP_FIELD, TIMESTAMP_FORMAT, TIMESTAMP_ZONE);

    public static final Duration DEFAULT_MAX_OUT_OF_ORDERNESS = Duration.ofSeconds(30);

    /** The kinds of watermark generation. */
    public enum Type {
        BOUNDED,
        MONOTONOUS,
        INGESTION
    }

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
                Duration bound = group.getDuration(MAX_OUT_OF_ORDERNESS, DEFAULT_MAX_OUT_OF_ORDERNESS);
                if (bound.isNegative()) {
                    throw group.invalidValue(MAX_OUT_OF_ORDERNESS, "a duration of 0 or more");
                }
                strategy = WatermarkStrategy.forBoundedOutOfOrderness(bound);
                break;
        }
        if (assigner != null) {
            strategy = strategy.withTimestampAssigner(assigner);
        }
        Duration idleness = group.getDuration(IDLENESS, Duration.ZERO);
        if (idleness.isNegative()) {
            throw group.invalidValue(IDLENESS, "a duration of 0 (never idle) or more");
        }
        if (!idleness.isZero()) {
            strategy = strategy.withIdleness(idleness);
        }
        return strategy;
    }

    private static Type type(PropertyGroup group) {
        String value = group.get(TYPE, "bounded").trim().toUpperCase(Locale.ROOT);
        try {
            return Type.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw group.invalidValue(TYPE, "one of bounded, monotonous, ingestion");
        }
    }

    private static TimestampFormat format(PropertyGroup group) {
        String value = group.get(TIMESTAMP_FORMAT, "auto").trim().toUpperCase(Locale.ROOT).replace('-', '_');
        try {
            return TimestampFormat.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw group.invalidValue(
                    TIMESTAMP_FORMAT, "one of auto, iso-local-date-time, iso-offset-date-time, epoch-millis");
        }
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
