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

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.flinkblocks.operators.deadletter.DeadLetter;
import io.flinkblocks.operators.deadletter.DeadLetterReason;
import io.flinkblocks.operators.json.JsonMappers;
import io.flinkblocks.testing.ApplicationPropertiesFile;
import io.flinkblocks.testing.cluster.ClusterJobRun;
import io.flinkblocks.testing.cluster.FlinkClusterExtension;
import io.flinkblocks.testing.cluster.FlinkStandaloneCluster;
import io.flinkblocks.testing.kinesis.LocalKinesisExtension;
import io.flinkblocks.testing.ticks.BadInputFeed;
import io.flinkblocks.testing.ticks.BadRecordCorpus;
import io.flinkblocks.testing.ticks.WindowTestTicks;

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

    private static final int TICKS = 200;
    /** One bad record after every this many good ticks, cycling through the corpus (19 kinds). */
    private static final int BAD_EVERY = 10;

    private static final long SIZE_MS = 2000;
    private static final long SLIDE_MS = 1000;
    private static final int MAX_PAYLOAD_BYTES = 2048;
    private static final Duration TIMEOUT = Duration.ofMinutes(3);

    @Test
    void minimaEqualThoseOfTheGoodTicksAndEveryBadRecordIsADeadLetter(
            FlinkStandaloneCluster flink, @TempDir Path folder) throws Exception {
        String input = KINESIS.createStream("ClusterTicks", 1);
        String output = KINESIS.createStream("ClusterMinima", 1);
        String deadLetters = KINESIS.createStream("ClusterDeadLetters", 1);

        BadInputFeed feed = new BadInputFeed(BadRecordCorpus.of(MAX_PAYLOAD_BYTES), BAD_EVERY, "Parse stock ticks");
        List<byte[]> firstHalf = feed.mix(0, TICKS / 2, WindowTestTicks::tick);
        List<byte[]> secondHalf = feed.mix(TICKS / 2, TICKS, WindowTestTicks::tick);
        // Ticks after their windows fired (100 ms after the start, an hour and a day before it), with the
        // lowest prices of all: a late tick counted would change a minimum.
        List<byte[]> late = WindowTestTicks.late(
                feed, SlidingWindowJob.WINDOW_NAME, k -> 0.25 * (k + 1), SlidingWindowClusterIT::lateTick);
        // Ticks an hour later close every window of the good ticks.
        List<byte[]> closing = WindowTestTicks.closing(5);
        TreeMap<Long, List<String>> expectedByWindow = expectedMinima();
        List<String> expected =
                expectedByWindow.values().stream().flatMap(List::stream).collect(Collectors.toList());
        // Once the minima of every window up to the last one of the first late tick (starting at 0) are out, it has
        // fired.
        long firedBeforeLate = expectedByWindow.headMap(0L, true).values().stream()
                .mapToLong(List::size)
                .sum();
        Path properties = writeProperties(folder.resolve("application_properties.json"), input, output, deadLetters);

        ClusterJobRun run = ClusterJobRun.start(flink, properties, TIMEOUT);
        KINESIS.kinesis().putRecords(input, firstHalf);
        run.await("the first minima", () -> KINESIS.readAllStrings(output).size() >= firedBeforeLate);
        KINESIS.kinesis().putRecords(input, late);
        KINESIS.kinesis().putRecords(input, secondHalf);
        KINESIS.kinesis().putRecords(input, closing);
        run.await(
                "every minimum and dead letter",
                () -> KINESIS.readAllStrings(output).size() >= expected.size()
                        && KINESIS.readAllStrings(deadLetters).size()
                                >= feed.expectedLetters().size());
        // Two more checkpoints: anything beyond the expected output would have been written by then.
        long restarts = run.settle();
        run.cancel();

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
        // Equal lines of different windows are expected (the same count twice): what is written beyond the
        // expected lines, each of which is compared below as a multiset, is what came twice.
        int duplicates = Math.max(0, written.size() - expected.size());
        System.out.printf(
                Locale.ROOT,
                "sliding-window on a cluster: %d good ticks, %d bad records %s, %d late ticks; %d minima (%d expected,"
                        + " %d duplicates), %d dead letters %s, %d restarts, %d ms from submission to the last result%n",
                TICKS,
                badReasons.size(),
                BadInputFeed.histogram(badReasons),
                late.size(),
                written.size(),
                expected.size(),
                duplicates,
                letters.size(),
                BadInputFeed.histogram(letters),
                restarts,
                run.millisToLastResult());

        assertThat(restarts).as("restarts").isZero();
        assertThat(written).hasSize(expected.size()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(badReasons).hasSize(TICKS / BAD_EVERY);
        assertThat(new HashSet<>(badReasons)).as("every kind of bad record").hasSize(BadRecordCorpus.REASONS);
        assertThat(feed.expectedLetters()).hasSize(badReasons.size() + late.size());
        assertThat(writtenLetters)
                .as("dead letters: reason, operator and payload of each")
                .hasSize(feed.expectedLetters().size())
                .containsExactlyInAnyOrderElementsOf(feed.expectedLetters());
    }

    /** The {@code ticker,min} lines of each 2-second window sliding by 1 second (by its start), from the good ticks. */
    private static TreeMap<Long, List<String>> expectedMinima() {
        Map<String, Double> minima = new TreeMap<>();
        for (int i = 0; i < TICKS; i++) {
            long lastStart = Math.floorDiv(WindowTestTicks.timeOf(i), SLIDE_MS) * SLIDE_MS;
            for (long start = lastStart; start > WindowTestTicks.timeOf(i) - SIZE_MS; start -= SLIDE_MS) {
                minima.merge(start + "/" + WindowTestTicks.tickerOf(i), WindowTestTicks.priceOf(i), Math::min);
            }
        }
        TreeMap<Long, List<String>> byWindow = new TreeMap<>();
        minima.forEach((key, min) -> byWindow.computeIfAbsent(
                        Long.parseLong(key.substring(0, key.indexOf('/'))), w -> new ArrayList<>())
                .add(key.substring(key.indexOf('/') + 1) + "," + min));
        return byWindow;
    }

    /** The payload of a late tick's dead letter: ticker, price, event time, the two windows it missed. */
    private static byte[] lateTick(String ticker, LocalDateTime time, double price) {
        long millis = time.toInstant(ZoneOffset.UTC).toEpochMilli();
        long last = Math.floorDiv(millis, SLIDE_MS) * SLIDE_MS;
        return BadInputFeed.lateTick(ticker, "price", price, millis, List.of(last - SLIDE_MS, last), SIZE_MS);
    }

    private static Path writeProperties(Path file, String input, String output, String deadLetters) {
        Map<String, Map<String, String>> groups = new LinkedHashMap<>();
        groups.put(
                "FlinkEnvironment",
                Map.of(
                        "parallelism",
                        "1",
                        "checkpoint.interval",
                        "1s",
                        "checkpoint.min-pause",
                        "500ms",
                        "checkpoint.retention",
                        "DELETE_ON_CANCELLATION",
                        "restart.delay",
                        "1s"));
        groups.put(SlidingWindowJob.INPUT_GROUP, KINESIS.sourceProperties(input));
        groups.put(SlidingWindowJob.OUTPUT_GROUP, quickSink(KINESIS.sinkProperties(output)));
        groups.put(
                SlidingWindowJob.WINDOW_GROUP,
                Map.of(
                        "window.time",
                        "event",
                        "window.size",
                        SIZE_MS + "ms",
                        "window.slide",
                        SLIDE_MS + "ms",
                        "watermark.timestamp.field",
                        "event_time",
                        "watermark.max-out-of-orderness",
                        "2s",
                        "json.max-payload-bytes",
                        Integer.toString(MAX_PAYLOAD_BYTES)));
        groups.put("DeadLetters", quickSink(KINESIS.sinkProperties(deadLetters)));
        return ApplicationPropertiesFile.write(file, groups);
    }

    /** A Kinesis sink that sends what it holds after 100 ms instead of 5 s: results come out sooner, the test is shorter. */
    static Map<String, String> quickSink(Map<String, String> sink) {
        sink.put("sink.flush-buffer.timeout", "100ms");
        return sink;
    }
}
