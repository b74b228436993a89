package io.flinkblocks.windows;

import java.io.Serializable;

import org.apache.flink.annotation.PublicEvolving;

/** Reads the value a window aggregates from a record, e.g. {@code StockTick::getPrice}. */
@PublicEvolving
@FunctionalInterface
public interface ValueExtractor<T, V> extends Serializable {
    V valueOf(T record) throws Exception;
}
