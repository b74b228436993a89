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
package io.flinkblocks.operators.json;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;

import io.flinkblocks.operators.text.IsoTimestamps;

/**
 * Binds a {@code LocalDateTime} by the grammar of {@link IsoTimestamps}, as the flat readers read it: text
 * with {@code Z} or an offset converted to UTC, a space for the {@code T}, a number as epoch milliseconds.
 * Without it Jackson's own would reject a tick the flat readers accept.
 */
final class IsoLocalDateTimeDeserializer extends StdScalarDeserializer<LocalDateTime> {

    private static final long serialVersionUID = 1L;

    IsoLocalDateTimeDeserializer() {
        super(LocalDateTime.class);
    }

    @Override
    public LocalDateTime deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.hasToken(JsonToken.VALUE_STRING)) {
            String text = parser.getText();
            try {
                return IsoTimestamps.localDateTime(text, ZoneOffset.UTC);
            } catch (DateTimeException e) {
                throw context.weirdStringException(text, LocalDateTime.class, e.getMessage());
            }
        }
        if (parser.hasToken(JsonToken.VALUE_NUMBER_INT)) {
            if (parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                throw context.weirdNumberException(
                        parser.getNumberValue(), LocalDateTime.class, "integer out of range");
            }
            long millis = parser.getLongValue();
            try {
                return IsoTimestamps.localDateTimeOfEpochMillis(millis, ZoneOffset.UTC);
            } catch (DateTimeException e) {
                throw context.weirdNumberException(millis, LocalDateTime.class, e.getMessage());
            }
        }
        return (LocalDateTime) context.handleUnexpectedToken(LocalDateTime.class, parser);
    }
}
