package io.flinkblocks.windows.testutil;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.apache.flink.runtime.testutils.CommonTestUtils;

/** Waits for conditions, with a deadline. */
public final class Await {

    private Await() {}

    /** Returns once {@code condition} holds; fails after {@code timeout}. */
    public static void until(BooleanSupplier condition, Duration timeout, String what) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        CommonTestUtils.waitUntilCondition(() -> {
            if (condition.getAsBoolean()) {
                return true;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + timeout + " waiting for " + what);
            }
            return false;
        }, 10L);
    }

    /** Returns after {@code period} if {@code condition} held throughout; fails as soon as it does not. */
    public static void holdsFor(BooleanSupplier condition, Duration period, String what) throws Exception {
        long deadline = System.nanoTime() + period.toNanos();
        CommonTestUtils.waitUntilCondition(() -> {
            if (!condition.getAsBoolean()) {
                throw new AssertionError("expected to hold for " + period + ": " + what);
            }
            return System.nanoTime() > deadline;
        }, 10L);
    }
}
