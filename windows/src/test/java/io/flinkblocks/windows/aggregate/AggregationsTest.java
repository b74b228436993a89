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

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.flink.api.common.functions.AggregateFunction;
import org.junit.jupiter.api.Test;

class AggregationsTest {

    private static <ACC, R> R aggregate(Aggregation<Double, ACC, R> aggregation, double... values) {
        AggregateFunction<Double, ACC, R> f = aggregation.function();
        // split in two halves and merge, as slices are merged into windows
        ACC left = f.createAccumulator();
        ACC right = f.createAccumulator();
        for (int i = 0; i < values.length; i++) {
            if (i < values.length / 2) {
                left = f.add(values[i], left);
            } else {
                right = f.add(values[i], right);
            }
        }
        return f.getResult(f.merge(left, right));
    }

    @Test
    void aggregatesAcrossMergedAccumulators() {
        double[] values = {4, -2, 10, 7, 1};
        assertThat(aggregate(Aggregations.count(), values)).isEqualTo(5L);
        assertThat(aggregate(Aggregations.sum(), values)).isEqualTo(20.0);
        assertThat(aggregate(Aggregations.min(), values)).isEqualTo(-2.0);
        assertThat(aggregate(Aggregations.max(), values)).isEqualTo(10.0);
        assertThat(aggregate(Aggregations.average(), values)).isEqualTo(4.0);
    }

    @Test
    void mergingWithAnEmptyAccumulatorChangesNothing() {
        assertThat(aggregate(Aggregations.min(), 3.5)).isEqualTo(3.5);
        assertThat(aggregate(Aggregations.max(), -3.5)).isEqualTo(-3.5);
        assertThat(aggregate(Aggregations.average(), 3.0)).isEqualTo(3.0);
        assertThat(Aggregations.average()
                        .function()
                        .getResult(Aggregations.average().function().createAccumulator()))
                .isNaN();
    }
}
