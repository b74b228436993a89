package io.flinkblocks.examples.gettingstarted;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Paths;

import org.junit.jupiter.api.Test;

import io.flinkblocks.runtime.ApplicationProperties;
import io.flinkblocks.testing.ShadedJar;

class ShadedJarIT {

    private final ShadedJar jar = ShadedJar.open(Paths.get(System.getProperty("shaded.jar")));

    @Test
    void leavesFlinkCoreToTheCluster() {
        jar.assertNoEntriesUnder("org/apache/flink/streaming/api/");
        jar.assertNoEntriesUnder("org/apache/flink/api/common/");
        jar.assertNoEntriesUnder("org/apache/logging/log4j/");
        jar.assertNoEntriesUnder("org/slf4j/");
    }

    @Test
    void carriesTheJobAndTheBlocks() {
        jar.assertContainsClass(GettingStartedJob.class);
        jar.assertContainsClass(ApplicationProperties.class);
        assertThat(jar.entries()).contains("flink-application-properties-dev.json");
        assertThat(jar.sizeInBytes()).isLessThan(512L * 1024 * 1024);
    }

    @Test
    void mergesTheServiceFilesOfItsDependencies() {
        assertThat(jar.bundledJarsOnClassPath()).isNotEmpty();
        jar.assertServiceFilesMerged(jar.bundledJarsOnClassPath());
        assertThat(jar.entries()).anyMatch(e -> e.startsWith("META-INF/services/"));
    }

    @Test
    void namesItsMainClass() throws Exception {
        try (java.util.jar.JarFile file = new java.util.jar.JarFile(jar.path().toFile())) {
            assertThat(file.getManifest().getMainAttributes().getValue("Main-Class")).isEqualTo(GettingStartedJob.class.getName());
        }
    }
}
