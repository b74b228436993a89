package io.flinkblocks.connectors.kafka;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.flink.api.common.functions.MapFunction;

/**
 * Passes records through and fails the job once, at the n-th record of the first attempt, so that a
 * test sees what a restart does to the output. State is static: MiniCluster tasks share the test's JVM.
 */
final class FailOnceAfter implements MapFunction<String, String> {

    private static final long serialVersionUID = 1L;
    private static final AtomicInteger SEEN = new AtomicInteger();
    private static final AtomicBoolean FAILED = new AtomicBoolean();

    private final int failAt;

    FailOnceAfter(int failAt) {
        this.failAt = failAt;
    }

    static void reset() {
        SEEN.set(0);
        FAILED.set(false);
    }

    static boolean failed() {
        return FAILED.get();
    }

    @Override
    public String map(String value) {
        if (!FAILED.get() && SEEN.incrementAndGet() == failAt && FAILED.compareAndSet(false, true)) {
            throw new IllegalStateException("Injected failure after " + failAt + " records");
        }
        return value;
    }
}
