package io.flinkblocks.windows.testutil;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.apache.flink.streaming.api.functions.sink.SinkFunction;

/** Collects values into a named, JVM-wide queue, for MiniCluster tests that need a sink with a uid. */
@SuppressWarnings("deprecation")
public final class CollectingSink<T> implements SinkFunction<T> {

    private static final long serialVersionUID = 1L;
    private static final Map<String, Queue<Object>> QUEUES = new ConcurrentHashMap<>();

    private final String name;

    public CollectingSink(String name) {
        this.name = name;
        QUEUES.put(name, new ConcurrentLinkedQueue<>());
    }

    @Override
    public void invoke(T value, Context context) {
        QUEUES.get(name).add(value);
    }

    @SuppressWarnings("unchecked")
    public static <T> List<T> values(String name) {
        return new ArrayList<>((Queue<T>) (Queue<?>) QUEUES.get(name));
    }
}
