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
package io.flinkblocks.testing.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.flinkblocks.testing.process.RepositoryClasspath;

/** The class paths this JAR ships: the cluster's is a Flink lib/ and nothing of the Kafka broker, and the other way round. */
class ClusterClasspathTest {

    private static final RepositoryClasspath BROKER = new RepositoryClasspath(
            "the Kafka broker",
            "/io/flinkblocks/testing/kafka/broker-repository.classpath",
            "unused",
            List.of("org.apache.kafka:kafka_2.13"));

    private static List<String> entries(RepositoryClasspath classpath) {
        String template =
                classpath.template().orElseThrow(() -> new AssertionError("No resource " + classpath.resource()));
        return Arrays.asList(template.split(File.pathSeparator));
    }

    @Test
    void theClusterClassPathIsAFlinkLibRelativeToTheLocalRepository() {
        List<String> entries = entries(ClusterClasspath.CLUSTER);

        assertThat(entries).allSatisfy(entry -> assertThat(entry).startsWith("LOCAL_REPOSITORY/"));
        String template = String.join(File.pathSeparator, entries);
        assertThat(ClusterClasspath.CLUSTER.rootCoordinates(template)).hasSameSizeAs(ClusterClasspath.CLUSTER_ROOTS);
        assertThat(entries)
                .anySatisfy(entry -> assertThat(entry).contains("/flink-runtime-1.20"))
                .anySatisfy(entry -> assertThat(entry).contains("/flink-rpc-akka-loader-"))
                .anySatisfy(entry -> assertThat(entry).contains("/frocksdbjni-"))
                .anySatisfy(entry -> assertThat(entry).contains("/flink-shaded-netty-"))
                .anySatisfy(entry -> assertThat(entry).contains("/log4j-api-"));
        assertThat(entries)
                .noneSatisfy(entry -> assertThat(entry)
                        .containsAnyOf(
                                "org/apache/kafka/",
                                "org/scala-lang/",
                                "com/fasterxml/jackson/",
                                "ch/qos/reload4j/",
                                "slf4j-reload4j",
                                "software/amazon/",
                                "org/junit/",
                                "flink-s3-fs-hadoop",
                                "org/apache/zookeeper/"));
    }

    @Test
    void everyFlinkModuleOfTheClusterHasTheSameVersion() {
        List<String> versions = entries(ClusterClasspath.CLUSTER).stream()
                .filter(entry -> entry.startsWith("LOCAL_REPOSITORY/org/apache/flink/flink-")
                        && !entry.contains("/flink-shaded-"))
                .map(entry -> entry.split("/"))
                .map(segments -> segments[segments.length - 2])
                .distinct()
                .collect(Collectors.toList());
        assertThat(versions).hasSize(1);
    }

    @Test
    void theS3PluginIsOneJar() {
        assertThat(entries(ClusterClasspath.S3_PLUGIN))
                .singleElement()
                .satisfies(
                        entry -> assertThat(entry).startsWith("LOCAL_REPOSITORY/org/apache/flink/flink-s3-fs-hadoop/"));
    }

    @Test
    void theKafkaBrokersClassPathHoldsNothingOfTheCluster() {
        assertThat(entries(BROKER))
                .noneSatisfy(entry -> assertThat(entry)
                        .containsAnyOf(
                                "org/apache/flink/", "com/ververica/", "com/ibm/icu/", "org/apache/logging/log4j/"));
    }

    @Test
    void neitherClassPathHoldsTestLibraries() {
        for (RepositoryClasspath classpath : List.of(ClusterClasspath.CLUSTER, BROKER)) {
            assertThat(entries(classpath))
                    .as(classpath.resource())
                    .noneSatisfy(entry -> assertThat(entry)
                            .containsAnyOf(
                                    "-tests.jar",
                                    "/flink-test-utils",
                                    "/org/testcontainers/",
                                    "/junit/junit/",
                                    "/org/junit/"));
        }
    }
}
