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
package io.flinkblocks.examples.firehosesink;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.apache.flink.api.common.JobID;
import org.apache.flink.api.common.JobStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.flinkblocks.runtime.ApplicationProperties;
import io.flinkblocks.testing.ApplicationPropertiesFile;
import io.flinkblocks.testing.cluster.ClusterJobRun;
import io.flinkblocks.testing.cluster.FlinkClusterExtension;
import io.flinkblocks.testing.cluster.FlinkStandaloneCluster;
import io.flinkblocks.testing.firehose.FirehoseStandInExtension;
import io.flinkblocks.testing.kinesis.LocalKinesisExtension;
import io.flinkblocks.testing.ticks.TickJson;
import io.flinkblocks.testing.ticks.TickWindowGroups;

/**
 * The shaded JAR on a real cluster, the Kinesis source and the Firehose sink in one TaskManager JVM,
 * loaded from the one JAR in which the job parent kept flink-connector-aws-base's copies of the classes
 * both connectors carry (FLINK-35559). The Firehose stand-in injects errors so that the sink's error
 * paths, where the wrong copy throws a {@code ClassCastException} and hangs the writer, run on the
 * cluster: rejected records, throttling and unavailability are retried and every result is delivered
 * once; an {@code AccessDeniedException} fails the job promptly, with that error in its exceptions.
 */
class FirehoseSinkClusterIT {

    private static final Logger LOG = LoggerFactory.getLogger(FirehoseSinkClusterIT.class);
    private static final Duration TIMEOUT = Duration.ofMinutes(3);
    private static final String LOCAL_PROPERTIES = "local/flink-application-properties-local.json";
    private static final List<String> TICKERS = Arrays.asList("AAPL", "AMZN", "MSFT", "INTC", "TBV");
    private static final LocalDateTime T0 = LocalDateTime.of(2026, 11, 24, 10, 0, 0);
    private static final long SIZE_MS = 10_000;
    private static final long SLIDE_MS = 5_000;

    @RegisterExtension
    static final LocalKinesisExtension KINESIS = new LocalKinesisExtension();

    @RegisterExtension
    static final FirehoseStandInExtension FIREHOSE = new FirehoseStandInExtension();

    @RegisterExtension
    static final FlinkClusterExtension FLINK = new FlinkClusterExtension();

    @TempDir
    static Path folder;

    private static String jar;

    @BeforeAll
    static void upload() {
        jar = FLINK.cluster().uploadJar(ClusterJobRun.shadedJar());
    }

    @Test
    void retriesRejectedThrottledAndUnavailableBatchesAndDeliversEveryMinimumOnce(FlinkStandaloneCluster flink)
            throws IOException {
        long start = System.nanoTime();
        String input = KINESIS.createStream("ExampleInputStream", 1);
        String delivery = FIREHOSE.createDeliveryStream("ExampleDeliveryStream");
        List<String> records = new ArrayList<>();
        List<String> expected = putTicksAndComputeMinima(input, records);
        // The first calls fail: 12 records answered with a per-record error, then one call throttled and
        // one answered 500; the AWS SDK or the sink retries each, and no record may be lost or doubled.
        FIREHOSE.standIn().rejectNextRecords(12);
        FIREHOSE.standIn().throttleNextRequests(1);
        FIREHOSE.standIn().failNextRequestsUnavailable(1);

        ClusterJobRun run =
                ClusterJobRun.submit(flink, jar, writeProperties("delivered.json", input, delivery, Map.of()), TIMEOUT);
        run.awaitWithoutFailure(
                "the " + expected.size() + " minima delivered",
                () -> FIREHOSE.recordsAsStrings(delivery).size() >= expected.size());
        // Two more checkpoints: a result delivered twice would show by now.
        long restarts = run.settleWithoutFailure();
        long seconds = Duration.ofNanos(System.nanoTime() - start).toSeconds();
        run.cancel();

        List<String> delivered = FIREHOSE.recordsAsStrings(delivery);
        // Two windows of a ticker often share its minimum: a line delivered more often than expected is a duplicate.
        Map<String, Long> surplus = new HashMap<>();
        delivered.forEach(line -> surplus.merge(line, 1L, Long::sum));
        expected.forEach(line -> surplus.merge(line + "\n", -1L, Long::sum));
        long duplicates =
                surplus.values().stream().mapToLong(n -> Math.max(0, n)).sum();
        LOG.info(
                "firehose-sink on the cluster: {} records in, {} minima expected, {} delivered, {} duplicates, {} records"
                        + " rejected, {} calls failed, {} restarts, {} s",
                records.size(),
                expected.size(),
                delivered.size(),
                duplicates,
                FIREHOSE.standIn().rejectedRecords(),
                FIREHOSE.standIn().failedRequests(),
                restarts,
                seconds);
        assertThat(expected).hasSize(30);
        assertThat(FIREHOSE.standIn().rejectedRecords()).isEqualTo(12);
        assertThat(FIREHOSE.standIn().failedRequests()).isGreaterThanOrEqualTo(2);
        assertThat(duplicates).isZero();
        assertThat(delivered)
                .containsExactlyInAnyOrderElementsOf(
                        expected.stream().map(line -> line + "\n").collect(Collectors.toList()));
        assertThat(restarts).isZero();
        assertThat(flink.scanLogs().findings())
                .as("cluster log lines holding a planted secret")
                .isEmpty();
    }

