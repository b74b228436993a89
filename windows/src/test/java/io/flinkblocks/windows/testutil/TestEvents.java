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
