package ${package};

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;

import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.Test;

import io.flinkblocks.operators.json.flat.FlatJsonException;
import io.flinkblocks.runtime.ApplicationProperties;
import io.flinkblocks.runtime.JobLauncher;
import io.flinkblocks.runtime.Preflight;
import io.flinkblocks.testing.OperatorUidCheck;
import io.flinkblocks.testing.ShippedPropertiesFiles;

/** Checks that need no cluster and no service: the job graph and the record type. */
class JobTest {

    @Test
    void everyOperatorHasAUid() {
        // MSF restores state from snapshots by operator uid, on every update and every scaling.
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        JobLauncher.define(env, ApplicationProperties.fromDevResource(Job.class), Job::build);

        OperatorUidCheck.assertEveryOperatorHasUid(env);
    }

    @Test
    void devAndLocalPropertiesPassThePreflight() {
        // What `mvn exec:java -Dexec.args="--validate --properties FILE"` checks before a deployment.
        for (Path file : ShippedPropertiesFiles.of(Paths.get(""))) {
            Preflight.requirePassed(file, Job::build);
        }
    }

    @Test
    void readsTicksAsTheDevDataGeneratorWritesThem() throws Exception {
        Tick tick = Tick.jsonReader().read(bytes("{\"event_time\": \"2026-11-24T10:15:30.123\", \"ticker\": \"AMZN\", \"price\": 42.17}"));

        assertThat(tick.getEventTime()).isEqualTo(Instant.parse("2026-11-24T10:15:30.123Z").toEpochMilli());
        assertThat(tick.getTicker()).isEqualTo("AMZN");
        assertThat(tick.getPrice()).isEqualTo(42.17);
        assertThat(Tick.validator().problem(tick)).isNull();
    }

    @Test
    void rejectsTicksWithoutAPriceOrWithANegativeOne() throws Exception {
        assertThatThrownBy(() -> Tick.jsonReader().read(bytes("{\"event_time\": \"2026-11-24T10:00:00\", \"ticker\": \"AMZN\"}")))
                .isInstanceOf(FlatJsonException.class)
                .hasMessageContaining("price");
        Tick negative = Tick.jsonReader().read(bytes("{\"event_time\": \"2026-11-24T10:00:00\", \"ticker\": \"AMZN\", \"price\": -1}"));
        assertThat(Tick.validator().problem(negative)).contains("price");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
