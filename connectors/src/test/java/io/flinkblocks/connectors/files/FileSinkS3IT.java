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
package io.flinkblocks.connectors.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.connector.source.util.ratelimit.RateLimiterStrategy;
import org.apache.flink.connector.datagen.source.DataGeneratorSource;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.flinkblocks.runtime.PropertyGroup;
import io.flinkblocks.testing.OperatorUidCheck;
import io.flinkblocks.testing.flink.MiniClusters;
import io.flinkblocks.testing.s3.LocalS3;
import io.flinkblocks.testing.s3.LocalS3Extension;

/** The file sink writing JSON lines to a local S3 in streaming mode, files committed on checkpoints. */
class FileSinkS3IT {

    @RegisterExtension
    static final MiniClusterExtension FLINK = MiniClusters.slots(2);

    @RegisterExtension
    static final LocalS3Extension S3 = new LocalS3Extension();

    private static final int RECORDS = 1200;
    /** Event times 9 s apart from 09:30 on, so 1200 records span four date-hour folders (09 to 12). */
    private static final long FIRST_EVENT =
            Instant.parse("2026-11-24T09:30:00Z").toEpochMilli();

    private static final long EVENT_STEP = 9_000L;
    private static final DateTimeFormatter HOUR =
            DateTimeFormatter.ofPattern("yyyy-MM-dd--HH").withZone(ZoneOffset.UTC);

    @Test
    void everyRecordIsCommittedOnceInItsDateHourFolder(LocalS3 s3) throws Exception {
        String bucket = s3.bucket("file-sink-it");
        Map<String, String> sink = new HashMap<>();
        sink.put("path", "s3://" + bucket + "/ticks");
        sink.put("bucket.time", "EVENT");
        sink.put("rolling.on-checkpoint", "true");

        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setRuntimeMode(RuntimeExecutionMode.STREAMING);
        env.setParallelism(2);
        env.enableCheckpointing(200);
        // Rate-limited so that the run spans several checkpoints, each committing files.
        DataStream<Tick> ticks = env.fromSource(
                        new DataGeneratorSource<>(
                                FileSinkS3IT::tick,
                                RECORDS,
                                RateLimiterStrategy.perSecond(800),
                                TypeInformation.of(Tick.class)),
                        WatermarkStrategy.<Tick>forMonotonousTimestamps()
                                .withTimestampAssigner((tick, ignored) -> tick.eventTime),
                        "ticks")
                .uid("ticks");
        PropertyGroup group = PropertyGroup.of("S3Sink", sink);
        FileSinks.jsonLines(ticks, group);
        OperatorUidCheck.assertEveryOperatorHasUid(env);
        env.execute("file-sink-s3-it");

        List<String> committed = s3.listObjects(bucket, "ticks/").stream()
                .filter(key -> fileName(key).startsWith("part-"))
                .collect(Collectors.toList());
        assertThat(committed)
                .as("several part files were committed")
                .hasSizeGreaterThan(3)
                .allSatisfy(key -> assertThat(key).endsWith(".jsonl"));
        ObjectMapper mapper = new ObjectMapper();
        List<Long> seen = new ArrayList<>();
        for (String key : committed) {
            String folder = key.substring("ticks/".length(), key.lastIndexOf('/'));
            for (String line : s3.readObject(bucket, key).split("\n")) {
                Tick tick = mapper.readValue(line, Tick.class);
                assertThat(folder)
                        .as("folder of record %d", tick.seq)
                        .isEqualTo(HOUR.format(Instant.ofEpochMilli(tick.eventTime)));
                seen.add(tick.seq);
            }
        }
        assertThat(seen)
                .hasSize(RECORDS)
                .containsExactlyInAnyOrderElementsOf(
                        LongStream.range(0, RECORDS).boxed().collect(Collectors.toList()));
        assertThat(committed.stream().map(key -> key.split("/")[1]).distinct())
                .containsExactlyInAnyOrder("2026-11-24--09", "2026-11-24--10", "2026-11-24--11", "2026-11-24--12");
    }

    private static Tick tick(long seq) {
        return new Tick(seq, seq % 2 == 0 ? "AMZN" : "AAPL", seq / 10.0, FIRST_EVENT + seq * EVENT_STEP);
    }

    private static String fileName(String key) {
        return key.substring(key.lastIndexOf('/') + 1);
    }
}
