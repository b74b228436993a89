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
package io.flinkblocks.examples.tumblingwindow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.apache.flink.api.common.JobID;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.flinkblocks.operators.deadletter.DeadLetter;
import io.flinkblocks.operators.deadletter.DeadLetterReason;
import io.flinkblocks.operators.json.JsonMappers;
import io.flinkblocks.runtime.ApplicationProperties;
import io.flinkblocks.runtime.JobLauncher;
import io.flinkblocks.testing.OperatorUidCheck;
import io.flinkblocks.testing.flink.LocalFlinkCluster;
import io.flinkblocks.testing.flink.LocalFlinkClusterExtension;
import io.flinkblocks.testing.kinesis.LocalKinesisExtension;
import io.flinkblocks.testing.ticks.BadInputFeed;
import io.flinkblocks.testing.ticks.BadRecordCorpus;
import io.flinkblocks.testing.ticks.WindowTestTicks;

/**
 * The tumbling-window job as shipped, from local Kinesis on event time, fed good ticks mixed with a
 * corpus of bad records (malformed JSON, wrong types, missing fields, empty, non-UTF-8, oversize,
 * invalid values), out-of-order ticks within the watermark bound, and ticks that arrive after their
 * windows fired: the counts equal those over the good ticks alone, and the dead-letter stream holds
 * exactly one dead letter per bad record, with its reason and its original bytes (Base64 for the
 * records that are not UTF-8), and one per late tick (reason {@code LATE}, naming the window it
 * missed); the job never restarts.
 *
 * <p>On the heap only. Parsing does not depend on the state backend; the window's state and late
 * records do, and on RocksDB with incremental checkpoints they are tested by {@code BadInputIT}
 * (reliability-tests: the same blocks, a tumbling and a two-phase sliding window) and, for this job,
 * by {@code TumblingWindowClusterIT} on a real cluster.
 */
class TumblingWindowBadInputIT {

    @RegisterExtension
    static final LocalKinesisExtension KINESIS = new LocalKinesisExtension();

    private static final int TICKS = 2000;
    /** One bad record after every this many good ticks, cycling through the corpus. */
    private static final int BAD_EVERY = 20;

    private static final long SIZE_MS = 1000;
    private static final int MAX_PAYLOAD_BYTES = 2048;
    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    @RegisterExtension
    static final LocalFlinkClusterExtension FLINK = new LocalFlinkClusterExtension(1, 2);

