package io.flinkblocks.examples.gettingstartedtable;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Paths;

import org.junit.jupiter.api.Test;

import io.flinkblocks.testing.ShadedJar;

class ShadedJarIT {

    private final ShadedJar jar = ShadedJar.open(Paths.get(System.getProperty("shaded.jar")));

    @Test
    void carriesTheJobAndTheKinesisTableConnectorButNotFlink() throws Exception {
        jar.assertNoEntriesUnder("org/apache/flink/streaming/api/");
        jar.assertNoEntriesUnder("org/apache/flink/table/api/");
        jar.assertContainsClass(GettingStartedTableJob.class);
        assertThat(jar.serviceLines("org.apache.flink.table.factories.Factory"))
                .anyMatch(line -> line.contains("kinesis"));
        jar.assertServiceFilesMerged(jar.bundledJarsOnClassPath());
        assertThat(jar.sizeInBytes()).isLessThan(512L * 1024 * 1024);
        try (java.util.jar.JarFile file = new java.util.jar.JarFile(jar.path().toFile())) {
            assertThat(file.getManifest().getMainAttributes().getValue("Main-Class")).isEqualTo(GettingStartedTableJob.class.getName());
        }
    }
}
