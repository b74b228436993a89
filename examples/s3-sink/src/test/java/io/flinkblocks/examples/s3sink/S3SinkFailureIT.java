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
package io.flinkblocks.examples.s3sink;

import static io.flinkblocks.examples.s3sink.CommittedCounts.committedLines;
import static io.flinkblocks.examples.s3sink.CommittedCounts.committedObjects;
import static io.flinkblocks.examples.s3sink.CommittedCounts.countsList;
import static io.flinkblocks.examples.s3sink.CommittedCounts.countsOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.flink.api.common.JobID;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.core.fs.FileSystem;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.flinkblocks.runtime.ApplicationProperties;
import io.flinkblocks.runtime.JobLauncher;
import io.flinkblocks.testing.OperatorUidCheck;
import io.flinkblocks.testing.flink.LocalFlinkCluster;
import io.flinkblocks.testing.flink.StateBackendUnderTest;
import io.flinkblocks.testing.kafka.KafkaBrokerExtension;
import io.flinkblocks.testing.kafka.LocalKafkaBroker;
import io.flinkblocks.testing.s3.LocalS3;
import io.flinkblocks.testing.s3.LocalS3Extension;
import io.flinkblocks.testing.ticks.TickJson;

/**
 * The s3-sink job losing one of its two task managers mid-stream: the committed objects in S3 hold
 * each expected per-minute count exactly once. 10 000 ticks, 100 a minute of event time and 20 per
 * ticker, give 5 counts of 20 for each minute; part files are committed on checkpoints only, and a
 * restart resumes the in-progress ones from the last checkpoint, so no count is lost and none written
 * after that checkpoint appears twice. On the heap and on RocksDB with incremental checkpoints, as MSF
 * runs the job: the windows' state and the file sink's pending files come back from the same checkpoint.
 */
class S3SinkFailureIT {

    @RegisterExtension
    static final KafkaBrokerExtension KAFKA = new KafkaBrokerExtension();

    @RegisterExtension
    static final LocalS3Extension S3 = new LocalS3Extension();

    private static final int RECORDS = 10_000;
    private static final String[] TICKERS = {"AAPL", "AMZN", "MSFT", "INTC", "TBV"};
    private static final LocalDateTime START = LocalDateTime.of(2026, 11, 24, 10, 0);
    private static final int MINUTES = RECORDS / 100;
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

    @ParameterizedTest
    @EnumSource(StateBackendUnderTest.class)
    void losingATaskManagerMidStreamWritesEveryLineExactlyOnce(
            StateBackendUnderTest backend, LocalKafkaBroker broker, LocalS3 s3) throws Exception {
        String run = backend.name().toLowerCase(Locale.ROOT);
        String bucket = s3.bucket("s3-sink-failure-" + run);
        String topic = "s3-failure-in-" + run;
        broker.createTopics(2, topic);
        // Tick i at START + 600 ms * i: 100 ticks a minute, tickers in turn.
        List<String> lines = IntStream.range(0, RECORDS)
                .mapToObj(i -> TickJson.of(START.plusNanos(600_000_000L * i), TICKERS[i % TICKERS.length], i + 0.5))
                .collect(Collectors.toList());
        // Every minute but the last two, whose windows the watermark may not pass before the end.
        Set<String> expected = new HashSet<>();
        for (int minute = 0; minute < MINUTES - 2; minute++) {
            for (String ticker : TICKERS) {
                expected.add(ticker + "@"
                        + START.plusMinutes(minute).toInstant(ZoneOffset.UTC).toEpochMilli() + "=20");
            }
        }
        ApplicationProperties properties = ApplicationProperties.of(Map.of(
                "FlinkEnvironment",
                        Map.of(
                                "checkpoint.interval",
                                "300ms",
                                "checkpoint.min-pause",
                                "100ms",
                                "parallelism",
                                "2",
                                "restart.strategy",
                                "FIXED_DELAY",
                                "restart.attempts",
                                "3",
                                "restart.delay",
                                "200ms"),
                "InputStream0",
                        Map.of(
                                "connector",
                                "kafka",
                                "bootstrap.servers",
                                broker.bootstrapServers(),
                                "security.preset",
                                "PLAINTEXT",
                                "topic",
                                topic,
                                "group.id",
                                "s3-failure-it-" + run,
                                "starting.offsets",
                                "EARLIEST"),
                // Idleness: the producer may leave a partition without new ticks, which would hold the watermark back.
                // Not shorter: a subtask busy restoring on a loaded machine must not be taken for idle (its ticks would
                // then be late).
                "Window",
                        Map.of(
                                "window.time",
                                "event",
                                "watermark.timestamp.field",
                                "event_time",
                                "watermark.max-out-of-orderness",
                                "0",
                                "watermark.idleness",
                                "10s"),
                "S3Sink",
                        Map.of(
                                "connector",
                                "filesystem",
                                "path",
                                "s3://" + bucket + "/data",
                                "part.suffix",
                                ".jsonl",
                                "rolling.on-checkpoint",
                                "true")));
        StreamExecutionEnvironment env = backend.applyTo(StreamExecutionEnvironment.getExecutionEnvironment());
        JobLauncher.define(env, properties, S3SinkJob::build);
        OperatorUidCheck.assertEveryOperatorHasUid(env);

        JobID job = flink.submit(env, "s3-sink losing a task manager, " + backend);
        flink.awaitAllTasksRunning(job, TIMEOUT);
        broker.produce(topic, lines.subList(0, RECORDS / 2));
        LocalFlinkCluster.await(
                "committed counts before the kill",
                TIMEOUT,
                () -> !committedLines(s3, bucket).isEmpty());
        int beforeKill = committedLines(s3, bucket).size();
        long killed = System.nanoTime();
        flink.replaceTaskManager(0);
        broker.produce(topic, lines.subList(RECORDS / 2, RECORDS));
        LocalFlinkCluster.await(
                "every expected count committed",
                TIMEOUT,
                () -> countsOf(committedLines(s3, bucket)).containsAll(expected));
        System.out.printf(
                "s3-sink: every expected count committed %d ms after the kill, %d checkpoints, %d restarts%n",
                (System.nanoTime() - killed) / 1_000_000, flink.completedCheckpoints(job), flink.restarts(job));
        // Two more checkpoints commit whatever a duplicate would have been written into.
        flink.awaitCheckpointsAfter(job, flink.completedCheckpoints(job), 2, TIMEOUT);
        int restarts = flink.restarts(job);
        String stateBackend = flink.stateBackendName(job);
        flink.cancel(job);

        List<String> committed = committedLines(s3, bucket);
        List<String> counts = countsList(committed);
        System.out.printf(
                "s3-sink losing a task manager on " + backend
                        + ": %d counts committed before the kill, %d in the end, %d objects%n",
                beforeKill,
                committed.size(),
                committedObjects(s3, bucket).size());
        assertThat(stateBackend).as("the job's state backend").isEqualTo(backend.stateBackendName());
        assertThat(restarts).as("restarts after the task manager was lost").isGreaterThanOrEqualTo(1);
        assertThat(counts.stream()
                        .collect(Collectors.groupingBy(l -> l, Collectors.counting()))
                        .values())
                .as("copies of each count")
                .containsOnly(1L);
        assertThat(counts).as("every count is a full minute of one ticker").allMatch(c -> c.endsWith("=20"));
        assertThat(counts).containsAll(expected).hasSizeBetween(expected.size(), expected.size() + 2 * TICKERS.length);
    }
}
