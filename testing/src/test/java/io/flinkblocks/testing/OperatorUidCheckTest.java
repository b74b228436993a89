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
package io.flinkblocks.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.PrintSink;
import org.junit.jupiter.api.Test;

class OperatorUidCheckTest {

    @Test
    void namesEveryOperatorWithoutUid() {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        DataStream<String> source = env.fromData("a", "b").uid("source").name("Source");
        source.map(String::toUpperCase)
                .returns(Types.STRING)
                .name("Upper case")
                .filter(s -> !s.isEmpty())
                .name("Non-empty")
                .uid("non-empty")
                .sinkTo(new PrintSink<>())
                .name("Print");

        assertThat(OperatorUidCheck.operatorsWithoutUid(env)).containsExactly("Print: Writer", "Upper case");
        assertThatThrownBy(() -> OperatorUidCheck.assertEveryOperatorHasUid(env))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("2 operator(s) without an explicit uid")
                .hasMessageContaining("Upper case");
    }

    @Test
    void passesWhenEveryOperatorHasAUidOrAUidHash() throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.fromData("a", "b")
                .uid("source")
                .name("Source")
                .map(String::toUpperCase)
                .returns(Types.STRING)
                .setUidHash("2e588ce1c86a9d46e2e85186773ce4fd")
                .keyBy(s -> s)
                .reduce((a, b) -> a + b)
                .uid("concat")
                .sinkTo(new PrintSink<>())
                .uid("print");

        OperatorUidCheck.assertEveryOperatorHasUid(env);
        // The check leaves the graph in place: the job can still run.
        env.execute("still runnable");
    }
}
