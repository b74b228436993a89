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
package io.flinkblocks.operators.values;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Objects;

import org.junit.jupiter.api.Test;

class ValueEqualityTest {

    static class Point {
        final String name;
        final double x;

        Point(String name, double x) {
            this.name = name;
            this.x = x;
        }

        @Override
        public boolean equals(Object o) {
            return ValueEquality.equal(this, o, Point::fields);
        }

        @Override
        public int hashCode() {
            return ValueEquality.hash(fields());
        }

        private Object[] fields() {
            return new Object[] {name, x};
        }
    }

    static class LabelledPoint extends Point {
        LabelledPoint(String name, double x) {
            super(name, x);
        }
    }

    @Test
    void valuesWithTheSameFieldsAreEqualAndHashAlike() {
        assertThat(new Point("a", 1.5)).isEqualTo(new Point("a", 1.5));
        assertThat(new Point(null, 1.5)).isEqualTo(new Point(null, 1.5));
        assertThat(new Point("a", 1.5).hashCode()).isEqualTo(Objects.hash("a", 1.5));
    }

    @Test
    void anyDifferentFieldMakesADifferentValue() {
        assertThat(new Point("a", 1.5)).isNotEqualTo(new Point("b", 1.5));
        assertThat(new Point("a", 1.5)).isNotEqualTo(new Point("a", 2.5));
        assertThat(new Point("a", 1.5)).isNotEqualTo(new Point(null, 1.5));
    }

    @Test
    void comparesDoublesAsDoubleCompareDoes() {
        assertThat(new Point("a", Double.NaN)).isEqualTo(new Point("a", Double.NaN));
        assertThat(new Point("a", 0.0)).isNotEqualTo(new Point("a", -0.0));
    }

    @Test
    void neverEqualsNullAnotherTypeOrASubclass() {
        Point point = new Point("a", 1.5);
        assertThat(point.equals(null)).isFalse();
        assertThat(point.equals("a")).isFalse();
        assertThat(point).isNotEqualTo(new LabelledPoint("a", 1.5));
        assertThat(new LabelledPoint("a", 1.5)).isNotEqualTo(point);
        assertThat(point).isEqualTo(point);
    }
}
