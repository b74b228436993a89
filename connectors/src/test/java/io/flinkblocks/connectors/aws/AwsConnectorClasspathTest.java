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
package io.flinkblocks.connectors.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;

/** FLINK-35559: with both AWS connectors on the class path, the plain-SDK copy must win. */
class AwsConnectorClasspathTest {

    @Test
    void thePlainSdkExceptionClassifierWinsOverTheKinesisConnectorsCopy() {
        assertThat(AwsConnectorClasspath.exceptionClassifierSdk()).isEqualTo("software.amazon.awssdk");
        assertThatCode(AwsConnectorClasspath::requirePlainSdkExceptionClassifier)
                .doesNotThrowAnyException();
    }

    @Test
    void bothCopiesExistSoTheOrderMatters() throws java.io.IOException {
        // If the Kinesis connector stopped carrying its copy, the guard and the pom ordering could go.
        assertThat(java.util.Collections.list(AwsConnectorClasspath.class
                        .getClassLoader()
                        .getResources(AwsConnectorClasspath.CLASSIFIER_UTIL.replace('.', '/') + ".class")))
                .hasSize(2);
    }
}
