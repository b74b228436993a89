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

import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.apache.flink.runtime.testutils.CommonTestUtils;

/** Waits for conditions, with a deadline. */
public final class Await {

    private Await() {}

    /** Returns once {@code condition} holds; fails after {@code timeout}. */
    public static void until(BooleanSupplier condition, Duration timeout, String what) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        CommonTestUtils.waitUntilCondition(
                () -> {
                    if (condition.getAsBoolean()) {
                        return true;
                    }
                    if (System.nanoTime() > deadline) {
                        throw new AssertionError("timed out after " + timeout + " waiting for " + what);
                    }
                    return false;
                },
                10L);
    }

    /** Returns after {@code period} if {@code condition} held throughout; fails as soon as it does not. */
    public static void holdsFor(BooleanSupplier condition, Duration period, String what) throws Exception {
        long deadline = System.nanoTime() + period.toNanos();
        CommonTestUtils.waitUntilCondition(
                () -> {
                    if (!condition.getAsBoolean()) {
                        throw new AssertionError("expected to hold for " + period + ": " + what);
                    }
                    return System.nanoTime() > deadline;
                },
                10L);
    }
}
