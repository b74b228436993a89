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
package io.flinkblocks.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.jar.JarFile;

import org.apache.flink.annotation.PublicEvolving;
import org.apache.flink.api.dag.Pipeline;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every deployable job JAR must satisfy, as a test class to extend in an integration test that
 * runs after {@code package} (the path comes from the {@code shaded.jar} system property):
 *
 * <pre>{@code
 * class ShadedJarIT extends ShadedJobJarContract {
 *     ShadedJarIT() { super(MyJob.class, "org.apache.flink.connector.kafka.source.KafkaSource"); }
 * }
 * }</pre>
 *
 * <ul>
 *   <li>under MSF's 512 MiB limit;
 *   <li>no Flink core ({@code org/apache/flink/streaming/api/}, {@code org/apache/flink/api/common/}) and
 *       no logging backend: the cluster provides them, and a second copy breaks class loading;
 *   <li>the job's classes, its dev properties and the connector classes it needs;
 *   <li>every {@code META-INF/services} line of every bundled dependency (merged, not overwritten);
 *   <li>{@code Main-Class} naming the job;
 *   <li>none of the Kinesis connector's parts that a job must not ship: the Kinesis Producer Library's
 *       native binaries (about 35 MiB), and the shaded AWS SDK's MBean registration, which keeps every
 *       canceled job's class loader alive in the task manager (FLINK-16246);
 *   <li>started as a cluster starts it ({@link ClusterLaunch}): with {@code --properties} it defines its
 *       job graph from the JAR's own classes; without properties it refuses to start, naming where it
 *       looked, instead of running on the dev properties it carries for local runs.
 * </ul>
 */
@PublicEvolving
public abstract class ShadedJobJarContract {

    /** MSF's limit on the size of an application's code. */
    public static final long MSF_MAX_JAR_BYTES = 512L * 1024 * 1024;

    private static final String DEV_PROPERTIES = "flink-application-properties-dev.json";
    private static final String MSF_PROPERTIES = "/etc/flink/application_properties.json";

    private final Class<?> mainClass;
    private final List<String> connectorClasses;
    private final ShadedJar jar;

    protected ShadedJobJarContract(Class<?> mainClass, String... connectorClasses) {
        this.mainClass = mainClass;
        this.connectorClasses = List.of(connectorClasses);
        String path = System.getProperty("shaded.jar");
        if (path == null) {
            throw new IllegalStateException(
                    "Set the system property shaded.jar to the job JAR (flink-blocks-job-parent's Failsafe setup does)");
        }
        this.jar = ShadedJar.open(Paths.get(path));
    }

    protected ShadedJar jar() {
        return jar;
    }

    /**
     * The size this JAR must stay under: MSF's limit unless a job sets a tighter one, so that a change
     * that doubles a JAR (a connector's native binaries, a second SDK) fails the build.
     */
    protected long maxJarBytes() {
        return MSF_MAX_JAR_BYTES;
    }

    @Test
    void staysUnderItsSizeLimit() {
        if (jar.sizeInBytes() >= maxJarBytes()) {
            throw new AssertionError(jar.path().getFileName() + " is " + jar.sizeInBytes()
                    + " bytes, over its limit of " + maxJarBytes() + " bytes");
        }
    }

    @Test
    void leavesFlinkCoreAndLoggingToTheCluster() {
        jar.assertNoEntriesUnder("org/apache/flink/streaming/api/");
        jar.assertNoEntriesUnder("org/apache/flink/api/common/");
        jar.assertNoEntriesUnder("org/apache/logging/log4j/");
        jar.assertNoEntriesUnder("org/slf4j/");
        jar.assertNoEntriesUnder("ch/qos/logback/");
    }

    @Test
    void carriesTheJobItsPropertiesAndItsConnectors() {
        jar.assertContainsClass(mainClass);
        if (!jar.entries().contains(DEV_PROPERTIES)) {
            throw new AssertionError(jar.path().getFileName() + " lacks its dev properties");
        }
        for (String connectorClass : connectorClasses) {
            String entry = connectorClass.replace('.', '/') + ".class";
            if (!jar.entries().contains(entry)) {
                throw new AssertionError(jar.path().getFileName() + " lacks the connector class " + connectorClass);
            }
        }
    }

    @Test
    void mergesTheServiceFilesOfItsDependencies() {
        jar.assertServiceFilesMerged(jar.bundledJarsOnClassPath());
    }

    @Test
    void leavesOutTheKinesisProducerBinariesAndTheSdkMBeanRegistration() {
        jar.assertNoEntriesUnder("amazon-kinesis-producer-native-binaries/");
        jar.assertNoEntriesUnder("org/apache/flink/kinesis/shaded/com/amazonaws/jmx/SdkMBeanRegistrySupport");
    }

    @Test
    void definesItsJobGraphOnAClusterFromItsOwnClasses(@TempDir Path folder) throws Exception {
        Path properties = folder.resolve("application-properties.json");
        try (JarFile file = new JarFile(jar.path().toFile());
                InputStream input = file.getInputStream(file.getEntry(DEV_PROPERTIES))) {
            Files.copy(input, properties, StandardCopyOption.REPLACE_EXISTING);
        }
        Pipeline pipeline = ClusterLaunch.plan(jar.path(), "--properties", properties.toString());
        if (pipeline == null) {
            throw new AssertionError(jar.path().getFileName() + " defined no job graph");
        }
    }

    @Test
    void refusesToStartOnAClusterWithoutProperties() {
        Assumptions.assumeFalse(Files.exists(Paths.get(MSF_PROPERTIES)), MSF_PROPERTIES + " exists on this machine");
        String messages;
        try {
            ClusterLaunch.plan(jar.path());
            throw new AssertionError(jar.path().getFileName() + " started on a cluster without any properties");
        } catch (Exception e) {
            messages = ClusterLaunch.messages(e);
        }
        for (String expected : List.of("no properties found", "--properties", MSF_PROPERTIES, DEV_PROPERTIES)) {
            if (!messages.contains(expected)) {
                throw new AssertionError("The failure does not say '" + expected + "':\n" + messages);
            }
        }
    }

    @Test
    void namesItsMainClass() {
        try (JarFile file = new JarFile(jar.path().toFile())) {
            String declared = file.getManifest().getMainAttributes().getValue("Main-Class");
            if (!mainClass.getName().equals(declared)) {
                throw new AssertionError("Main-Class is " + declared + ", expected " + mainClass.getName());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