    @Test
    void countsEqualThoseOfTheGoodTicksAndEveryBadRecordIsADeadLetter() throws Exception {
        LocalFlinkCluster flink = FLINK.cluster();
        String input = KINESIS.createStream("BadInput", 2);
        String output = KINESIS.createStream("BadInputCounts", 1);
        String deadLetters = KINESIS.createStream("BadInputDeadLetters", 1);

        BadInputFeed feed = new BadInputFeed(BadRecordCorpus.of(MAX_PAYLOAD_BYTES), BAD_EVERY, "Parse stock ticks");
        List<byte[]> firstHalf = feed.mix(0, TICKS / 2, WindowTestTicks::tick);
        List<byte[]> secondHalf = feed.mix(TICKS / 2, TICKS, WindowTestTicks::tick);
        // Ticks after their windows fired: 100 ms after the start, an hour and a day before it.
        List<byte[]> late = WindowTestTicks.late(
                feed, TumblingWindowJob.WINDOW_NAME, k -> 1.0 + k, (ticker, time, price) -> lateTick(ticker, time));
        // Ticks an hour later, on both shards, close every window of the good ticks on both subtasks.
        List<byte[]> closing = WindowTestTicks.closing(40);
        List<String> expected = expectedCounts();

        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        JobLauncher.define(env, properties(input, output, deadLetters), TumblingWindowJob::build);
        OperatorUidCheck.assertEveryOperatorHasUid(env);

        long started = System.nanoTime();
        JobID job = flink.submit(env, "tumbling-window with bad input");
        flink.awaitAllTasksRunning(job, TIMEOUT);
        KINESIS.kinesis().putRecords(input, firstHalf);
        // Fifty counts out: event time is past the windows the late ticks belong to.
        LocalFlinkCluster.await(
                "first counts", TIMEOUT, () -> KINESIS.readAllStrings(output).size() >= 50);
        KINESIS.kinesis().putRecords(input, late);
        KINESIS.kinesis().putRecords(input, secondHalf);
        KINESIS.kinesis().putRecords(input, closing);
        LocalFlinkCluster.await(
                "every count and dead letter",
                TIMEOUT,
                () -> KINESIS.readAllStrings(output).size() >= expected.size()
                        && KINESIS.readAllStrings(deadLetters).size()
                                >= feed.expectedLetters().size());
        long done = System.nanoTime();
        // Two more checkpoints: anything beyond the expected output would have been written by then.
        flink.awaitCheckpointsAfter(job, flink.completedCheckpoints(job), 2, TIMEOUT);
        int restarts = flink.restarts(job);
        flink.cancel(job);

        ObjectMapper mapper = JsonMappers.newMapper();
        List<String> letters = new ArrayList<>();
        List<String> writtenLetters = new ArrayList<>();
        for (String line : KINESIS.readAllStrings(deadLetters)) {
            DeadLetter letter = mapper.readValue(line, DeadLetter.class);
            letters.add(letter.getReason().name());
            writtenLetters.add(
                    BadInputFeed.letter(letter.getReason().name(), letter.getOperator(), letter.decodePayload()));
            assertThat(letter.isTruncated()).as(line).isFalse();
            assertThat(letter.getPayloadEncoding())
                    .as(line)
                    .isEqualTo(letter.getReason() == DeadLetterReason.NOT_UTF8 ? DeadLetter.BASE64 : DeadLetter.UTF_8);
        }
        List<String> written = KINESIS.readAllStrings(output);
        List<String> badReasons = feed.badReasons();
        System.out.printf(
                Locale.ROOT,
                "tumbling-window bad input: %d good ticks, %d bad records %s, %d late ticks; %d counts (%d expected),"
                        + " %d dead letters, %d restarts, %d ms%n",
                TICKS,
                badReasons.size(),
                BadInputFeed.histogram(badReasons),
                late.size(),
                written.size(),
                expected.size(),
                letters.size(),
                restarts,
                (done - started) / 1_000_000);
        System.out.printf(Locale.ROOT, "tumbling-window dead letters by reason: %s%n", BadInputFeed.histogram(letters));

        assertThat(restarts).as("restarts").isZero();
        assertThat(written).hasSize(expected.size()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(badReasons).hasSize(TICKS / BAD_EVERY);
        assertThat(feed.expectedLetters()).hasSize(badReasons.size() + late.size());
        assertThat(writtenLetters)
                .as("dead letters: reason, operator and payload of each")
                .hasSize(feed.expectedLetters().size())
                .containsExactlyInAnyOrderElementsOf(feed.expectedLetters());
    }

    private static List<String> expectedCounts() {
        Map<String, Long> counts = new TreeMap<>();
        for (int i = 0; i < TICKS; i++) {
            counts.merge(
                    Math.floorDiv(WindowTestTicks.timeOf(i), SIZE_MS) + "/" + WindowTestTicks.tickerOf(i),
                    1L,
                    Long::sum);
        }
        return counts.entrySet().stream()
                .map(e -> e.getKey().substring(e.getKey().indexOf('/') + 1) + "," + e.getValue())
                .collect(Collectors.toList());
    }

    /** The payload of a late tick's dead letter: ticker, value (1.0 to a count), event time, the window it missed. */
    private static byte[] lateTick(String ticker, LocalDateTime time) {
        long millis = time.toInstant(ZoneOffset.UTC).toEpochMilli();
        return BadInputFeed.lateTick(
                ticker, "value", 1.0, millis, List.of(Math.floorDiv(millis, SIZE_MS) * SIZE_MS), SIZE_MS);
    }

    private static ApplicationProperties properties(String input, String output, String deadLetters) {
        Map<String, Map<String, String>> groups = new HashMap<>();
        groups.put(
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
                        "200ms"));
        groups.put(TumblingWindowJob.INPUT_GROUP, KINESIS.sourceProperties(input));
        groups.put(TumblingWindowJob.OUTPUT_GROUP, KINESIS.sinkProperties(output));
        groups.put(
                TumblingWindowJob.WINDOW_GROUP,
                Map.of(
                        "window.time",
                        "event",
                        "window.size",
                        SIZE_MS + "ms",
                        "watermark.timestamp.field",
                        "event_time",
                        "watermark.max-out-of-orderness",
                        "2s",
                        "json.max-payload-bytes",
                        Integer.toString(MAX_PAYLOAD_BYTES)));
        groups.put("DeadLetters", KINESIS.sinkProperties(deadLetters));
        return ApplicationProperties.of(groups);
    }
}
