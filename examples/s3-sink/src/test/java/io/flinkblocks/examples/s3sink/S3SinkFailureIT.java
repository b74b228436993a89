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
import static io.flinkblocks.examples.s3sink.S3SinkFailureFixtures.MINUTES;
import static io.flinkblocks.examples.s3sink.S3SinkFailureFixtures.RECORDS;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.flinkblocks.runtime.ApplicationProperties;
import io.flinkblocks.runtime.JobLauncher;
import io.flinkblocks.testing.FlinkEnvironmentGroups;
import io.flinkblocks.testing.OperatorUidCheck;
import io.flinkblocks.testing.flink.LocalFlinkCluster;
import io.flinkblocks.testing.flink.LocalFlinkClusterExtension;
import io.flinkblocks.testing.flink.LocalJobRun;
import io.flinkblocks.testing.flink.StateBackendUnderTest;
import io.flinkblocks.testing.kafka.KafkaBrokerExtension;
import io.flinkblocks.testing.kafka.KafkaGroups;
import io.flinkblocks.testing.kafka.LocalKafkaBroker;
import io.flinkblocks.testing.s3.LocalS3;
import io.flinkblocks.testing.s3.LocalS3Extension;
import io.flinkblocks.testing.ticks.TickWindowGroups;

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

    @RegisterExtension
    static final LocalFlinkClusterExtension FLINK = S3SinkFailureFixtures.clusterWritingTo(S3);

    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    @ParameterizedTest
    @EnumSource(StateBackendUnderTest.class)
    void losingATaskManagerMidStreamWritesEveryLineExactlyOnce(
            StateBackendUnderTest backend, LocalKafkaBroker broker, LocalS3 s3) throws Exception {
        String run = backend.name().toLowerCase(Locale.ROOT);
        String bucket = s3.bucket("s3-sink-failure-" + run);
        String topic = "s3-failure-in-" + run;
        broker.createTopics(2, topic);
        List<String> lines = S3SinkFailureFixtures.ticks();
        // Every minute but the last two, whose windows the watermark may not pass before the end.
        Set<String> expected = S3SinkFailureFixtures.fullMinutes(MINUTES - 2);
        // Idleness: the producer may leave a partition without new ticks, which would hold the watermark back.
        // Not shorter: a subtask busy restoring on a loaded machine must not be taken for idle (its ticks would
        // then be late).
        Map<String, String> window = TickWindowGroups.eventTimeInOrder();
        window.put("watermark.idleness", "10s");
        ApplicationProperties properties = ApplicationProperties.of(Map.of(
                FlinkEnvironmentGroups.GROUP,
                FlinkEnvironmentGroups.failureRun(2),
                "InputStream0",
                KafkaGroups.source(KafkaGroups.plaintext(broker), topic, "s3-failure-it-" + run),
                "Window",
                window,
                "S3Sink",
                S3SinkFailureFixtures.sinkGroup(bucket)));
        StreamExecutionEnvironment env = backend.applyTo(StreamExecutionEnvironment.getExecutionEnvironment());
        JobLauncher.define(env, properties, S3SinkJob::build);
        OperatorUidCheck.assertEveryOperatorHasUid(env);

        LocalFlinkCluster flink = FLINK.cluster();
        LocalJobRun jobRun = LocalJobRun.start(flink, env, "s3-sink losing a task manager, " + backend, TIMEOUT);
        broker.produce(topic, lines.subList(0, RECORDS / 2));
        jobRun.await(
                "committed counts before the kill",
                () -> !committedLines(s3, bucket).isEmpty());
        int beforeKill = committedLines(s3, bucket).size();
        long killed = System.nanoTime();
        flink.replaceTaskManager(0);
        broker.produce(topic, lines.subList(RECORDS / 2, RECORDS));
        jobRun.await(
                "every expected count committed",
                () -> countsOf(committedLines(s3, bucket)).containsAll(expected));
        System.out.printf(
                "s3-sink: every expected count committed %d ms after the kill, %d checkpoints, %d restarts%n",
                (System.nanoTime() - killed) / 1_000_000,
                flink.completedCheckpoints(jobRun.job()),
                flink.restarts(jobRun.job()));
        // Two more checkpoints commit whatever a duplicate would have been written into.
        int restarts = jobRun.settle();
        String stateBackend = flink.stateBackendName(jobRun.job());
        jobRun.cancel();

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
        S3SinkFailureFixtures.assertEachCountOnceAndFull(counts);
        assertThat(counts)
                .containsAll(expected)
                .hasSizeBetween(expected.size(), expected.size() + 2 * S3SinkFailureFixtures.TICKERS.length);
    }
}
