package io.flinkblocks.windows.aggregate;

import java.io.Serializable;

import org.apache.flink.annotation.PublicEvolving;
import org.apache.flink.api.common.functions.AggregateFunction;
import org.apache.flink.api.common.typeinfo.TypeInformation;

/**
 * An {@link AggregateFunction} with the type information of its accumulator and result, which the window
 * blocks need for state and output. {@code merge} must be implemented: slices and partial accumulators
 * are merged into window results.
 */
@PublicEvolving
public final class Aggregation<V, ACC, R> implements Serializable {

    private static final long serialVersionUID = 1L;

    private final AggregateFunction<V, ACC, R> function;
    private final TypeInformation<ACC> accumulatorType;
    private final TypeInformation<R> resultType;

    public Aggregation(
            AggregateFunction<V, ACC, R> function, TypeInformation<ACC> accumulatorType, TypeInformation<R> resultType) {
        this.function = function;
        this.accumulatorType = accumulatorType;
        this.resultType = resultType;
    }

    public AggregateFunction<V, ACC, R> function() {
        return function;
    }

    public TypeInformation<ACC> accumulatorType() {
        return accumulatorType;
    }

    public TypeInformation<R> resultType() {
        return resultType;
    }
}
