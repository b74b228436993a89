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
package io.flinkblocks.runtime;

import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;

/**
 * The pipeline the test jobs define once they have read their properties: a few numbers, passed on as
 * they are and discarded, every operator with a uid and a name, so that a job that gets this far builds.
 */
final class DiscardedNumbers {

    private DiscardedNumbers() {}

    static void define(StreamExecutionEnvironment env) {
        env.fromSequence(1, 2)
                .uid("numbers")
                .name("Numbers")
                .map(n -> n, Types.LONG)
                .uid("same")
                .name("Same")
                .sinkTo(new DiscardingSink<>())
                .uid("discard")
                .name("Discard");
    }
}
