package io.flinkblocks.connectors.print;

import java.util.List;

import org.apache.flink.annotation.PublicEvolving;
import org.apache.flink.streaming.api.functions.sink.PrintSink;

import io.flinkblocks.runtime.PropertyGroup;

/**
 * A sink that prints each record on the task manager's standard output, the embedded default of the
 * examples. Keys: {@code prefix} (default: none), {@code stderr} (default false).
 */
@PublicEvolving
public final class PrintSinks {

    static final List<String> KEYS = List.of("connector", "prefix", "stderr");

    private PrintSinks() {}

    public static <T> PrintSink<T> fromProperties(PropertyGroup group) {
        group.checkKnownKeys(KEYS, false);
        boolean stderr = group.getBoolean("stderr", false);
        return group.optional("prefix").map(prefix -> new PrintSink<T>(prefix, stderr)).orElseGet(() -> new PrintSink<>(stderr));
    }
}
