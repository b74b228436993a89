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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.flinkblocks.testing.LogCapture;

class UnknownKeysTest {

    @RegisterExtension
    final LogCapture logs = new LogCapture();

    private static final String SECRET = "PlantedUnknownKeySecret-7Hq2";

    /** A job that reads two keys of group In, declares a pass-through prefix, and defines the pipeline. */
    private static void job(StreamExecutionEnvironment env, ApplicationProperties properties) {
        PropertyGroup in = properties.group("In");
        in.getInt("rate", 1);
        in.get("name", "x");
        in.checkKnownKeys(java.util.List.of("client.id"), false, "client.");
        DiscardedNumbers.define(env);
    }

    private static ApplicationProperties properties(Map<String, Map<String, String>> groups) {
        return ApplicationProperties.of(groups);
    }

    private static Map<String, Map<String, String>> groups(Map<String, String> in) {
        Map<String, Map<String, String>> groups = new LinkedHashMap<>();
        groups.put("In", new HashMap<>(in));
        return groups;
    }

    @Test
    void aKeyNothingReadFailsTheStartWithTheKeyMeant() {
        ApplicationProperties properties = properties(groups(Map.of("rate", "5", "nmae", "ticks")));

        assertThatThrownBy(() -> JobLauncher.define(
                        StreamExecutionEnvironment.getExecutionEnvironment(), properties, UnknownKeysTest::job))
                .isInstanceOf(InvalidPropertiesException.class)
                .hasMessageContaining(
                        "group 'In', key 'nmae': unknown key, nothing in the job reads it; did you mean 'name'?")
                .hasMessageContaining("unknown.keys=WARN in group FlinkEnvironment");
    }

    @Test
    void declaredPassThroughKeysAndPrefixesCountAsRead() {
        ApplicationProperties properties =
                properties(groups(Map.of("rate", "5", "client.id", "a", "client.rack", "b")));

        JobLauncher.define(StreamExecutionEnvironment.getExecutionEnvironment(), properties, UnknownKeysTest::job);
    }

    @Test
    void aGroupNothingAskedForFailsWithTheGroupMeant() {
        Map<String, Map<String, String>> groups = groups(Map.of("rate", "5"));
        groups.put("Inn", Map.of("rate", "6"));

        assertThatThrownBy(() -> JobLauncher.define(
                        StreamExecutionEnvironment.getExecutionEnvironment(), properties(groups), UnknownKeysTest::job))
                .isInstanceOf(InvalidPropertiesException.class)
                .hasMessageContaining("group 'Inn': no block of this job reads this group; did you mean 'In'?");
    }

    @Test
    void everyUnknownKeyIsNamedAtOnceAndNoValueIsShown() {
        Map<String, Map<String, String>> groups = groups(Map.of("rate", "5", "nmae", "ticks", "api.secret", SECRET));

        assertThatThrownBy(() -> JobLauncher.define(
                        StreamExecutionEnvironment.getExecutionEnvironment(), properties(groups), UnknownKeysTest::job))
                .isInstanceOf(InvalidPropertiesException.class)
                .hasMessageContaining("2 keys or groups that nothing in the job reads")
                .hasMessageContaining("key 'nmae'")
                .hasMessageContaining("key 'api.secret'")
                .satisfies(
                        e -> assertThat(e.getMessage()).doesNotContain(SECRET).doesNotContain("ticks"));
    }

    @Test
    void warnInFlinkEnvironmentTurnsTheFailureIntoAWarning() {
        Map<String, Map<String, String>> groups = groups(Map.of("rate", "5", "nmae", "ticks"));
        groups.put(StreamEnvironmentSettings.DEFAULT_GROUP, Map.of(UnknownKeys.KEY, "WARN"));

        JobLauncher.define(
                StreamExecutionEnvironment.getExecutionEnvironment(), properties(groups), UnknownKeysTest::job);

        assertThat(logs.lines())
                .filteredOn(l -> l.startsWith("WARN"))
                .anySatisfy(
                        l -> assertThat(l).contains("group 'In', key 'nmae'").contains("did you mean 'name'?"));
    }

    @Test
    void aGroupsOwnPolicyWinsOverTheJobWideOne() {
        Map<String, Map<String, String>> groups = groups(Map.of("rate", "5", "nmae", "ticks", UnknownKeys.KEY, "FAIL"));
        groups.put(StreamEnvironmentSettings.DEFAULT_GROUP, Map.of(UnknownKeys.KEY, "WARN"));

        assertThatThrownBy(() -> JobLauncher.define(
                        StreamExecutionEnvironment.getExecutionEnvironment(), properties(groups), UnknownKeysTest::job))
                .hasMessageContaining("key 'nmae'");
    }

    @Test
    void theEnvironmentSettingsAreAppliedBeforeTheJobIsBuilt() {
        Map<String, Map<String, String>> groups = groups(Map.of("rate", "5"));
        groups.put(StreamEnvironmentSettings.DEFAULT_GROUP, Map.of("checkpoint.interval", "7s"));
        long[] seenByBuild = new long[1];

        JobLauncher.define(StreamExecutionEnvironment.getExecutionEnvironment(), properties(groups), (env, props) -> {
            seenByBuild[0] = env.getCheckpointConfig().getCheckpointInterval();
            job(env, props);
        });

        assertThat(Duration.ofMillis(seenByBuild[0])).isEqualTo(Duration.ofSeconds(7));
    }
}
