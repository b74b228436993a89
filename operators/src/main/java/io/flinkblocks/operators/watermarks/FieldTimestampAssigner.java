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

import java.time.ZoneId;
import java.util.Objects;

import org.apache.flink.annotation.PublicEvolving;
import org.apache.flink.api.common.eventtime.TimestampAssigner;
import org.apache.flink.api.common.eventtime.TimestampAssignerSupplier;
import org.apache.flink.metrics.Counter;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;

import io.flinkblocks.operators.json.JsonMappers;
import io.flinkblocks.operators.metrics.KinesisAnalyticsMetrics;

/**
 * Takes the event time from a field of a POJO, found by its JSON name ({@code event_time}) or its Java
 * property name ({@code eventTime}). A record whose field is null or unreadable keeps the timestamp it
 * already has (the source's, e.g. the Kinesis arrival time) and increments
 * {@code KinesisAnalytics.invalidTimestampRecords}: an assigner cannot drop records, and failing the job
 * on one bad timestamp would restart it forever.
 */
@PublicEvolving
public final class FieldTimestampAssigner<T> implements TimestampAssignerSupplier<T> {

    private static final long serialVersionUID = 1L;

    public static final String INVALID_TIMESTAMP_COUNTER = "invalidTimestampRecords";

    private final Class<T> type;
    private final String field;
    private final TimestampFormat format;
    private final String zone;

    public FieldTimestampAssigner(Class<T> type, String field, TimestampFormat format, ZoneId zone) {
        this.type = Objects.requireNonNull(type, "type");
        this.field = Objects.requireNonNull(field, "field");
        this.format = Objects.requireNonNull(format, "format");
        this.zone = zone.getId();
        accessor(); // fail while the job graph is built, not when the first record arrives
    }

    @Override
    public TimestampAssigner<T> createTimestampAssigner(Context context) {
        AnnotatedMember member = accessor();
        ZoneId zoneId = ZoneId.of(zone);
        Counter invalid = KinesisAnalyticsMetrics.counter(context.getMetricGroup(), INVALID_TIMESTAMP_COUNTER);
        return (record, recordTimestamp) -> {
            try {
                return EventTimes.toEpochMillis(member.getValue(record), format, zoneId);
            } catch (RuntimeException e) {
                invalid.inc();
                return recordTimestamp;
            }
        };
    }

    /** The member that reads the field; throws {@link IllegalArgumentException} when there is none. */
    AnnotatedMember accessor() {
        ObjectMapper mapper = JsonMappers.newMapper();
        BeanDescription description = mapper.getSerializationConfig().introspect(mapper.constructType(type));
        StringBuilder known = new StringBuilder();
        for (BeanPropertyDefinition property : description.findProperties()) {
            if (property.getName().equals(field) || property.getInternalName().equals(field)) {
                AnnotatedMember member = property.getAccessor();
                if (member != null) {
                    member.fixAccess(true);
                    return member;
                }
            }
            known.append(known.length() == 0 ? "" : ", ").append(property.getName());
        }
        throw new IllegalArgumentException(
                type.getSimpleName() + " has no readable field '" + field + "'; fields: " + known);
    }
}
