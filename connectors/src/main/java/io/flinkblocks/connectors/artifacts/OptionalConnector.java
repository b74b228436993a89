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

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

import org.apache.flink.annotation.Internal;

import io.flinkblocks.runtime.PropertyGroup;

/**
 * The connectors this library builds but does not bring: optional dependencies, so a job's JAR carries
 * only the connectors it uses. A group that selects one whose classes are missing fails while the job
 * graph is built, naming the group, the key and the Maven artifact (with the version the BOM manages)
 * to add, instead of a bare {@code NoClassDefFoundError} at the first class that needs it.
 */
@Internal
public enum OptionalConnector {
    KINESIS(
            "kinesis",
            "org.apache.flink.streaming.connectors.kinesis.FlinkKinesisConsumer",
            "org.apache.flink:flink-connector-kinesis"),
    FIREHOSE(
            "firehose",
            "org.apache.flink.connector.firehose.sink.KinesisFirehoseSink",
            "org.apache.flink:flink-connector-aws-kinesis-firehose"),
    KAFKA("kafka", "org.apache.flink.connector.kafka.source.KafkaSource", "org.apache.flink:flink-connector-kafka"),
    MSK_IAM(
            "MSK IAM authentication",
            "software.amazon.msk.auth.iam.IAMLoginModule",
            "software.amazon.msk:aws-msk-iam-auth");

    private static final String VERSIONS = "connector-versions.properties";

    private final String label;
    private final String probeClass;
    private final String artifact;

    OptionalConnector(String label, String probeClass, String artifact) {
        this.label = label;
        this.probeClass = probeClass;
        this.artifact = artifact;
    }

    /** {@code group:artifact:version} of the dependency that brings this connector. */
    public String coordinates() {
        return artifact + ":" + Versions.MANAGED.getProperty(artifact, "<version from flink-blocks-bom>");
    }

    /** Fails with an error on the group's {@code key} when the connector's classes are missing. */
    public void require(PropertyGroup group, String key) {
        require(group, key, OptionalConnector.class.getClassLoader());
    }

    /**
     * As {@link #require(PropertyGroup, String)} for the connector a group selects with {@code key}
     * ({@code selected}, a constant of {@code SourceConnector} or {@code SinkConnector}) when it is an
     * optional one: the optional connectors bear the names of their constants there.
     */
    public static void requireSelected(Enum<?> selected, PropertyGroup group, String key) {
        for (OptionalConnector optional : values()) {
            if (optional.name().equals(selected.name())) {
                optional.require(group, key);
            }
        }
    }

    void require(PropertyGroup group, String key, ClassLoader classLoader) {
        try {
            Class.forName(probeClass, false, classLoader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw group.error(
                    key,
                    "the " + label + " connector's classes are not on the class path: add the dependency "
                            + coordinates()
                            + " to the job's pom (with flink-blocks-bom or flink-blocks-job-parent, without a"
                            + " version)");
        }
    }

    /** Read once: the versions the build wrote next to this class. */
    private static final class Versions {
        static final Properties MANAGED = load();

        private static Properties load() {
            Properties versions = new Properties();
            try (InputStream input = OptionalConnector.class.getResourceAsStream(VERSIONS)) {
                if (input != null) {
                    versions.load(input);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + VERSIONS, e);
            }
            return versions;
        }
    }
}
