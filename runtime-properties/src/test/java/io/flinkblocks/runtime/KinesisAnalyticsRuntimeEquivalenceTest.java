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

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import com.amazonaws.services.kinesisanalytics.runtime.KinesisAnalyticsRuntime;

/** On the same file, our loader gives exactly what the MSF runtime library gives. */
class KinesisAnalyticsRuntimeEquivalenceTest {

    @Test
    void sameGroupsKeysAndValuesAsTheMsfRuntime() throws IOException {
        Path file = ApplicationPropertiesTest.samples("guide.json");

        Map<String, Properties> expected = KinesisAnalyticsRuntime.getApplicationProperties(file.toString());
        Map<String, Properties> actual = ApplicationProperties.fromFile(file).asMap();

        assertThat(actual).isEqualTo(expected);
        assertThat(actual.get("Scalars"))
                .containsEntry("count", "12")
                .containsEntry("enabled", "true")
                .containsEntry("spaced", "  padded  ");
    }
}
