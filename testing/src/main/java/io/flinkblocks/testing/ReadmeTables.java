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

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.function.BiFunction;

import org.apache.flink.annotation.PublicEvolving;
import org.opentest4j.AssertionFailedError;

/**
 * The check that a table generated from declarations (a module's options) stands as generated in the
 * module's {@code README.md}, for the README test of every module. It first writes the generated table
 * to {@code target/options-NAME.md}, so whoever changed the declarations can paste it.
 *
 * <p>Where the table stands in a README is the rule of the module that renders it, so the check takes
 * that rule as {@code tableIn} (for the option tables, {@code PropertyOptions::tableIn}): the test kit
 * depends on no library module.
 *
 * <pre>{@code
 * ReadmeTables.assertTableMatches("window", PropertyOptions.markdownTable(WindowBlock.OPTIONS), PropertyOptions::tableIn);
 * }</pre>
 */
@PublicEvolving
public final class ReadmeTables {

    private ReadmeTables() {}

    /**
     * Asserts that {@code tableIn(readme, name)} of this module's README is {@code expected}; the failure
     * shows both, and names the README's markers and the file that holds the table to paste.
     */
    public static void assertTableMatches(String name, String expected, BiFunction<String, String, String> tableIn) {
        assertTableMatches(Paths.get("README.md"), Paths.get("target"), name, expected, tableIn);
    }

    static void assertTableMatches(
            Path readme, Path target, String name, String expected, BiFunction<String, String, String> tableIn) {
        Path out = target.resolve("options-" + name + ".md");
        String actual;
        try {
            Files.createDirectories(target);
            Files.write(out, expected.getBytes(StandardCharsets.UTF_8));
            actual = tableIn.apply(new String(Files.readAllBytes(readme), StandardCharsets.UTF_8), name);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot compare the table " + name + " of " + readme.toAbsolutePath(), e);
        }
        if (!expected.equals(actual)) {
            throw new AssertionFailedError(
                    readme.getFileName() + " between <!-- options: " + name + " --> markers is not the declared table;"
                            + " " + out + " holds the table to paste",
                    expected,
                    actual);
        }
    }
}
