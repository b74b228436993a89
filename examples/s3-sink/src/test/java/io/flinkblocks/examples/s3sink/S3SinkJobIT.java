package io.flinkblocks.examples.s3sink;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.flinkblocks.runtime.ApplicationProperties;
import io.flinkblocks.testing.OperatorUidCheck;
import io.flinkblocks.testing.s3.LocalS3;
import io.flinkblocks.testing.s3.LocalS3Extension;

class S3SinkJobIT {

    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(
            new MiniClusterResourceConfiguration.Builder().setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

    @RegisterExtension
    static final LocalS3Extension S3 = new LocalS3Extension();

    private static final int RECORDS = 400;
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("yyyy-MM-dd--HH").withZone(ZoneOffset.UTC);

    @Test
    void writesEveryTickOnceAsAJsonLineInTheHourFolder(LocalS3 s3) throws Exception {
        String bucket = s3.bucket("s3-sink-job");
        ApplicationProperties properties = ApplicationProperties.of(Map.of(
                "FlinkEnvironment", Map.of("checkpoint.interval", "200ms", "checkpoint.min-pause", "50ms", "parallelism", "2"),
                "InputStream0", Map.of("connector", "datagen", "records.per.second", "400", "record.count", Integer.toString(RECORDS)),
                "S3Sink", Map.of("connector", "filesystem", "path", "s3://" + bucket + "/data", "part.suffix", ".jsonl",
                        "rolling.on-checkpoint", "true")));
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        String hourBefore = HOUR.format(Instant.now());

        S3SinkJob.build(env, properties);
        OperatorUidCheck.assertEveryOperatorHasUid(env);
        env.execute("s3-sink-it");
        String hourAfter = HOUR.format(Instant.now());

        List<String> committed = s3.listObjects(bucket, "data/").stream()
                .filter(key -> key.substring(key.lastIndexOf('/') + 1).startsWith("part-"))
                .collect(Collectors.toList());
        assertThat(committed).isNotEmpty().allSatisfy(key -> {
            assertThat(key).endsWith(".jsonl");
            assertThat(key.split("/")[1]).isIn(hourBefore, hourAfter);
        });
        ObjectMapper mapper = new ObjectMapper();
        List<JsonNode> ticks = new ArrayList<>();
        for (String key : committed) {
            for (String line : s3.readObject(bucket, key).split("\n")) {
                ticks.add(mapper.readTree(line));
            }
        }
        assertThat(ticks).hasSize(RECORDS).allSatisfy(tick -> assertThat(tick.has("ticker") && tick.has("price") && tick.has("event_time")).isTrue());
        assertThat(ticks.stream().map(JsonNode::toString).distinct()).as("no record written twice").hasSize(RECORDS);
        assertThat(Arrays.asList("AAPL", "AMZN", "MSFT", "INTC", "TBV"))
                .containsAll(ticks.stream().map(t -> t.get("ticker").asText()).distinct().collect(Collectors.toList()));
    }

    @Test
    void devPropertiesNeedNoServiceAndGiveEveryOperatorAUid() {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();

        S3SinkJob.build(env, ApplicationProperties.fromClasspath(ApplicationProperties.DEV_PROPERTIES_RESOURCE,
                S3SinkJob.class.getClassLoader()));

        OperatorUidCheck.assertEveryOperatorHasUid(env);
    }
}
