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
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.apache.flink.api.common.JobID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.flinkblocks.operators.deadletter.DeadLetter;
import io.flinkblocks.operators.deadletter.DeadLetterReason;
import io.flinkblocks.operators.json.JsonMappers;
import io.flinkblocks.testing.ApplicationPropertiesFile;
import io.flinkblocks.testing.cluster.FlinkClusterExtension;
import io.flinkblocks.testing.cluster.FlinkStandaloneCluster;
import io.flinkblocks.testing.kinesis.LocalKinesisExtension;

/**
 * The shaded JAR on a real session cluster, as MSF runs it (uploaded and run through REST with a
 * {@code --properties} file, RocksDB with incremental checkpoints), on event time
 * ({@code window.time=event}), from a local Kinesis stream holding good ticks, every 7th out of order
 * within the watermark bound, a bad record of each kind after every {@value #BAD_EVERY} good ticks and
 * three ticks that come after their windows fired, with the lowest prices of all: the {@code ticker,min}
 * lines of the 2-second windows sliding by 1 second equal those computed from the good ticks, each once; the dead-letter stream holds one dead letter per bad record with its
 * reason, operator and original bytes, and one per late tick (reason {@code LATE}); 0 restarts.
 */
class SlidingWindowClusterIT {

    @RegisterExtension
    static final LocalKinesisExtension KINESIS = new LocalKinesisExtension();

    @RegisterExtension
    static final FlinkClusterExtension FLINK = new FlinkClusterExtension();

    private static final String[] TICKERS = {"AAPL", "AMZN", "MSFT", "INTC", "TBV"};
    private static final LocalDateTime T0 = LocalDateTime.of(2026, 11, 24, 10, 0, 0);
    private static final int TICKS = 200;
    private static final long STEP_MS = 50;
    /** One bad record after every this many good ticks, cycling through the corpus (19 kinds). */
    private static final int BAD_EVERY = 10;
    private static final long SIZE_MS = 2000;
    private static final long SLIDE_MS = 1000;
    private static final int MAX_PAYLOAD_BYTES = 2048;
    private static final Duration TIMEOUT = Duration.ofMinutes(3);

