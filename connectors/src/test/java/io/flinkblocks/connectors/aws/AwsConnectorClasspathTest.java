package io.flinkblocks.connectors.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;

/** FLINK-35559: with both AWS connectors on the class path, the plain-SDK copy must win. */
class AwsConnectorClasspathTest {

    @Test
    void thePlainSdkExceptionClassifierWinsOverTheKinesisConnectorsCopy() {
        assertThat(AwsConnectorClasspath.exceptionClassifierSdk()).isEqualTo("software.amazon.awssdk");
        assertThatCode(AwsConnectorClasspath::requirePlainSdkExceptionClassifier).doesNotThrowAnyException();
    }

    @Test
    void bothCopiesExistSoTheOrderMatters() throws java.io.IOException {
        // If the Kinesis connector stopped carrying its copy, the guard and the pom ordering could go.
        assertThat(java.util.Collections.list(AwsConnectorClasspath.class.getClassLoader()
                        .getResources(AwsConnectorClasspath.CLASSIFIER_UTIL.replace('.', '/') + ".class")))
                .hasSize(2);
    }
}