    @Test
    void aFirehoseAccessDeniedFailsTheJobPromptlyWithThatError(FlinkStandaloneCluster flink) throws IOException {
        long start = System.nanoTime();
        String input = KINESIS.createStream("ExampleInputStream", 1);
        String delivery = FIREHOSE.createDeliveryStream("ExampleDeliveryStream");
        putTicksAndComputeMinima(input, new ArrayList<>());
        FIREHOSE.standIn().failNextRequests(1, 400, "AccessDeniedException", "not authorized to put records");

        // No restart: an error that no retry cures ends the job, where the wrong class copy hung it.
        JobID job = flink.run(
                jar,
                "--properties",
                writeProperties("denied.json", input, delivery, Map.of("restart.strategy", "none"))
                        .toString());
        flink.awaitStatus(job, JobStatus.FAILED, Duration.ofMinutes(2));
        long seconds = Duration.ofNanos(System.nanoTime() - start).toSeconds();

        List<String> exceptions = flink.exceptions(job);
        LOG.info(
                "firehose-sink on the cluster, AccessDeniedException: job FAILED after {} s, {} exception(s) recorded",
                seconds,
                exceptions.size());
        assertThat(exceptions).isNotEmpty();
        assertThat(exceptions.get(0)).contains("AccessDeniedException").doesNotContain("ClassCastException");
        assertThat(FIREHOSE.recordsAsStrings(delivery)).isEmpty();
    }

    /** Puts 600 ticks over 24 s of event time, a bad record and a tick that closes their windows; returns the minima. */
    private static List<String> putTicksAndComputeMinima(String input, List<String> records) {
        Random random = new Random(11);
        Map<String, Double> minByWindowAndTicker = new TreeMap<>();
        for (int i = 0; i < 600; i++) {
            LocalDateTime time = T0.plusNanos(i * 40_000_000L);
            String ticker = TICKERS.get(random.nextInt(TICKERS.size()));
            int cents = random.nextInt(10_000);
            records.add(TickJson.of(time, ticker, cents / 100.0));
            long millis = time.toInstant(ZoneOffset.UTC).toEpochMilli();
            long lastStart = millis - Math.floorMod(millis, SLIDE_MS);
            for (long start = lastStart; start > lastStart - SIZE_MS; start -= SLIDE_MS) {
                minByWindowAndTicker.merge(start + "/" + ticker, cents / 100.0, Math::min);
            }
            if (i == 200) {
                records.add("{\"ticker\": \"AMZN\", \"price\": \"cheap\"}");
            }
        }
        records.add(TickJson.of(T0.plusSeconds(60), "AMZN", 1.0));
        KINESIS.putStrings(input, records);
        return minByWindowAndTicker.entrySet().stream()
                .map(e -> e.getKey().substring(e.getKey().indexOf('/') + 1) + "," + e.getValue())
                .collect(Collectors.toList());
    }

    /** The local file pointed at the stand-ins, on event time, as MSF's runtime properties file. */
    private static Path writeProperties(String name, String input, String delivery, Map<String, String> environment) {
        Map<String, Map<String, String>> groups =
                ApplicationProperties.fromFile(Paths.get(LOCAL_PROPERTIES)).toGroupMaps();
        groups.get("FlinkEnvironment")
                .putAll(Map.of("checkpoint.interval", "1s", "checkpoint.min-pause", "200ms", "parallelism", "1"));
        groups.get("FlinkEnvironment").putAll(environment);
        groups.get(FirehoseSinkJob.INPUT_GROUP).put("stream.name", input);
        groups.get(FirehoseSinkJob.INPUT_GROUP).put("aws.endpoint", KINESIS.endpoint());
        groups.put(FirehoseSinkJob.OUTPUT_GROUP, new HashMap<>(FIREHOSE.sinkProperties(delivery)));
        groups.get(FirehoseSinkJob.OUTPUT_GROUP).put("sink.flush-buffer.timeout", "500ms");
        groups.get(FirehoseSinkJob.WINDOW_GROUP).putAll(TickWindowGroups.eventTimeInOrder());
        return ApplicationPropertiesFile.write(folder.resolve(name), groups);
    }
}
