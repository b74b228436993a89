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
package io.flinkblocks.windows.testutil;

import java.util.SplittableRandom;

import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.tuple.Tuple3;

/**
 * Deterministic random events (key, timestamp, value): time advances {@code step} ms per event with a
 * jitter below {@code disorder}; a fraction of events is pushed back by up to {@code lateBy} ms, far
 * enough to be late for some windows. Values are small integers, so sums are exact in any order.
 */
public final class TestEvents {

    public static final TypeInformation<Tuple3<String, Long, Double>> TYPE =
            Types.TUPLE(Types.STRING, Types.LONG, Types.DOUBLE);

    private static final String[] KEYS = {"AMZN", "MSFT", "AAPL", "INTC", "TBV", "NVDA", "ORCL"};

    private TestEvents() {}

    /** The {@code index}-th event of the stream seeded with {@code seed}. */
    public static Tuple3<String, Long, Double> event(
            long seed, long index, long step, long disorder, double lateFraction, long lateBy) {
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + index);
        long timestamp = 1_000_000L + index * step + random.nextLong(disorder);
        if (random.nextDouble() < lateFraction) {
            timestamp -= random.nextLong(lateBy);
        }
        String key = KEYS[random.nextInt(KEYS.length)];
        return Tuple3.of(key, timestamp, (double) random.nextInt(1000));
    }
}
