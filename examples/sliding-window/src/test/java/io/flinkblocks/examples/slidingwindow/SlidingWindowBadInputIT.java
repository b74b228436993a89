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
package io.flinkblocks.examples.slidingwindow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.apache.flink.api.common.JobID;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
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
import io.flinkblocks.testing.kinesis.LocalKinesisExtension;

/**
 * The sliding-window job as shipped, from local Kinesis on event time, fed good ticks mixed with a
 * corpus of bad records (malformed JSON, wrong types, missing fields, empty, non-UTF-8, oversize,
 * invalid values), out-of-order ticks within the watermark bound, and ticks that arrive after their
 * windows fired: the minimum prices per ticker over 2-second windows sliding by 1 second equal those
 * over the good ticks alone, and the dead-letter stream holds exactly one dead letter per bad record,
 * with its reason and its original bytes (Base64 for the records that are not UTF-8), and one per late
 * tick (reason {@code LATE}, naming the two windows it missed); the job never restarts.
 *
 * <p>On the heap only. Parsing does not depend on the state backend; the window's state and late
 * records do, and on RocksDB with incremental checkpoints they are tested by {@code BadInputIT}
 * (reliability-tests: the same blocks, a tumbling and a two-phase sliding window) and, for this job,
 * by {@code SlidingWindowClusterIT} on a real cluster.
 */
class SlidingWindowBadInputIT {

    @RegisterExtension
    static final LocalKinesisExtension KINESIS = new LocalKinesisExtension();

    private static final String[] TICKERS = {"AAPL", "AMZN", "MSFT", "INTC", "TBV"};
    private static final LocalDateTime T0 = LocalDateTime.of(2026, 11, 24, 10, 0, 0);
    private static final int TICKS = 2000;
    private static final long STEP_MS = 50;
    /** One bad record after every this many good ticks, cycling through the corpus. */
    private static final int BAD_EVERY = 20;
    private static final long SIZE_MS = 2000;
    private static final long SLIDE_MS = 1000;
    private static final int MAX_PAYLOAD_BYTES = 2048;
    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    private static LocalFlinkCluster flink;

    @BeforeAll
    static void startFlink() throws Exception {
        flink = LocalFlinkCluster.start(1, 2);
    }

    @AfterAll
    static void stopFlink() throws Exception {
        flink.close();
    }

    @Test
    void minimaEqualThoseOfTheGoodTicksAndEveryBadRecordIsADeadLetter() throws Exception {
        String input = KINESIS.createStream("BadInput", 2);
        String output = KINESIS.createStream("BadInputMinima", 1);
        String deadLetters = KINESIS.createStream("BadInputDeadLetters", 1);

        List<String[]> corpus = corpus();
        List<String> badReasons = new ArrayList<>();
        // reason|operator|payload bytes in Base64, one per dead letter due
        List<String> expectedLetters = new ArrayList<>();
        List<byte[]> firstHalf = mixed(0, TICKS / 2, corpus, badReasons, expectedLetters);
        List<byte[]> secondHalf = mixed(TICKS / 2, TICKS, corpus, badReasons, expectedLetters);
        // After their windows fired: 100 ms after the start, an hour and a day before it; the lowest prices of
        // all, so a late tick counted would change a minimum.
        List<LocalDateTime> lateTimes = List.of(offset(100), T0.minusHours(1), T0.minusDays(1));
        List<String> lateTickers = List.of("AMZN", "TBV", "AMZN");
        List<byte[]> late = new ArrayList<>();
        for (int i = 0; i < lateTimes.size(); i++) {
            double price = 0.25 * (i + 1);
            late.add(bytes(tick(lateTimes.get(i), lateTickers.get(i), price)));
            expectedLetters.add(letter("LATE", SlidingWindowJob.WINDOW_NAME, bytes(lateTick(lateTickers.get(i), lateTimes.get(i), price))));
        }
        // Ticks an hour later, on both shards, close every window of the good ticks on both subtasks.
        List<byte[]> closing = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            closing.add(bytes(tick(T0.plusHours(1).plusNanos(i * 1_000_000L), TICKERS[i % TICKERS.length], 1.0)));
        }
        List<String> expected = expectedMinima();

        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        JobLauncher.define(env, properties(input, output, deadLetters), SlidingWindowJob::build);
        OperatorUidCheck.assertEveryOperatorHasUid(env);

