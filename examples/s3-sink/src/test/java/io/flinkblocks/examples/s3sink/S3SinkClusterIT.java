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

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.flinkblocks.runtime.ApplicationProperties;
import io.flinkblocks.testing.ApplicationPropertiesFile;
import io.flinkblocks.testing.ShadedJar;
import io.flinkblocks.testing.cluster.ClusterJobRun;
import io.flinkblocks.testing.cluster.FlinkClusterExtension;
import io.flinkblocks.testing.cluster.FlinkStandaloneCluster;
import io.flinkblocks.testing.kinesis.LocalKinesisExtension;
import io.flinkblocks.testing.results.WrittenRecords;
import io.flinkblocks.testing.s3.LocalS3;
import io.flinkblocks.testing.s3.LocalS3Extension;
import io.flinkblocks.testing.ticks.TickJson;
import io.flinkblocks.testing.ticks.TickWindowGroups;

/**
 * The shaded JAR on a real cluster, writing {@code s3://} through the cluster's {@code s3-fs-hadoop}
 * plugin (the JAR carries no file system; the test class path's copy serves only this JVM), configured
 * in the cluster's {@code config.yaml} for the local S3: endpoint, path-style access, the
 * {@code S3SignerType} signing that s3rver's multipart uploads need. Ticks from the local Kinesis are
 * counted per ticker and event-time minute; each count must be committed exactly once.
 */
class S3SinkClusterIT {

    private static final Logger LOG = LoggerFactory.getLogger(S3SinkClusterIT.class);
    private static final Duration TIMEOUT = Duration.ofMinutes(3);
    private static final String LOCAL_PROPERTIES = "local/flink-application-properties-local.json";
    private static final List<String> TICKERS = Arrays.asList("AAPL", "AMZN", "MSFT", "INTC", "TBV");
    private static final LocalDateTime T0 = LocalDateTime.of(2026, 11, 24, 10, 0, 0);
    private static final long SIZE_MS = 60_000;

    @RegisterExtension
    static final LocalS3Extension S3 = new LocalS3Extension();

    @RegisterExtension
    static final LocalKinesisExtension KINESIS = new LocalKinesisExtension();

    // The local S3 starts first: its settings go into the cluster's configuration, read by the plugin.
    @RegisterExtension
    static final FlinkClusterExtension FLINK = FlinkClusterExtension.shared(
            FlinkStandaloneCluster.builder().configure(LocalS3.get().flinkConfiguration()));

    @Test
    void commitsEachCountPerTickerAndMinuteOnceThroughTheS3Plugin(
            FlinkStandaloneCluster flink, LocalS3 s3, @TempDir Path folder) throws IOException {
        Path shaded = ClusterJobRun.shadedJar();
        // s3:// must come from the cluster's plugin, not from the JAR.
        ShadedJar.open(shaded).assertNoEntriesUnder("org/apache/flink/fs/");
        long start = System.nanoTime();
        String bucket = s3.bucket("s3-sink-cluster");
        String input = KINESIS.createStream("ExampleInputStream", 1);
        Random random = new Random(7);
        List<String> records = new ArrayList<>();
        Map<String, Long> expected = new TreeMap<>();
        for (int i = 0; i < 600; i++) {
            LocalDateTime time = T0.plusNanos(i * 250_000_000L); // 150 s: the minutes 10:00, 10:01 and 10:02
            String ticker = TICKERS.get(random.nextInt(TICKERS.size()));
            records.add(TickJson.of(time, ticker, random.nextInt(10_000) / 100.0));
            long millis = time.toInstant(ZoneOffset.UTC).toEpochMilli();
            expected.merge(ticker + "@" + (millis - Math.floorMod(millis, SIZE_MS)), 1L, Long::sum);
        }
        // A tick five minutes later moves the watermark past the three minutes, which fire.
        records.add(TickJson.of(T0.plusMinutes(5), "AMZN", 1.0));
        KINESIS.putStrings(input, records);
        List<String> expectedCounts = expected.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.toList());

        Map<String, Map<String, String>> groups =
                ApplicationProperties.fromFile(Paths.get(LOCAL_PROPERTIES)).toGroupMaps();
        groups.get("FlinkEnvironment")
                .putAll(Map.of("checkpoint.interval", "1s", "checkpoint.min-pause", "200ms", "parallelism", "1"));
        KINESIS.pointAt(groups.get(S3SinkJob.INPUT_GROUP), input);
        groups.get(S3SinkJob.WINDOW_GROUP).putAll(TickWindowGroups.eventTimeInOrder());
        groups.get(S3SinkJob.SINK_GROUP).put("path", "s3://" + bucket + "/data");
        Path properties = ApplicationPropertiesFile.write(folder.resolve("application-properties.json"), groups);

        ClusterJobRun run = ClusterJobRun.submit(flink, shaded, properties, TIMEOUT);
        run.awaitWithoutFailure(
                "the " + expectedCounts.size() + " counts committed to S3",
                () -> CommittedCounts.committedLines(s3, bucket).size() >= expectedCounts.size());
        // Two more checkpoints: a count committed twice (a part file committed again) would show by now.
        long restarts = run.settleWithoutFailure();
        long seconds = Duration.ofNanos(System.nanoTime() - start).toSeconds();
        run.cancel();

        List<String> counts = CommittedCounts.countsList(CommittedCounts.committedLines(s3, bucket));
        long duplicates = WrittenRecords.of(counts).duplicates();
        LOG.info(
                "s3-sink on the cluster: {} records in, {} counts expected, {} committed in {} objects, {} duplicates,"
                        + " {} restarts, {} s",
                records.size(),
                expectedCounts.size(),
                counts.size(),
                CommittedCounts.committedObjects(s3, bucket).size(),
                duplicates,
                restarts,
                seconds);
        assertThat(expectedCounts).hasSize(15);
        assertThat(duplicates).isZero();
        assertThat(counts).containsExactlyInAnyOrderElementsOf(expectedCounts);
        assertThat(CommittedCounts.committedObjects(s3, bucket))
                .allSatisfy(key -> assertThat(key).endsWith(".jsonl"));
        assertThat(restarts).isZero();
        assertThat(flink.scanLogs().findings())
                .as("cluster log lines holding a planted secret")
                .isEmpty();
    }
}
