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
package io.flinkblocks.operators.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.flinkblocks.testing.OperatorUidCheck;

class OperatorIdentityTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Parse stock ticks|parse-stock-ticks",
                "  Count per ticker (10 s)  |count-per-ticker-10-s",
                "Kinesis -> S3|kinesis-s3",
                "ÄMZN min/max|mzn-min-max",
                "already-a-uid|already-a-uid"
            })
    void derivesAUidFromTheName(String name, String uid) {
        assertThat(OperatorIdentity.uidOf(name)).isEqualTo(uid);
        assertThat(OperatorIdentity.of(name).name()).isEqualTo(name.trim());
    }

    @Test
    void rejectsNamesWithoutLettersOrDigits() {
        assertThatThrownBy(() -> OperatorIdentity.of(" -> "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no letter or digit");
    }

    @Test
    void setsUidAndNameOnOperatorsAndSinks() {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        SingleOutputStreamOperator<Long> source =
                OperatorIdentity.apply(env.fromSequence(1, 3).map(x -> x + 1), "Add one");
        assertThat(source.getTransformation().getUid()).isEqualTo("add-one");
        assertThat(source.getName()).isEqualTo("Add one");
        OperatorIdentity.apply(source.print(), "Print results");
        // the sequence source itself has no uid: the check must name it and only it
        assertThat(OperatorUidCheck.operatorsWithoutUid(env)).containsExactly("Source: Sequence Source");
    }

    @Test
    void suffixedIdentityDerivesFromTheSameName() {
        OperatorIdentity late = OperatorIdentity.of("Count ticks").suffixed("late records");
        assertThat(late.uid()).isEqualTo("count-ticks-late-records");
        assertThat(late.name()).isEqualTo("Count ticks (late records)");
    }
}
