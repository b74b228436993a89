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

import java.util.List;

import io.flinkblocks.testing.process.RepositoryClasspath;

/**
 * The class path of the Kafka broker's JVM. Maven resolved it when this module was built and wrote it
 * relative to the local repository, so the published JAR names no path of the machine that built it:
 * the jars are looked up in the local repository of whoever runs the tests ({@code -Dmaven.repo.local}
 * as the build passes it on, then {@code ~/.m2/repository}). Where they are missing (a project that uses
 * the published test kit and never resolved the broker), they are resolved once with Maven; if that
 * is not possible the error names the command to run. The
 * system property {@value #OVERRIDE_PROPERTY} overrides all of it. The lookup is
 * {@link RepositoryClasspath}'s, shared with the standalone Flink cluster.
 */
final class BrokerClasspath {

    static final String OVERRIDE_PROPERTY = "flinkblocks.kafka.broker.classpath";
    static final String REPOSITORY_RESOURCE = "/io/flinkblocks/testing/kafka/broker-repository.classpath";
    static final String REPOSITORY_PLACEHOLDER = RepositoryClasspath.PLACEHOLDER;

    /** The artifacts whose dependencies make up the class path: the broker and its logging backend. */
    private static final RepositoryClasspath CLASSPATH = new RepositoryClasspath(
            "the Kafka broker",
            REPOSITORY_RESOURCE,
            OVERRIDE_PROPERTY,
            List.of("org.apache.kafka:kafka_2.13", "org.slf4j:slf4j-reload4j"));

    private BrokerClasspath() {}

    static String resolve() {
        return CLASSPATH.resolve();
    }

    /** group:artifact:version of the broker and its logging backend, read from the class path itself. */
    static List<String> rootCoordinates(String relative) {
        return CLASSPATH.rootCoordinates(relative);
    }
}
