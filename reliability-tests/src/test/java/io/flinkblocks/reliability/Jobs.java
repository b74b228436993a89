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
package io.flinkblocks.reliability;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

import io.flinkblocks.runtime.ApplicationProperties;
import io.flinkblocks.runtime.PropertyGroup;
import io.flinkblocks.runtime.StreamEnvironmentSettings;
import io.flinkblocks.testing.FlinkEnvironmentGroups;
import io.flinkblocks.testing.flink.StateBackendUnderTest;
import io.flinkblocks.testing.kafka.KafkaGroups;
import io.flinkblocks.testing.kafka.LocalKafkaBroker;

/** Property groups and environments the reliability tests share, as a job's properties file would give them. */
final class Jobs {

    private Jobs() {}

    /** MSF-like settings with fast checkpoints and restarts, at {@code parallelism}, on the heap. */
    static StreamExecutionEnvironment environment(int parallelism) {
        return environment(parallelism, StateBackendUnderTest.HEAP);
    }

    /** MSF-like settings with fast checkpoints and restarts, at {@code parallelism}, on {@code backend}. */
    static StreamExecutionEnvironment environment(int parallelism, StateBackendUnderTest backend) {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        StreamEnvironmentSettings.apply(
                env,
                ApplicationProperties.of(
                        Map.of(FlinkEnvironmentGroups.GROUP, FlinkEnvironmentGroups.failureRun(parallelism))));
        return backend.applyTo(env);
    }

    /** A topic or run name of its own for each backend: {@code name-heap}, {@code name-rocksdb}. */
    static String named(String name, StateBackendUnderTest backend) {
        return name + "-" + backend.name().toLowerCase(Locale.ROOT);
    }

    static PropertyGroup kafkaSource(LocalKafkaBroker broker, String topic, boolean bounded) {
        Map<String, String> group = KafkaGroups.source(KafkaGroups.plaintext(broker), topic, "reliability-" + topic);
        if (bounded) {
            group.put("stopping.offsets", "LATEST");
        }
        return PropertyGroup.of("KafkaSource", group);
    }

    static PropertyGroup kafkaSink(LocalKafkaBroker broker, String topic, String guarantee) {
        return PropertyGroup.of(
                "KafkaSink",
                guarantee.equals("EXACTLY_ONCE")
                        ? KafkaGroups.exactlyOnceSink(
                                KafkaGroups.plaintext(broker), topic, "reliability-" + topic, 60_000)
                        : KafkaGroups.sink(KafkaGroups.plaintext(broker), topic, guarantee));
    }

    /** How many times each line occurs more than once: the duplicates. */
    static Map<String, Long> duplicates(List<String> lines) {
        return lines.stream()
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()))
                .entrySet()
                .stream()
                .filter(e -> e.getValue() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue() - 1));
    }
}
