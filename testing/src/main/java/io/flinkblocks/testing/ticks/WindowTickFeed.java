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

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;

import org.apache.flink.annotation.PublicEvolving;

/**
 * The input of a window job's bad-input test, in the order a test puts it: the first half of the
 * {@link WindowTestTicks} with a bad record of a {@link BadRecordCorpus} after every {@code badEvery}
 * good ticks ({@link BadInputFeed}); once the windows of the late ticks fired, the late ticks, the second
 * half and the ticks that close every window ({@link #afterFirstHalf}). The dead letters all of it is due
 * are those of {@link #feed()}.
 *
 * <pre>{@code
 * WindowTickFeed ticks = new WindowTickFeed(200, 10, 2048)
 *         .late("Count ticks per ticker", k -> 1.0 + k, (ticker, time, price) -> lateLetter(ticker, time))
 *         .closing(5);
 * kinesis.putRecords(input, ticks.firstHalf());
 * // ... await the results of the windows before the first late tick
 * kinesis.putRecords(input, ticks.afterFirstHalf());
 * }</pre>
 */
@PublicEvolving
public final class WindowTickFeed {

    /** The name of the window jobs' parse operator, which writes the dead letters of the bad records. */
    public static final String PARSE_OPERATOR = "Parse stock ticks";

    private final int goodTicks;
    private final BadInputFeed feed;
    private final List<byte[]> firstHalf;
    private final List<byte[]> secondHalf;
    private List<byte[]> late = List.of();
    private List<byte[]> closing = List.of();

    /**
     * {@code goodTicks} ticks with a record of {@code BadRecordCorpus.of(maxPayloadBytes)} after every
     * {@code badEvery}, each due a dead letter of {@link #PARSE_OPERATOR}.
     */
    public WindowTickFeed(int goodTicks, int badEvery, int maxPayloadBytes) {
        this.goodTicks = goodTicks;
        this.feed = new BadInputFeed(BadRecordCorpus.of(maxPayloadBytes), badEvery, PARSE_OPERATOR);
        this.firstHalf = feed.mix(0, goodTicks / 2, WindowTestTicks::tick);
        this.secondHalf = feed.mix(goodTicks / 2, goodTicks, WindowTestTicks::tick);
    }

    /**
     * Adds the three late ticks of {@link WindowTestTicks#late}, tick {@code k} at
     * {@code price.applyAsDouble(k)}, each due a {@code LATE} dead letter of {@code windowOperator} with
     * the payload {@code payload} gives.
     */
    public WindowTickFeed late(String windowOperator, IntToDoubleFunction price, WindowTestTicks.LatePayload payload) {
        this.late = WindowTestTicks.late(feed, windowOperator, price, payload);
        return this;
    }

    /** Adds {@code count} ticks an hour later ({@link WindowTestTicks#closing}), last of all. */
    public WindowTickFeed closing(int count) {
        this.closing = WindowTestTicks.closing(count);
        return this;
    }

    /** The good ticks before the late ones, with their bad records. */
    public List<byte[]> firstHalf() {
        return firstHalf;
    }

    /** The late ticks, then the second half of the good ticks with their bad records, then the closing ticks. */
    public List<byte[]> afterFirstHalf() {
        List<byte[]> records = new ArrayList<>(late);
        records.addAll(secondHalf);
        records.addAll(closing);
        return records;
    }

    /** How many good ticks there are. */
    public int goodTicks() {
        return goodTicks;
    }

    /** How many late ticks there are. */
    public int lateTicks() {
        return late.size();
    }

    /** The bad records mixed in and the dead letters due. */
    public BadInputFeed feed() {
        return feed;
    }
}
