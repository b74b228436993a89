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
package io.flinkblocks.examples.firehosesink;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.jar.JarFile;

import org.junit.jupiter.api.Test;

import io.flinkblocks.testing.ShadedJobJarContract;

class ShadedJarIT extends ShadedJobJarContract {
    ShadedJarIT() {
        super(
                FirehoseSinkJob.class,
                "io.flinkblocks.windows.WindowBlock",
                "org.apache.flink.streaming.connectors.kinesis.FlinkKinesisConsumer",
                "org.apache.flink.connector.firehose.sink.KinesisFirehoseSink",
                "org.apache.flink.connector.aws.sink.throwable.AWSExceptionClassifierUtil");
    }

    /** FLINK-35559: the JAR keeps the copy compiled against the plain AWS SDK, which the Firehose sink needs. */
    @Test
    void keepsThePlainSdkCopyOfTheAwsExceptionClassifier() throws Exception {
        try (JarFile jar =
                        new JarFile(Paths.get(System.getProperty("shaded.jar")).toFile());
                InputStream in = jar.getInputStream(jar.getEntry(
                        "org/apache/flink/connector/aws/sink/throwable/AWSExceptionClassifierUtil.class"))) {
            String constants = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            assertThat(constants)
                    .contains("software/amazon/awssdk/")
                    .doesNotContain("kinesis/shaded/software/amazon/awssdk");
        }
    }

    /** Both AWS connectors: the Kinesis one with its shaded AWS SDK, the Firehose one with the plain SDK. */
    @Override
    protected long maxJarBytes() {
        return 48L * 1024 * 1024;
    }
}
