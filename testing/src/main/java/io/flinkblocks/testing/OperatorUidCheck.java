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

import java.util.List;
import java.util.stream.Collectors;

import org.apache.flink.annotation.PublicEvolving;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.graph.StreamGraph;
import org.apache.flink.streaming.api.graph.StreamNode;

/**
 * Checks that every operator of a job graph has an explicit uid. Without one, Flink derives an id
 * from the graph's shape, so any change to the job makes the state of a snapshot unrestorable: MSF
 * restores from a snapshot on every update and scaling, so a job must set a uid on every operator.
 *
 * <pre>{@code
 * MyJob.build(env, properties);              // defines the graph, does not execute it
 * OperatorUidCheck.assertEveryOperatorHasUid(env);
 * }</pre>
 */
@PublicEvolving
public final class OperatorUidCheck {

    private OperatorUidCheck() {}

    /** The names of the operators that have neither a uid nor a uid hash; empty when all have one. */
    public static List<String> operatorsWithoutUid(StreamExecutionEnvironment env) {
        // false: keep the transformations so the environment can still be executed afterwards.
        StreamGraph graph = env.getStreamGraph(false);
        return graph.getStreamNodes().stream()
                .filter(node -> isBlank(node.getTransformationUID()) && isBlank(node.getUserHash()))
                .map(StreamNode::getOperatorName)
                .sorted()
                .collect(Collectors.toList());
    }

    /** Throws an {@link AssertionError} naming every operator that lacks an explicit uid. */
    public static void assertEveryOperatorHasUid(StreamExecutionEnvironment env) {
        List<String> missing = operatorsWithoutUid(env);
        if (!missing.isEmpty()) {
            throw new AssertionError(
                    missing.size() + " operator(s) without an explicit uid (set one with .uid(...)): " + missing);
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
