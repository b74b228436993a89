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

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.flink.configuration.Configuration;
import org.apache.flink.core.fs.FileSystem;

import io.flinkblocks.testing.flink.LocalFlinkClusterExtension;
import io.flinkblocks.testing.s3.LocalS3;
import io.flinkblocks.testing.s3.LocalS3Extension;
import io.flinkblocks.testing.ticks.TickJson;

/**
 * What s3-sink's failure tests share: ticks whose per-minute counts are known (tick i at {@link #START} +
 * 600 ms * i, tickers in turn: 100 ticks a minute, 20 per ticker), a local cluster writing to the local
 * S3, the sink's group, and the check that each count is committed once.
 */
final class S3SinkFailureFixtures {

    static final String[] TICKERS = {"AAPL", "AMZN", "MSFT", "INTC", "TBV"};
    static final LocalDateTime START = LocalDateTime.of(2026, 11, 24, 10, 0);
    /** The ticks of a test: 10 000, 100 minutes of event time. */
    static final int RECORDS = 10_000;

    static final int MINUTES = RECORDS / 100;

    private S3SinkFailureFixtures() {}

    /** Ticks 0 to {@link #RECORDS} - 1. */
    static List<String> ticks() {
        return IntStream.range(0, RECORDS)
                .mapToObj(i -> TickJson.of(START.plusNanos(600_000_000L * i), TICKERS[i % TICKERS.length], i + 0.5))
                .collect(Collectors.toList());
    }

    /** "ticker@windowStart=20" of every ticker in each of the first {@code minutes} minutes. */
    static Set<String> fullMinutes(int minutes) {
        Set<String> counts = new HashSet<>();
        for (int minute = 0; minute < minutes; minute++) {
            for (String ticker : TICKERS) {
                counts.add(ticker + "@"
                        + START.plusMinutes(minute).toInstant(ZoneOffset.UTC).toEpochMilli() + "=20");
            }
        }
        return counts;
    }

    /**
     * A local cluster of two task managers of one slot each (at parallelism 2 each writes half of the
     * files) writing to the local S3; register it after {@code s3}.
     */
    static LocalFlinkClusterExtension clusterWritingTo(LocalS3Extension s3) {
        return new LocalFlinkClusterExtension(2, 1, () -> fileSystemSettings(s3.s3()));
    }

    /** The settings of a cluster writing to {@code s3}; the file system of this JVM, where the task managers run, gets them too. */
    private static Map<String, String> fileSystemSettings(LocalS3 s3) {
        // After a restart the sink completes again the multipart uploads of its last checkpoint. S3 accepts
        // that; s3rver answers that the upload is gone, and the file system retries with backoff (seven
        // times by default) before it sees the object is complete. One quick retry keeps the test short.
        Map<String, String> settings = new HashMap<>(s3.flinkConfiguration());
        settings.put("fs.s3a.retry.limit", "1");
        settings.put("fs.s3a.retry.interval", "50ms");
        FileSystem.initialize(Configuration.fromMap(settings), null);
        return settings;
    }

    /** The sink's group: JSON lines under {@code s3://bucket/data}, a part file committed on each checkpoint. */
    static Map<String, String> sinkGroup(String bucket) {
        return Map.of(
                "connector",
                "filesystem",
                "path",
                "s3://" + bucket + "/data",
                "part.suffix",
                ".jsonl",
                "rolling.on-checkpoint",
                "true");
    }

    /** No count committed twice, and each the count of a full minute of one ticker. */
    static void assertEachCountOnceAndFull(List<String> counts) {
        assertThat(counts.stream()
                        .collect(Collectors.groupingBy(l -> l, Collectors.counting()))
                        .values())
                .as("copies of each count")
                .containsOnly(1L);
        assertThat(counts).as("every count is a full minute of one ticker").allMatch(c -> c.endsWith("=20"));
    }
}
