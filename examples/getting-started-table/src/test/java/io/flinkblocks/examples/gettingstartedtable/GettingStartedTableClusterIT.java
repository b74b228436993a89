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
package io.flinkblocks.examples.gettingstartedtable;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.flinkblocks.runtime.ApplicationProperties;
import io.flinkblocks.testing.ApplicationPropertiesFile;
import io.flinkblocks.testing.cluster.ClusterJobRun;
import io.flinkblocks.testing.cluster.FlinkClusterExtension;
import io.flinkblocks.testing.cluster.FlinkStandaloneCluster;
import io.flinkblocks.testing.kinesis.LocalKinesisExtension;
import io.flinkblocks.testing.results.WrittenRecords;
import io.flinkblocks.testing.s3.LocalS3;
import io.flinkblocks.testing.s3.LocalS3Extension;
import io.flinkblocks.testing.ticks.TickJson;

/**
 * The shaded JAR on a real cluster: the SQL job reads the local Kinesis through the {@code kinesis} table
 * connector the JAR carries, with the planner, the JSON format and the {@code filesystem} connector of the
 * cluster's {@code lib/}, and writes {@code s3://} through the cluster's {@code s3-fs-hadoop} plugin,
 * partitioned by ticker, date and hour. Every tick above 50 must be committed once, in its partition.
 */
class GettingStartedTableClusterIT {

    private static final Logger LOG = LoggerFactory.getLogger(GettingStartedTableClusterIT.class);
    private static final Duration TIMEOUT = Duration.ofMinutes(3);
    private static final String LOCAL_PROPERTIES = "local/flink-application-properties-local.json";
    private static final List<String> TICKERS = Arrays.asList("AAPL", "AMZN", "MSFT", "INTC", "TBV");
    private static final LocalDateTime T0 = LocalDateTime.of(2026, 11, 24, 9, 59, 0, 123_000_000);
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final LocalS3Extension S3 = new LocalS3Extension();

    @RegisterExtension
    static final LocalKinesisExtension KINESIS = new LocalKinesisExtension();

    // The local S3 starts first: its settings go into the cluster's configuration, read by the plugin.
    @RegisterExtension
    static final FlinkClusterExtension FLINK = FlinkClusterExtension.shared(
            FlinkStandaloneCluster.builder().configure(LocalS3.get().flinkConfiguration()));

    @Test
    void commitsTheTicksAboveFiftyToS3PartitionedByTickerDateAndHour(
            FlinkStandaloneCluster flink, LocalS3 s3, @TempDir Path folder) throws IOException {
        long start = System.nanoTime();
        String bucket = s3.bucket("getting-started-table-cluster");
        String input = KINESIS.createStream("ExampleInputStream", 1);
        Random random = new Random(3);
        List<String> records = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            LocalDateTime time = T0.plusSeconds(i); // 09:59 to 10:02: two hours, so two hour partitions
            String ticker = TICKERS.get(random.nextInt(TICKERS.size()));
            int cents = random.nextInt(10_000);
            records.add(TickJson.of(time, ticker, cents / 100.0));
            if (cents > 5_000) {
                expected.add(ticker + "/dt=2026-11-24/hr=" + String.format(Locale.ROOT, "%02d", time.getHour()) + " "
                        + time + " " + cents / 100.0);
            }
        }
        KINESIS.putStrings(input, records);

        Map<String, Map<String, String>> groups =
                ApplicationProperties.fromFile(Paths.get(LOCAL_PROPERTIES)).toGroupMaps();
        groups.get("FlinkEnvironment")
                .putAll(Map.of("checkpoint.interval", "1s", "checkpoint.min-pause", "200ms", "parallelism", "1"));
        groups.get(GettingStartedTableJob.INPUT_GROUP).put("stream", input);
        groups.get(GettingStartedTableJob.INPUT_GROUP).put("aws.endpoint", KINESIS.endpoint());
        groups.get(GettingStartedTableJob.OUTPUT_GROUP).put("path", "s3://" + bucket + "/ticks");
        groups.get(GettingStartedTableJob.OUTPUT_GROUP).put("print", "false");
        // Row-format files roll after 30 minutes by default; a test cannot wait that long.
        groups.get(GettingStartedTableJob.OUTPUT_GROUP).put("sink.rolling-policy.rollover-interval", "1s");
        groups.get(GettingStartedTableJob.OUTPUT_GROUP).put("sink.rolling-policy.check-interval", "500ms");
        Path properties = ApplicationPropertiesFile.write(folder.resolve("application-properties.json"), groups);

        ClusterJobRun run = ClusterJobRun.submit(flink, ClusterJobRun.shadedJar(), properties, TIMEOUT);
        run.awaitWithoutFailure(
                "the " + expected.size() + " rows committed to S3",
                () -> committedRows(s3, bucket).size() >= expected.size());
        // Two more checkpoints: a row committed twice would show by now.
        long restarts = run.settleWithoutFailure();
        long seconds = Duration.ofNanos(System.nanoTime() - start).toSeconds();
        run.cancel();

        List<String> rows = committedRows(s3, bucket);
        long duplicates = WrittenRecords.of(rows).duplicates();
        LOG.info(
                "getting-started-table on the cluster: {} records in, {} rows expected, {} committed, {} duplicates,"
                        + " {} restarts, {} s",
                records.size(),
                expected.size(),
                rows.size(),
                duplicates,
                restarts,
                seconds);
        assertThat(expected).hasSizeBetween(50, 150);
        assertThat(duplicates).isZero();
        assertThat(rows).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(restarts).isZero();
        assertThat(flink.scanLogs().findings())
                .as("cluster log lines holding a planted secret")
                .isEmpty();
    }

    /**
     * "ticker/dt=.../hr=... event_time price" of every row of the committed part files; in-progress files
     * are multipart uploads (not objects) until their checkpoint, and the pieces the S3 writer keeps
     * between checkpoints are named {@code _part-...tmp_...}.
     */
    private static List<String> committedRows(LocalS3 s3, String bucket) {
        List<String> rows = new ArrayList<>();
        for (String key : s3.listObjects(bucket, "ticks/")) {
            String name = key.substring(key.lastIndexOf('/') + 1);
            if (!name.startsWith("part-")) {
                continue;
            }
            String partition = key.substring("ticks/".length(), key.lastIndexOf('/'));
            for (String line : s3.readObject(bucket, key).split("\n")) {
                if (line.isEmpty()) {
                    continue;
                }
                try {
                    JsonNode row = JSON.readTree(line);
                    rows.add(partition.substring("ticker=".length()) + " "
                            + LocalDateTime.parse(row.get("event_time").asText().replace(' ', 'T')) + " "
                            + row.get("price").asDouble());
                } catch (IOException e) {
                    throw new UncheckedIOException("Not a JSON row in " + key + ": " + line, e);
                }
            }
        }
        return rows;
    }
}
