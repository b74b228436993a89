package io.flinkblocks.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import com.amazonaws.services.kinesisanalytics.runtime.KinesisAnalyticsRuntime;

/** On the same file, our loader gives exactly what the MSF runtime library gives. */
class KinesisAnalyticsRuntimeEquivalenceTest {

    @Test
    void sameGroupsKeysAndValuesAsTheMsfRuntime() throws IOException {
        Path file = ApplicationPropertiesTest.samples("guide.json");

        Map<String, Properties> expected = KinesisAnalyticsRuntime.getApplicationProperties(file.toString());
        Map<String, Properties> actual = ApplicationProperties.fromFile(file).asMap();

        assertThat(actual).isEqualTo(expected);
        assertThat(actual.get("Scalars")).containsEntry("count", "12").containsEntry("enabled", "true")
                .containsEntry("spaced", "  padded  ");
    }
}
