package io.flinkblocks.examples.s3sink;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.flink.api.common.JobID;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.core.fs.FileSystem;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.flinkblocks.runtime.ApplicationProperties;
import io.flinkblocks.testing.OperatorUidCheck;
import io.flinkblocks.testing.flink.LocalFlinkCluster;
import io.flinkblocks.testing.kafka.KafkaBrokerExtension;
import io.flinkblocks.testing.kafka.LocalKafkaBroker;
import io.flinkblocks.testing.s3.LocalS3;
import io.flinkblocks.testing.s3.LocalS3Extension;

/**
 * The s3-sink job losing one of its two task managers mid-stream: the committed objects in S3 hold
 * each of the 10 000 input lines exactly once. Part files are committed on checkpoints only, and a
 * restart resumes the in-progress ones from the last checkpoint, so nothing is lost and nothing
 * written after that checkpoint appears twice.
 */
class S3SinkFailureIT {

    @RegisterExtension
    static final KafkaBrokerExtension KAFKA = new KafkaBrokerExtension();

    @RegisterExtension
    static final LocalS3Extension S3 = new LocalS3Extension();

    private static final int RECORDS = 10_000;
    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    private static LocalFlinkCluster flink;

    @BeforeAll
    static void startFlink() throws Exception {
        // After a restart the sink completes again the multipart uploads of its last checkpoint. S3 accepts
        // that; s3rver answers that the upload is gone, and the file system retries with backoff (seven
        // times by default) before it sees the object is complete. One quick retry keeps the test short.
        Map<String, String> settings = new HashMap<>(S3.s3().flinkConfiguration());
        settings.put("fs.s3a.retry.limit", "1");
        settings.put("fs.s3a.retry.interval", "50ms");
        FileSystem.initialize(Configuration.fromMap(settings), null);
        // One slot per task manager and parallelism 2: each task manager writes half of the files.
        flink = LocalFlinkCluster.start(2, 1, settings);
    }

    @AfterAll
    static void stopFlink() throws Exception {
        flink.close();
    }

    @Test
    void losingATaskManagerMidStreamWritesEveryLineExactlyOnce(LocalKafkaBroker broker, LocalS3 s3) throws Exception {
        String bucket = s3.bucket("s3-sink-failure");
        broker.createTopics(2, "s3-failure-in");
        List<String> lines = IntStream.range(0, RECORDS)
                .mapToObj(i -> "{\"event_time\": \"2026-11-24T10:15:30.123\", \"ticker\": \"AMZN\", \"price\": " + i + ".5}")
                .collect(Collectors.toList());
        ApplicationProperties properties = ApplicationProperties.of(Map.of(
                "FlinkEnvironment", Map.of("checkpoint.interval", "300ms", "checkpoint.min-pause", "100ms", "parallelism", "2",
                        "restart.strategy", "FIXED_DELAY", "restart.attempts", "3", "restart.delay", "200ms"),
                "InputStream0", Map.of("connector", "kafka", "bootstrap.servers", broker.bootstrapServers(),
                        "security.preset", "PLAINTEXT", "topic", "s3-failure-in", "group.id", "s3-failure-it",
                        "starting.offsets", "EARLIEST"),
                "S3Sink", Map.of("connector", "filesystem", "path", "s3://" + bucket + "/data", "part.suffix", ".jsonl",
                        "rolling.on-checkpoint", "true")));
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        S3SinkJob.build(env, properties);
        OperatorUidCheck.assertEveryOperatorHasUid(env);

        JobID job = flink.submit(env, "s3-sink losing a task manager");
        flink.awaitAllTasksRunning(job, TIMEOUT);
        broker.produce("s3-failure-in", lines.subList(0, RECORDS / 2));
        LocalFlinkCluster.await("committed lines before the kill", TIMEOUT, () -> !committedLines(s3, bucket).isEmpty());
        int beforeKill = committedLines(s3, bucket).size();
        long killed = System.nanoTime();
        flink.replaceTaskManager(0);
        broker.produce("s3-failure-in", lines.subList(RECORDS / 2, RECORDS));
        LocalFlinkCluster.await("every line committed", TIMEOUT, () -> new HashSet<>(committedLines(s3, bucket)).containsAll(lines));
        System.out.printf("s3-sink: every line committed %d ms after the kill, %d checkpoints, %d restarts%n",
                (System.nanoTime() - killed) / 1_000_000, flink.completedCheckpoints(job), flink.restarts(job));
        // Two more checkpoints commit whatever a duplicate would have been written into.
        flink.awaitCheckpointsAfter(job, flink.completedCheckpoints(job), 2, TIMEOUT);
        int restarts = flink.restarts(job);
        flink.cancel(job);

        List<String> committed = committedLines(s3, bucket);
        System.out.printf("s3-sink losing a task manager: %d lines committed before the kill, %d in the end, %d objects%n",
                beforeKill, committed.size(), committedObjects(s3, bucket).size());
        assertThat(restarts).as("restarts after the task manager was lost").isGreaterThanOrEqualTo(1);
        assertThat(committed.stream().collect(Collectors.groupingBy(l -> l, Collectors.counting())).values())
                .as("copies of each line").containsOnly(1L);
        assertThat(committed).hasSize(RECORDS).containsExactlyInAnyOrderElementsOf(lines);
    }

    /** Committed part files: in-progress ones are multipart uploads, not objects, until their checkpoint. */
    private static List<String> committedObjects(LocalS3 s3, String bucket) {
        return s3.listObjects(bucket, "data/").stream()
                .filter(key -> key.substring(key.lastIndexOf('/') + 1).startsWith("part-"))
                .collect(Collectors.toList());
    }

    private static List<String> committedLines(LocalS3 s3, String bucket) {
        List<String> lines = new ArrayList<>();
        for (String key : committedObjects(s3, bucket)) {
            for (String line : s3.readObject(bucket, key).split("\n")) {
                if (!line.isEmpty()) {
                    lines.add(line);
                }
            }
        }
        return lines;
    }
}
