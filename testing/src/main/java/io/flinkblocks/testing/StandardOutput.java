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

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.apache.flink.annotation.PublicEvolving;

/**
 * Captures what a job prints on standard output, for tests of jobs whose sink is {@code print}: Flink's
 * print sink takes {@code System.out} when it opens, so the capture must start before the job runs.
 */
@PublicEvolving
public final class StandardOutput {

    /** Work that may throw, such as {@code env.execute(...)}. */
    @FunctionalInterface
    public interface Action {
        void run() throws Exception;
    }

    private StandardOutput() {}

    /** Runs {@code action} with standard output redirected, and returns what it printed. */
    public static synchronized String capture(Action action) throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setOut(original);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }
}
