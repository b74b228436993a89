package io.flinkblocks.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Paths;
import java.util.List;
import java.util.jar.JarFile;

import org.apache.flink.annotation.PublicEvolving;
import org.junit.jupiter.api.Test;

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
 *   <li>{@code Main-Class} naming the job.
 * </ul>
 */
@PublicEvolving
public abstract class ShadedJobJarContract {

    /** MSF's limit on the size of an application's code. */
    public static final long MSF_MAX_JAR_BYTES = 512L * 1024 * 1024;

    private final Class<?> mainClass;
    private final List<String> connectorClasses;
    private final ShadedJar jar;

    protected ShadedJobJarContract(Class<?> mainClass, String... connectorClasses) {
        this.mainClass = mainClass;
        this.connectorClasses = List.of(connectorClasses);
        String path = System.getProperty("shaded.jar");
        if (path == null) {
            throw new IllegalStateException("Set the system property shaded.jar to the job JAR (the examples' Failsafe setup does)");
        }
        this.jar = ShadedJar.open(Paths.get(path));
    }

    protected ShadedJar jar() {
        return jar;
    }

    @Test
    void staysUnderTheMsfSizeLimit() {
        if (jar.sizeInBytes() >= MSF_MAX_JAR_BYTES) {
            throw new AssertionError(jar.path().getFileName() + " is " + jar.sizeInBytes() + " bytes, over MSF's 512 MiB");
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
        if (!jar.entries().contains("flink-application-properties-dev.json")) {
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