        long started = System.nanoTime();
        JobID job = flink.submit(env, "sliding-window with bad input");
        flink.awaitAllTasksRunning(job, TIMEOUT);
        KINESIS.kinesis().putRecords(input, firstHalf);
        // Fifty minima out: event time is past the windows the late ticks belong to.
        LocalFlinkCluster.await("first minima", TIMEOUT, () -> KINESIS.readAllStrings(output).size() >= 50);
        KINESIS.kinesis().putRecords(input, late);
        KINESIS.kinesis().putRecords(input, secondHalf);
        KINESIS.kinesis().putRecords(input, closing);
        LocalFlinkCluster.await("every minimum and dead letter", TIMEOUT, () -> KINESIS.readAllStrings(output).size() >= expected.size()
                && KINESIS.readAllStrings(deadLetters).size() >= expectedLetters.size());
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
            writtenLetters.add(letter(letter.getReason().name(), letter.getOperator(), letter.decodePayload()));
            assertThat(letter.isTruncated()).as(line).isFalse();
            assertThat(letter.getPayloadEncoding()).as(line)
                    .isEqualTo(letter.getReason() == DeadLetterReason.NOT_UTF8 ? DeadLetter.BASE64 : DeadLetter.UTF_8);
        }
        List<String> written = KINESIS.readAllStrings(output);
        System.out.printf(Locale.ROOT, "sliding-window bad input: %d good ticks, %d bad records %s, %d late ticks; %d minima (%d expected),"
                        + " %d dead letters, %d restarts, %d ms%n",
                TICKS, badReasons.size(), histogram(badReasons), late.size(), written.size(), expected.size(), letters.size(),
                restarts, (done - started) / 1_000_000);
        System.out.printf(Locale.ROOT, "sliding-window dead letters by reason: %s%n", histogram(letters));

        assertThat(restarts).as("restarts").isZero();
        assertThat(written).hasSize(expected.size()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(badReasons).hasSize(TICKS / BAD_EVERY);
        assertThat(expectedLetters).hasSize(badReasons.size() + late.size());
        assertThat(writtenLetters).as("dead letters: reason, operator and payload of each")
                .hasSize(expectedLetters.size()).containsExactlyInAnyOrderElementsOf(expectedLetters);
    }

    /** Tick i at T0 + 50 ms * i, tickers in turn; every 7th 1.5 s early, within the 2 s watermark bound. */
    private static long timeOf(int i) {
        return i * STEP_MS - (i % 7 == 6 ? 1500 : 0);
    }

    private static double priceOf(int i) {
        return 1 + (i * 37 % 1000) / 4.0;
    }

    /** "ticker,min" of each 2-second window sliding by 1 second that holds a good tick. */
    private static List<String> expectedMinima() {
        Map<String, Double> minima = new TreeMap<>();
        for (int i = 0; i < TICKS; i++) {
            long lastStart = Math.floorDiv(timeOf(i), SLIDE_MS) * SLIDE_MS;
            for (long start = lastStart; start > timeOf(i) - SIZE_MS; start -= SLIDE_MS) {
                minima.merge(start + "/" + TICKERS[i % TICKERS.length], priceOf(i), Math::min);
            }
        }
        return minima.entrySet().stream()
                .map(e -> e.getKey().substring(e.getKey().indexOf('/') + 1) + "," + e.getValue())
                .collect(Collectors.toList());
    }

    /** Good ticks {@code from} to {@code to}, a bad record of the corpus after every {@value #BAD_EVERY}. */
    private static List<byte[]> mixed(int from, int to, List<String[]> corpus, List<String> badReasons, List<String> expectedLetters) {
        List<byte[]> payloads = new ArrayList<>();
        for (int i = from; i < to; i++) {
            payloads.add(bytes(tick(offset(timeOf(i)), TICKERS[i % TICKERS.length], priceOf(i))));
            if (i % BAD_EVERY == BAD_EVERY - 1) {
                String[] bad = corpus.get(badReasons.size() % corpus.size());
                byte[] payload = bad[1].equals("NOT_UTF8") ? notUtf8(badReasons.size() % 2 == 0) : bytes(bad[0]);
                payloads.add(payload);
                expectedLetters.add(letter(bad[1], "Parse stock ticks", payload));
                badReasons.add(bad[1]);
            }
        }
        return payloads;
    }

    /** Payload and reason of each kind of bad record. */
    private static List<String[]> corpus() {
        String time = "\"event_time\": \"2026-11-24T10:00:00.500\"";
        List<String[]> bad = new ArrayList<>();
        bad.add(new String[] {"{\"ticker\": \"AMZN\"", "MALFORMED_JSON"});
        bad.add(new String[] {"not json at all", "MALFORMED_JSON"});
        bad.add(new String[] {"{" + time + ", \"ticker\": \"AMZN\", \"price\": 1.0,}", "MALFORMED_JSON"});
        bad.add(new String[] {"{" + time + ", \"ticker\": \"AMZN\", \"price\": 1.0}{", "MALFORMED_JSON"});
        bad.add(new String[] {"{" + time + ", \"ticker\": \"AMZN\", \"price\": \"abc\"}", "WRONG_TYPE"});
        bad.add(new String[] {"{\"event_time\": \"yesterday\", \"ticker\": \"AMZN\", \"price\": 1.0}", "WRONG_TYPE"});
        bad.add(new String[] {"{\"event_time\": true, \"ticker\": \"AMZN\", \"price\": 1.0}", "WRONG_TYPE"});
        bad.add(new String[] {"[1, 2, 3]", "WRONG_TYPE"});
        bad.add(new String[] {"{\"ticker\": \"AMZN\", \"price\": 1.0}", "MISSING_FIELD"});
        bad.add(new String[] {"{" + time + ", \"price\": 1.0}", "MISSING_FIELD"});
        bad.add(new String[] {"{" + time + ", \"ticker\": \"AMZN\"}", "MISSING_FIELD"});
        bad.add(new String[] {"{}", "MISSING_FIELD"});
        bad.add(new String[] {"", "EMPTY"});
        bad.add(new String[] {"   \n", "EMPTY"});
        bad.add(new String[] {null, "NOT_UTF8"});
        bad.add(new String[] {null, "NOT_UTF8"});
        bad.add(new String[] {"{" + time + ", \"ticker\": \"AMZN\", \"price\": 1.0, \"note\": \""
                + String.join("", Collections.nCopies(MAX_PAYLOAD_BYTES, "x")) + "\"}", "OVERSIZE"});
        bad.add(new String[] {"{" + time + ", \"ticker\": \"\", \"price\": 1.0}", "INVALID"});
        bad.add(new String[] {"{" + time + ", \"ticker\": \"AMZN\", \"price\": -5.0}", "INVALID"});
        return bad;
    }

    /** Two kinds of bytes that are not UTF-8: a broken two-byte sequence, and a UTF-16 byte order mark. */
    private static byte[] notUtf8(boolean broken) {
        return broken ? new byte[] {'{', '"', (byte) 0xC3, 0x28, '"', ':', '1', '}'} : new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0};
    }

    private static Map<String, Long> histogram(List<String> reasons) {
        return reasons.stream().collect(Collectors.groupingBy(r -> r, TreeMap::new, Collectors.counting()));
    }

    /** How a dead letter is compared: reason, operator and the payload's bytes. */
    private static String letter(String reason, String operator, byte[] payload) {
        return reason + "|" + operator + "|" + Base64.getEncoder().encodeToString(payload);
    }

    /** The payload of a late tick's dead letter: ticker, price, event time, the two windows it missed. */
    private static String lateTick(String ticker, LocalDateTime time, double price) {
        long millis = time.toInstant(ZoneOffset.UTC).toEpochMilli();
        long last = Math.floorDiv(millis, SLIDE_MS) * SLIDE_MS;
        long first = last - SLIDE_MS;
        return "{\"ticker\":\"" + ticker + "\",\"price\":" + price + ",\"timestamp\":" + millis + ",\"event_time\":\""
                + Instant.ofEpochMilli(millis) + "\",\"windows\":[{\"window_start\":" + first + ",\"window_end\":" + (first + SIZE_MS)
                + "},{\"window_start\":" + last + ",\"window_end\":" + (last + SIZE_MS) + "}]}";
    }

    private static LocalDateTime offset(long millis) {
        return T0.plusNanos(millis * 1_000_000L);
    }

    private static String tick(LocalDateTime time, String ticker, double price) {
        return "{\"event_time\": \"" + time + "\", \"ticker\": \"" + ticker + "\", \"price\": " + price + "}";
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static ApplicationProperties properties(String input, String output, String deadLetters) {
        Map<String, Map<String, String>> groups = new HashMap<>();
        groups.put("FlinkEnvironment", Map.of("checkpoint.interval", "300ms", "checkpoint.min-pause", "100ms", "parallelism", "2",
                "restart.strategy", "FIXED_DELAY", "restart.attempts", "3", "restart.delay", "200ms"));
        groups.put(SlidingWindowJob.INPUT_GROUP, KINESIS.sourceProperties(input));
        groups.put(SlidingWindowJob.OUTPUT_GROUP, KINESIS.sinkProperties(output));
        groups.put(SlidingWindowJob.WINDOW_GROUP, Map.of("window.time", "event", "window.size", SIZE_MS + "ms", "window.slide", SLIDE_MS + "ms",
                "watermark.timestamp.field", "event_time", "watermark.max-out-of-orderness", "2s",
                "json.max-payload-bytes", Integer.toString(MAX_PAYLOAD_BYTES)));
        groups.put("DeadLetters", KINESIS.sinkProperties(deadLetters));
        return ApplicationProperties.of(groups);
    }
}
