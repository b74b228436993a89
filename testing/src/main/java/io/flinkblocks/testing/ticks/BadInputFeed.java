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

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

import org.apache.flink.annotation.PublicEvolving;

/**
 * Good ticks mixed with the records of a {@link BadRecordCorpus}, and the dead letters they are due: a
 * bad record after every {@code badEvery} good ticks, cycling through the corpus, each due one dead
 * letter from the parse operator. A dead letter is compared as {@link #letter reason|operator|payload},
 * so a test reads its dead letters with its own model class and compares them as strings.
 *
 * <pre>{@code
 * BadInputFeed feed = new BadInputFeed(BadRecordCorpus.of(2048), 10, "Parse stock ticks");
 * kinesis.putRecords(input, feed.mix(0, 100, i -> TickJson.bytes(timeOf(i), tickerOf(i), priceOf(i))));
 * feed.expect("LATE", "Count ticks per ticker", BadInputFeed.lateTick("AMZN", "value", 1.0, millis, List.of(start), size));
 * ...
 * assertThat(written).containsExactlyInAnyOrderElementsOf(feed.expectedLetters());
 * }</pre>
 */
@PublicEvolving
public final class BadInputFeed {

    private final List<BadRecord> corpus;
    private final int badEvery;
    private final String parseOperator;
    private final List<String> badReasons = new ArrayList<>();
    private final List<String> expectedLetters = new ArrayList<>();

    /** A feed that puts a record of {@code corpus} after every {@code badEvery} good ticks. */
    public BadInputFeed(List<BadRecord> corpus, int badEvery, String parseOperator) {
        if (corpus.isEmpty() || badEvery < 1) {
            throw new IllegalArgumentException(
                    "A feed needs bad records and badEvery >= 1, got " + corpus.size() + " and " + badEvery);
        }
        this.corpus = List.copyOf(corpus);
        this.badEvery = badEvery;
        this.parseOperator = parseOperator;
    }

    /**
     * Good ticks {@code from} (inclusive) to {@code to} (exclusive), made by {@code goodTick}, with the
     * next bad record of the corpus after each tick {@code i} where {@code i % badEvery == badEvery - 1}.
     */
    public List<byte[]> mix(int from, int to, IntFunction<byte[]> goodTick) {
        List<byte[]> payloads = new ArrayList<>();
        for (int i = from; i < to; i++) {
            payloads.add(goodTick.apply(i));
            if (i % badEvery == badEvery - 1) {
                BadRecord bad = corpus.get(badReasons.size() % corpus.size());
                payloads.add(bad.payload());
                badReasons.add(bad.reason());
                expect(bad.reason(), parseOperator, bad.payload());
            }
        }
        return payloads;
    }

    /** One more dead letter due, beside those of the bad records (a late tick's, for one). */
    public void expect(String reason, String operator, byte[] payload) {
        expectedLetters.add(letter(reason, operator, payload));
    }

    /** The reasons of the bad records mixed in so far, in order. */
    public List<String> badReasons() {
        return Collections.unmodifiableList(badReasons);
    }

    /** The dead letters due so far, each as {@link #letter}. */
    public List<String> expectedLetters() {
        return Collections.unmodifiableList(expectedLetters);
    }

    /** How a dead letter is compared: reason, operator and the payload's bytes (Base64). */
    public static String letter(String reason, String operator, byte[] payload) {
        return reason + "|" + operator + "|" + Base64.getEncoder().encodeToString(payload);
    }

    /**
     * The payload of a late tick's dead letter as the windows write it: the key, the value the tick would
     * have added (under {@code valueField}), its timestamp and event time, and each window it missed
     * (by its start, all of {@code sizeMs}).
     */
    public static byte[] lateTick(
            String ticker, String valueField, double value, long timeMs, List<Long> windowStarts, long sizeMs) {
        StringBuilder json =
                new StringBuilder("{\"ticker\":\"" + ticker + "\",\"" + valueField + "\":" + value + ",\"timestamp\":"
                        + timeMs + ",\"event_time\":\"" + Instant.ofEpochMilli(timeMs) + "\",\"windows\":[");
        for (int i = 0; i < windowStarts.size(); i++) {
            json.append(i == 0 ? "" : ",")
                    .append("{\"window_start\":")
                    .append(windowStarts.get(i))
                    .append(",\"window_end\":")
                    .append(windowStarts.get(i) + sizeMs)
                    .append('}');
        }
        return json.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** How often each reason occurs, sorted by reason: for a test's report line. */
    public static <T> Map<T, Long> histogram(List<T> reasons) {
        return reasons.stream().collect(Collectors.groupingBy(r -> r, TreeMap::new, Collectors.counting()));
    }
}
