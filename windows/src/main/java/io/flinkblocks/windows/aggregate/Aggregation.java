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
            AggregateFunction<V, ACC, R> function,
            TypeInformation<ACC> accumulatorType,
            TypeInformation<R> resultType) {
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
