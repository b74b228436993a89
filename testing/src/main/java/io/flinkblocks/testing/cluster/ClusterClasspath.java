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

import java.io.File;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import io.flinkblocks.testing.process.RepositoryClasspath;

/**
 * The jars of the standalone cluster, resolved by Maven when this module was built
 * ({@code testing/pom.xml}, executions {@code flink-cluster-repository-classpath} and
 * {@code flink-s3-plugin-repository-classpath}) and looked up in the local repository by
 * {@link RepositoryClasspath}: the class path of the JobManager and TaskManagers, and the s3 file
 * system plugin.
 */
final class ClusterClasspath {

    static final String CLUSTER_RESOURCE = "/io/flinkblocks/testing/cluster/cluster-repository.classpath";
    static final String S3_PLUGIN_RESOURCE = "/io/flinkblocks/testing/cluster/s3-fs-hadoop-repository.classpath";
    static final String CLUSTER_OVERRIDE_PROPERTY = "flinkblocks.flink.cluster.classpath";
    static final String S3_PLUGIN_OVERRIDE_PROPERTY = "flinkblocks.flink.s3.plugin.jar";

    /**
     * What a Flink 1.20 binary distribution's lib/ holds: the modules flink-dist bundles and the jars
     * beside it. Each is a root: resolving it with Maven brings the rest.
     */
    static final List<String> CLUSTER_ROOTS = List.of(
            "org.apache.flink:flink-streaming-java",
            "org.apache.flink:flink-clients",
            "org.apache.flink:flink-runtime-web",
            "org.apache.flink:flink-statebackend-rocksdb",
            "org.apache.flink:flink-statebackend-changelog",
            "org.apache.flink:flink-dstl-dfs",
            "org.apache.flink:flink-table-api-java-bridge",
            "org.apache.flink:flink-table-runtime",
            "org.apache.flink:flink-table-planner-loader",
            "org.apache.flink:flink-json",
            "org.apache.flink:flink-csv",
            "org.apache.flink:flink-connector-files",
            "org.apache.flink:flink-connector-datagen",
            "org.apache.logging.log4j:log4j-slf4j-impl",
            "org.apache.logging.log4j:log4j-core",
            "org.apache.logging.log4j:log4j-1.2-api");

    static final RepositoryClasspath CLUSTER = new RepositoryClasspath(
            "the Flink standalone cluster", CLUSTER_RESOURCE, CLUSTER_OVERRIDE_PROPERTY, CLUSTER_ROOTS);

    static final RepositoryClasspath S3_PLUGIN = new RepositoryClasspath(
            "the s3-fs-hadoop plugin",
            S3_PLUGIN_RESOURCE,
            S3_PLUGIN_OVERRIDE_PROPERTY,
            List.of("org.apache.flink:flink-s3-fs-hadoop"));

    private ClusterClasspath() {}

    /** The class path of the cluster's processes. */
    static String cluster() {
        return CLUSTER.resolve();
    }

    /** The jar of {@code flink-s3-fs-hadoop}. */
    static Path s3PluginJar() {
        String resolved = S3_PLUGIN.resolve();
        String[] entries = resolved.split(File.pathSeparator);
        if (entries.length != 1) {
            throw new IllegalStateException("The s3-fs-hadoop plugin is one jar, not " + resolved);
        }
        return Paths.get(entries[0]);
    }
}
