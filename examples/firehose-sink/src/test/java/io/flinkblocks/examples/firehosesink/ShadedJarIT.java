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
        super(FirehoseSinkJob.class, "io.flinkblocks.windows.WindowBlock",
                "org.apache.flink.streaming.connectors.kinesis.FlinkKinesisConsumer",
                "org.apache.flink.connector.firehose.sink.KinesisFirehoseSink",
                "org.apache.flink.connector.aws.sink.throwable.AWSExceptionClassifierUtil");
    }

    /** FLINK-35559: the JAR keeps the copy compiled against the plain AWS SDK, which the Firehose sink needs. */
    @Test
    void keepsThePlainSdkCopyOfTheAwsExceptionClassifier() throws Exception {
        try (JarFile jar = new JarFile(Paths.get(System.getProperty("shaded.jar")).toFile());
                InputStream in = jar.getInputStream(jar.getEntry("org/apache/flink/connector/aws/sink/throwable/AWSExceptionClassifierUtil.class"))) {
            String constants = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            assertThat(constants).contains("software/amazon/awssdk/").doesNotContain("kinesis/shaded/software/amazon/awssdk");
        }
    }
}
