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
package io.flinkblocks.operators.model;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

import org.apache.flink.annotation.PublicEvolving;
import org.apache.flink.api.common.typeinfo.TypeInfo;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

import io.flinkblocks.operators.json.JsonParse;
import io.flinkblocks.operators.json.RecordValidator;
import io.flinkblocks.operators.json.flat.FlatJsonReader;
import io.flinkblocks.operators.json.flat.RecordReader;
import io.flinkblocks.operators.values.ValueEquality;

/**
 * The stock tick of the MSF developer guide's examples:
 * {@code {"event_time": "2026-11-24T10:15:30.123", "ticker": "AMZN", "price": 42.17}}.
 *
 * <p>A Flink POJO (public no-argument constructor, getters and setters), so Flink serializes it with its
 * fast POJO serializer instead of Kryo. All three JSON fields are required: a record without one of them
 * is a dead letter, not a tick with a zero price. {@code event_time} is an ISO-8601 local date-time; the
 * guide's generator writes it in UTC. Jackson and the flat readers read it by one grammar
 * ({@code IsoTimestamps}), so a tick is accepted or a dead letter whichever reads it.
 */
@PublicEvolving
public class StockTick {

    @TypeInfo(LocalDateTimeTypeInfoFactory.class)
    private LocalDateTime eventTime;

    private String ticker;
    private double price;

    public StockTick() {}

    @JsonCreator
    public StockTick(
            @JsonProperty(value = "event_time", required = true) LocalDateTime eventTime,
            @JsonProperty(value = "ticker", required = true) String ticker,
            @JsonProperty(value = "price", required = true) double price) {
        this.eventTime = eventTime;
        this.ticker = ticker;
        this.price = price;
    }

    @JsonProperty("event_time")
    public LocalDateTime getEventTime() {
        return eventTime;
    }

    public void setEventTime(LocalDateTime eventTime) {
        this.eventTime = eventTime;
    }

    @JsonProperty("ticker")
    public String getTicker() {
        return ticker;
    }

    public void setTicker(String ticker) {
        this.ticker = ticker;
    }

    @JsonProperty("price")
    public double getPrice() {
        return price;
    }

    public void setPrice(double price) {
        this.price = price;
    }

    /**
     * The checks a tick must pass beyond being well-formed: a non-blank ticker and a finite, non-negative
     * price. Use with {@code JsonParse.of(StockTick.class).validator(StockTick.validator())}.
     */
    public static RecordValidator<StockTick> validator() {
        return tick -> {
            if (tick.getTicker() == null || tick.getTicker().isBlank()) {
                return "ticker is blank";
            }
            if (!Double.isFinite(tick.getPrice()) || tick.getPrice() < 0) {
                return "price " + tick.getPrice() + " is not a finite, non-negative number";
            }
            return null;
        };
    }

    /**
     * A reader of ticks straight from their JSON bytes, faster than Jackson's data binding: use with
     * {@code JsonParse.of(StockTick.class).reader(StockTick.flatReader())}. All three fields are
     * required, as with Jackson, and {@code event_time} is read by the same grammar: ISO-8601, with a
     * {@code Z} or {@code +HH:MM} offset converted to UTC, or epoch milliseconds.
     */
    public static RecordReader<StockTick> flatReader() {
        return jsonFields().build();
    }

    /** The name of the parse operator of {@link #jsonParse()}; its uid {@code parse-stock-ticks} derives from it. */
    public static final String PARSE_NAME = "Parse stock ticks";

    /**
     * The parse of the guide's ticks as its examples run it: the {@link #flatReader()}, the
     * {@link #validator()}, and the operator named {@value #PARSE_NAME} (so its state restores by that
     * uid). Limits and the source stay the caller's:
     * {@code StockTick.jsonParse().withProperties(group).fromBytes(json)}.
     */
    public static JsonParse<StockTick> jsonParse() {
        return JsonParse.of(StockTick.class)
                .reader(flatReader())
                .named(PARSE_NAME)
                .validator(validator());
    }

    /** The tick's JSON fields bound to its setters, for {@link #flatReader()} (and to compare its readers). */
    public static FlatJsonReader.Builder<StockTick> jsonFields() {
        return FlatJsonReader.forType(StockTick::new)
                .localDateTimeField("event_time", StockTick::setEventTime)
                .stringField("ticker", StockTick::setTicker)
                .doubleField("price", StockTick::setPrice)
                .require("event_time", "ticker", "price");
    }

    /** The event time as epoch milliseconds, reading {@code event_time} as UTC like the guide does. */
    public long eventTimeMillisUtc() {
        // without the Instant that toInstant would allocate: this runs for every record in the timestamp assigner
        return eventTime.toEpochSecond(ZoneOffset.UTC) * 1000L + eventTime.getNano() / 1_000_000;
    }

    @Override
    public boolean equals(Object o) {
        return ValueEquality.equal(this, o, StockTick::fields);
    }

    @Override
    public int hashCode() {
        return ValueEquality.hash(fields());
    }

    /** The fields that make the value, for equality and the hash. */
    private Object[] fields() {
        return new Object[] {eventTime, ticker, price};
    }

    @Override
    public String toString() {
        return "StockTick{eventTime=" + eventTime + ", ticker=" + ticker + ", price=" + price + "}";
    }
}
