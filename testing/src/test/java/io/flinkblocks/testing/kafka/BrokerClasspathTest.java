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
package io.flinkblocks.testing.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class BrokerClasspathTest {

    @Test
    void theShippedClassPathNamesNoPathOfTheBuildMachineAndHoldsTheBroker() throws IOException {
        try (InputStream input = BrokerClasspath.class.getResourceAsStream(BrokerClasspath.REPOSITORY_RESOURCE)) {
            String shipped = new String(input.readAllBytes(), StandardCharsets.UTF_8).trim();
            for (String entry : shipped.split(File.pathSeparator)) {
                assertThat(entry).startsWith(BrokerClasspath.REPOSITORY_PLACEHOLDER + "/");
            }
            assertThat(BrokerClasspath.rootCoordinates(shipped))
                    .anySatisfy(coordinate -> assertThat(coordinate).startsWith("org.apache.kafka:kafka_2.13:"))
                    .anySatisfy(coordinate -> assertThat(coordinate).startsWith("org.slf4j:slf4j-reload4j:"));
        }
    }
}
