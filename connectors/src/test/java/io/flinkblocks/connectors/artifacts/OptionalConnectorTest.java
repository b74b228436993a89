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
package io.flinkblocks.connectors.artifacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.flinkblocks.runtime.PropertyGroup;

class OptionalConnectorTest {

    /** Sees the JDK only: what a job without any connector dependency sees of the connectors. */
    private static final ClassLoader WITHOUT_CONNECTORS = ClassLoader.getPlatformClassLoader();

    private static final PropertyGroup GROUP = PropertyGroup.of("InputStream0", Map.of("connector", "kafka"));

    @ParameterizedTest
    @EnumSource(OptionalConnector.class)
    void aMissingConnectorNamesTheGroupKeyAndArtifactWithItsVersion(OptionalConnector connector) {
        assertThatThrownBy(() -> connector.require(GROUP, "connector", WITHOUT_CONNECTORS))
                .hasMessageContaining("group 'InputStream0'")
                .hasMessageContaining("connector")
                .hasMessageContaining("add the dependency " + connector.coordinates());
    }

    @ParameterizedTest
    @EnumSource(OptionalConnector.class)
    void thePresentConnectorPasses(OptionalConnector connector) {
        assertThatCode(() -> connector.require(GROUP, "connector")).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @EnumSource(OptionalConnector.class)
    void versionsComeFromTheBuild(OptionalConnector connector) {
        assertThat(connector.coordinates()).matches("[a-z.]+:[a-z0-9-]+:[0-9][0-9A-Za-z.-]*");
    }
}
