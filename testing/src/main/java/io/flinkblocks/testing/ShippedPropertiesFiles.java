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

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.flink.annotation.PublicEvolving;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.function.ThrowingConsumer;

/**
 * The application properties files a job module ships to be run with, for tests that check each of
 * them (the {@code --validate} preflight, for one): the dev resource in the JAR and the file for the
 * local stand-ins, {@value #LOCAL_FILE}, at the module's root or in its {@code local} folder. Templates
 * for a deployment, whose values hold placeholders such as {@code <username>}, are not among them.
 */
@PublicEvolving
public final class ShippedPropertiesFiles {

    /** The classpath resource a job reads in a local run, as it sits in the sources. */
    public static final String DEV_RESOURCE = "src/main/resources/flink-application-properties-dev.json";
    /** The properties for the local stand-ins of the AWS services. */
    public static final String LOCAL_FILE = "flink-application-properties-local.json";

    private ShippedPropertiesFiles() {}

    /** The files of the module at {@code module} (a test's working directory is its module). */
    public static List<Path> of(Path module) {
        List<Path> files = new ArrayList<>();
        for (Path file : List.of(
                module.resolve(DEV_RESOURCE),
                module.resolve(LOCAL_FILE),
                module.resolve("local").resolve(LOCAL_FILE))) {
            if (Files.isRegularFile(file)) {
                files.add(file);
            }
        }
        return files;
    }

    /**
     * One test per file of the module under test (the working directory), named after the file:
     *
     * <pre>{@code
     * @TestFactory
     * Stream<DynamicTest> everyShippedPropertiesFilePassesThePreflight() {
     *     return ShippedPropertiesFiles.eachAsTest(file -> Preflight.requirePassed(file, Job::build));
     * }
     * }</pre>
     *
     * @throws IllegalStateException if the module ships no properties file: a check of none would pass
     */
    public static Stream<DynamicTest> eachAsTest(ThrowingConsumer<Path> test) {
        return eachAsTest(Paths.get(""), test);
    }

    static Stream<DynamicTest> eachAsTest(Path module, ThrowingConsumer<Path> test) {
        List<Path> files = of(module);
        if (files.isEmpty()) {
            throw new IllegalStateException("No properties file in " + module.toAbsolutePath() + ": neither "
                    + DEV_RESOURCE + " nor " + LOCAL_FILE);
        }
        return DynamicTest.stream(files.stream(), Path::toString, test);
    }
}
