package io.flinkblocks.examples.s3sink;

import java.util.concurrent.atomic.AtomicInteger;

import org.apache.flink.api.common.functions.MapFunction;

/**
 * Passes records through and throws once, when the records seen by all its subtasks together reach
 * the armed count. State is static because MiniCluster tasks run in the test's JVM and the restarted
 * job gets new function instances that must not fail again.
 */
final class FailOnce<T> implements MapFunction<T, T> {

    private static final long serialVersionUID = 1L;
    private static final AtomicInteger SEEN = new AtomicInteger();
    private static final AtomicInteger FAILURES = new AtomicInteger();
    private static volatile int failAt;

    static void arm(int records) {
        SEEN.set(0);
        FAILURES.set(0);
        failAt = records;
    }

    static int failures() {
        return FAILURES.get();
    }

    @Override
    public T map(T value) {
        if (SEEN.incrementAndGet() == failAt) {
            FAILURES.incrementAndGet();
            throw new IllegalStateException("Injected failure after " + failAt + " records");
        }
        return value;
    }
}
