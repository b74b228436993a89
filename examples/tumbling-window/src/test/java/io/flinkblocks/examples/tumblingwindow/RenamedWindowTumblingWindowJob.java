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
package io.flinkblocks.examples.tumblingwindow;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

import org.apache.flink.api.dag.Transformation;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

import io.flinkblocks.operators.identity.OperatorIdentity;
import io.flinkblocks.runtime.JobLauncher;

/**
 * tumbling-window as a later release that renamed its window ("Count ticks per symbol" for "Count ticks
 * per ticker"): the same job, but the window's operators get other uids, so their state in a savepoint of
 * the shipped job has nowhere to go. Packed into a copy of the shaded JAR as its {@code Main-Class} by
 * {@link TumblingWindowUpgradeClusterIT}.
 */
public final class RenamedWindowTumblingWindowJob {

    static final String OLD_UID = OperatorIdentity.uidOf(TumblingWindowJob.WINDOW_NAME);
    static final String NEW_UID = OperatorIdentity.uidOf("Count ticks per symbol");

    private RenamedWindowTumblingWindowJob() {}

    public static void main(String[] args) throws Exception {
        JobLauncher.run("tumbling-window", args, (env, properties) -> {
            TumblingWindowJob.build(env, properties);
            renameWindow(env);
        });
    }

    /** Gives every operator whose uid derives from the window's name the uid the new name gives. */
    static void renameWindow(StreamExecutionEnvironment env) {
        Deque<Transformation<?>> pending = new ArrayDeque<>(env.getTransformations());
        Set<Transformation<?>> seen = new HashSet<>();
        int renamed = 0;
        while (!pending.isEmpty()) {
            Transformation<?> transformation = pending.pop();
            if (!seen.add(transformation)) {
                continue;
            }
            String uid = transformation.getUid();
            if (uid != null && uid.startsWith(OLD_UID)) {
                transformation.setUid(NEW_UID + uid.substring(OLD_UID.length()));
                renamed++;
            }
            pending.addAll(transformation.getInputs());
        }
        if (renamed == 0) {
            throw new IllegalStateException("No operator with a uid starting with " + OLD_UID);
        }
    }
}
