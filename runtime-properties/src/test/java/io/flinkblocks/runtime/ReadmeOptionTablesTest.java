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

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.flinkblocks.testing.ReadmeTables;

/** The key tables of this module's README are the declared options, as {@link PropertyOptions} renders them. */
class ReadmeOptionTablesTest {

    @Test
    void environmentSettingsTableMatchesTheDeclarations() {
        ReadmeTables.assertTableMatches(
                StreamEnvironmentSettings.DEFAULT_GROUP,
                PropertyOptions.markdownTable(StreamEnvironmentSettings.OPTIONS),
                PropertyOptions::tableIn);
    }

    @Test
    void declaredOptionsReadTypeDefaultAndRange() {
        PropertyOption<Integer> rate = PropertyOption.key("rate")
                .intType()
                .range(1, 10)
                .defaultValue(5)
                .description("records per second");
        PropertyOption<Duration> every = PropertyOption.key("every")
                .durationType()
                .positive()
                .noDefaultValue("required")
                .description("");
        PropertyGroup group = PropertyGroup.of("In", Map.of("every", "2 min"));

        assertThat(group.get(rate)).isEqualTo(5);
        assertThat(group.get(every)).isEqualTo(Duration.ofMinutes(2));
        assertThat(PropertyOptions.markdownTable(List.of(rate, every)))
                .isEqualTo("| key | values | default | description |\n|---|---|---|---|\n"
                        + "| `rate` | integer, 1..10 | `5` | records per second |\n"
                        + "| `every` | duration, > 0 | required |  |\n");
    }
}
