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
package io.flinkblocks.examples.customtruststore;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.security.KeyStore;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import io.flinkblocks.runtime.Preflight;
import io.flinkblocks.testing.ShippedPropertiesFiles;

/** Every properties file this example ships passes `--validate`: the job can be started with each. */
class PropertiesPreflightTest {

    /**
     * The local properties name a truststore packaged in the JAR, which the repository does not carry
     * (a user puts their own there, see the README): an empty one with the files' password stands in.
     */
    @BeforeAll
    static void packageATruststore() throws Exception {
        KeyStore truststore = KeyStore.getInstance("JKS");
        truststore.load(null, null);
        try (OutputStream out =
                Files.newOutputStream(Paths.get("target", "test-classes", CustomTruststoreJob.TRUSTSTORE_RESOURCE))) {
            truststore.store(out, "changeit".toCharArray());
        }
    }

    @TestFactory
    Stream<DynamicTest> everyShippedPropertiesFilePassesThePreflight() {
        return ShippedPropertiesFiles.eachAsTest(file -> Preflight.requirePassed(file, CustomTruststoreJob::build));
    }
}