    @Test
    void minimaEqualThoseOfTheGoodTicksAndEveryBadRecordIsADeadLetter(FlinkStandaloneCluster flink, @TempDir Path folder)
            throws Exception {
        String input = KINESIS.createStream("ClusterTicks", 1);
        String output = KINESIS.createStream("ClusterMinima", 1);
        String deadLetters = KINESIS.createStream("ClusterDeadLetters", 1);

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
        // Ticks an hour later close every window of the good ticks.
        List<byte[]> closing = new ArrayList<>();
        for (int i = 0; i < TICKERS.length; i++) {
            closing.add(bytes(tick(T0.plusHours(1).plusNanos(i * 1_000_000L), TICKERS[i], 1.0)));
        }
        TreeMap<Long, List<String>> expectedByWindow = expectedMinima();
        List<String> expected = expectedByWindow.values().stream().flatMap(List::stream).collect(Collectors.toList());
        // Once the minima of every window up to the last one of the first late tick (starting at 0) are out, it has fired.
        long firedBeforeLate = expectedByWindow.headMap(0L, true).values().stream().mapToLong(List::size).sum();
        Path properties = writeProperties(folder.resolve("application_properties.json"), input, output, deadLetters);

        long started = System.nanoTime();
        JobID job = flink.run(flink.uploadJar(Paths.get(System.getProperty("shaded.jar"))), "--properties", properties.toString());
        flink.awaitAllTasksRunning(job, TIMEOUT);
        KINESIS.kinesis().putRecords(input, firstHalf);
        FlinkStandaloneCluster.await("the first minima", TIMEOUT, () -> KINESIS.readAllStrings(output).size() >= firedBeforeLate);
        KINESIS.kinesis().putRecords(input, late);
        KINESIS.kinesis().putRecords(input, secondHalf);
        KINESIS.kinesis().putRecords(input, closing);
        FlinkStandaloneCluster.await("every minimum and dead letter", TIMEOUT, () -> KINESIS.readAllStrings(output).size() >= expected.size()
                && KINESIS.readAllStrings(deadLetters).size() >= expectedLetters.size());
        long done = System.nanoTime();
        // Two more checkpoints: anything beyond the expected output would have been written by then.
        long checkpoints = flink.completedCheckpoints(job);
        FlinkStandaloneCluster.await("two more checkpoints", TIMEOUT, () -> flink.completedCheckpoints(job) >= checkpoints + 2);
        long restarts = flink.restarts(job);
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
        // Equal lines of different windows are expected (the same count twice): what is written beyond the
        // expected lines, each of which is compared below as a multiset, is what came twice.
        int duplicates = Math.max(0, written.size() - expected.size());
        System.out.printf(Locale.ROOT, "sliding-window on a cluster: %d good ticks, %d bad records %s, %d late ticks; %d minima (%d expected,"
                        + " %d duplicates), %d dead letters %s, %d restarts, %d ms from submission to the last result%n",
                TICKS, badReasons.size(), histogram(badReasons), late.size(), written.size(), expected.size(), duplicates,
                letters.size(), histogram(letters), restarts, (done - started) / 1_000_000);

        assertThat(restarts).as("restarts").isZero();
        assertThat(written).hasSize(expected.size()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(badReasons).hasSize(TICKS / BAD_EVERY);
        assertThat(new HashSet<>(badReasons)).as("every kind of bad record").hasSize(7);
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

    /** The {@code ticker,min} lines of each 2-second window sliding by 1 second (by its start), from the good ticks. */
    private static TreeMap<Long, List<String>> expectedMinima() {
        Map<String, Double> minima = new TreeMap<>();
        for (int i = 0; i < TICKS; i++) {
            long lastStart = Math.floorDiv(timeOf(i), SLIDE_MS) * SLIDE_MS;
            for (long start = lastStart; start > timeOf(i) - SIZE_MS; start -= SLIDE_MS) {
                minima.merge(start + "/" + TICKERS[i % TICKERS.length], priceOf(i), Math::min);
            }
        }
        TreeMap<Long, List<String>> byWindow = new TreeMap<>();
        minima.forEach((key, min) -> byWindow.computeIfAbsent(Long.parseLong(key.substring(0, key.indexOf('/'))), w -> new ArrayList<>())
                .add(key.substring(key.indexOf('/') + 1) + "," + min));
        return byWindow;
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

    private static Path writeProperties(Path file, String input, String output, String deadLetters) {
        Map<String, Map<String, String>> groups = new LinkedHashMap<>();
        groups.put("FlinkEnvironment", Map.of("parallelism", "1", "checkpoint.interval", "1s", "checkpoint.min-pause", "500ms",
                "checkpoint.retention", "DELETE_ON_CANCELLATION", "restart.delay", "1s"));
        groups.put(SlidingWindowJob.INPUT_GROUP, KINESIS.sourceProperties(input));
        groups.put(SlidingWindowJob.OUTPUT_GROUP, quickSink(KINESIS.sinkProperties(output)));
        groups.put(SlidingWindowJob.WINDOW_GROUP, Map.of("window.time", "event", "window.size", SIZE_MS + "ms", "window.slide", SLIDE_MS + "ms",
                "watermark.timestamp.field", "event_time", "watermark.max-out-of-orderness", "2s",
                "json.max-payload-bytes", Integer.toString(MAX_PAYLOAD_BYTES)));
        groups.put("DeadLetters", quickSink(KINESIS.sinkProperties(deadLetters)));
        return ApplicationPropertiesFile.write(file, groups);
    }

    /** A Kinesis sink that sends what it holds after 100 ms instead of 5 s: results come out sooner, the test is shorter. */
    static Map<String, String> quickSink(Map<String, String> sink) {
        sink.put("sink.flush-buffer.timeout", "100ms");
        return sink;
    }
}
