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

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

import io.flinkblocks.runtime.ApplicationProperties;
import io.flinkblocks.runtime.InvalidPropertiesException;
import io.flinkblocks.runtime.JobLauncher;

/**
 * A misspelled key in each kind of group the examples have fails the start, naming the group, the key
 * and the key meant: defined as {@code JobLauncher} defines the job before it runs it.
 */
class MisspelledKeysTest {

    private static Map<String, Map<String, String>> devProperties() {
        return ApplicationProperties.fromDevResource(TumblingWindowJob.class).toGroupMaps();
    }

    /** The dev properties with {@code key=value} added to {@code group}. */
    private static Map<String, Map<String, String>> devPropertiesWithKey(String group, String key, String value) {
        Map<String, Map<String, String>> groups = devProperties();
        groups.get(group).put(key, value);
        return groups;
    }

    /** The dev properties with {@code group} holding {@code values}, in place of what it held. */
    private static Map<String, Map<String, String>> devPropertiesWithGroup(String group, Map<String, String> values) {
        Map<String, Map<String, String>> groups = devProperties();
        groups.put(group, new LinkedHashMap<>(values));
        return groups;
    }

    /** Defining the job as {@code JobLauncher} does before it runs it fails on the properties. */
    private static AbstractThrowableAssert<?, ? extends Throwable> assertDefinitionFails(
            Map<String, Map<String, String>> groups) {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        return assertThatThrownBy(
                        () -> JobLauncher.define(env, ApplicationProperties.of(groups), TumblingWindowJob::build))
                .isInstanceOf(InvalidPropertiesException.class);
    }

    private static void assertStartFails(
            Map<String, Map<String, String>> groups, String group, String key, String meant) {
        assertDefinitionFails(groups)
                .hasMessageContaining("group '" + group + "', key '" + key + "'")
                .hasMessageContaining("did you mean '" + meant + "'?");
    }

    @Test
    void windowSizeMisspelledFailsInsteadOfKeepingTheDefault() {
        Map<String, Map<String, String>> groups = devPropertiesWithKey("Window", "window.sizee", "1 min");
        groups.get("Window").remove("window.size");

        assertStartFails(groups, "Window", "window.sizee", "window.size");
    }

    @Test
    void kinesisSourceKeyMisspelled() {
        Map<String, Map<String, String>> groups = devPropertiesWithGroup(
                "InputStream0",
                Map.of(
                        "connector",
                        "kinesis",
                        "stream.name",
                        "ExampleInputStream",
                        "aws.region",
                        "us-east-1",
                        "flink.stream.recorderpublisher",
                        "POLLING"));

        assertStartFails(groups, "InputStream0", "flink.stream.recorderpublisher", "flink.stream.recordpublisher");
    }

    @Test
    void kafkaSourceKeyMisspelled() {
        Map<String, Map<String, String>> groups = devPropertiesWithGroup(
                "InputStream0",
                Map.of(
                        "connector",
                        "kafka",
                        "bootstrap.servers",
                        "127.0.0.1:9092",
                        "topic",
                        "ticks",
                        "group.id",
                        "tumbling-window",
                        "auto.offset.rest",
                        "earliest"));

        assertStartFails(groups, "InputStream0", "auto.offset.rest", "auto.offset.reset");
    }

    @Test
    void outputKeyMisspelled() {
        assertStartFails(devPropertiesWithKey("OutputStream0", "stdrr", "true"), "OutputStream0", "stdrr", "stderr");
    }

    @Test
    void deadLetterKeyMisspelled() {
        Map<String, Map<String, String>> groups =
                devPropertiesWithGroup("DeadLetters", Map.of("connector", "print", "stderr", "true", "prefx", "dead"));

        assertStartFails(groups, "DeadLetters", "prefx", "prefix");
    }

    @Test
    void environmentKeyMisspelled() {
        assertStartFails(
                devPropertiesWithKey("FlinkEnvironment", "checkpoint.intervall", "5s"),
                "FlinkEnvironment",
                "checkpoint.intervall",
                "checkpoint.interval");
    }

    @Test
    void misspelledGroupFailsWithTheGroupMeant() {
        Map<String, Map<String, String>> groups = devPropertiesWithGroup("DeadLeters", Map.of("connector", "print"));

        assertDefinitionFails(groups)
                .hasMessageContaining("group 'DeadLeters'")
                .hasMessageContaining("did you mean 'DeadLetters'?");
    }
}
