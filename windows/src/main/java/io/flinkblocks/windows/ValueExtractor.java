package io.flinkblocks.windows;

import java.io.Serializable;

/** Reads the value a window aggregates from a record, e.g. {@code StockTick::getPrice}. */
@FunctionalInterface
public interface ValueExtractor<T, V> extends Serializable {
    V valueOf(T record) throws Exception;
}
