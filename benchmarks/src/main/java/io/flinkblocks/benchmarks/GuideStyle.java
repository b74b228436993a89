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
package io.flinkblocks.benchmarks;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.api.java.tuple.Tuple3;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The guide's way of reading a stock tick, as its examples write it (a {@code String} from
 * {@code SimpleStringSchema}, an {@code ObjectMapper} tree parse, fields copied into a {@code Tuple}),
 * and as fast as that way allows: one shared mapper, {@code asText} rather than {@code toString}.
 */
public final class GuideStyle {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private GuideStyle() {}

    /** The sliding example's map: {@code (ticker, price)}. */
    public static Tuple2<String, Double> tickerAndPrice(String json) throws Exception {
        JsonNode node = MAPPER.readValue(json, JsonNode.class);
        return new Tuple2<>(node.get("ticker").asText(), node.get("price").asDouble());
    }

    /** The tumbling example's map, with the event time the event-time window needs: {@code (ticker, 1, millis)}. */
    public static Tuple3<String, Integer, Long> tickerOneAndTime(String json) throws Exception {
        JsonNode node = MAPPER.readValue(json, JsonNode.class);
        long millis = LocalDateTime.parse(node.get("event_time").asText())
                .toInstant(ZoneOffset.UTC)
                .toEpochMilli();
        return new Tuple3<>(node.get("ticker").asText(), 1, millis);
    }

    /** The sliding example's map with the event time: {@code (ticker, price, millis)}. */
    public static Tuple3<String, Double, Long> tickerPriceAndTime(String json) throws Exception {
        JsonNode node = MAPPER.readValue(json, JsonNode.class);
        long millis = LocalDateTime.parse(node.get("event_time").asText())
                .toInstant(ZoneOffset.UTC)
                .toEpochMilli();
        return new Tuple3<>(node.get("ticker").asText(), node.get("price").asDouble(), millis);
    }
}
