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

import static io.flinkblocks.connectors.GroupUnderTest.group;
import static io.flinkblocks.connectors.PropertyErrors.assertRejectsKey;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;

import org.apache.flink.streaming.api.datastream.DataStreamSink;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.filesystem.BucketAssigner;
import org.apache.flink.streaming.api.functions.sink.filesystem.PartFileInfo;
import org.apache.flink.streaming.api.functions.sink.filesystem.bucketassigners.BasePathBucketAssigner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.flinkblocks.connectors.GroupUnderTest;

class FileSinksTest {

    private static final GroupUnderTest S3_SINK = group("S3Sink", "path", "s3://bucket/data");

    @Test
    void basicGroupBuildsASink() {
        assertThat(FileSinks.stringSink(S3_SINK.properties())).isNotNull();
        assertThat(FileSinks.<Tick>jsonLinesSink(S3_SINK.properties())).isNotNull();
    }

    @Test
    void anyFlinkFileSystemPathIsAccepted() {
        GroupUnderTest group = S3_SINK.with("path", "file:///tmp/out");

        assertThat(FileSinks.stringSink(group.properties())).isNotNull();
    }

    @Test
    void attachedSinkHasUidAndName() {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();

        DataStreamSink<String> sink =
                FileSinks.attach(env.fromData("a"), S3_SINK.properties(), FileSinks.stringSink(S3_SINK.properties()));

        assertThat(sink.getTransformation().getUid()).isEqualTo("sink-s3sink");
        assertThat(sink.getTransformation().getName()).isEqualTo("Sink: filesystem (S3Sink)");
    }

    @Test
    void stringsAndJsonLinesAttachTheirSinkLikeEveryOtherConnector() {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();

        DataStreamSink<String> lines = FileSinks.strings(env.fromData("a"), S3_SINK.properties());
        DataStreamSink<Tick> json = FileSinks.jsonLines(
                env.fromData(new Tick()), S3_SINK.named("JsonSink").properties());

        assertThat(lines.getTransformation().getUid()).isEqualTo("sink-s3sink");
        assertThat(lines.getTransformation().getName()).isEqualTo("Sink: filesystem (S3Sink)");
        assertThat(json.getTransformation().getUid()).isEqualTo("sink-jsonsink");
        assertThat(json.getTransformation().getName()).isEqualTo("Sink: filesystem (JsonSink)");
    }

    @Test
    void missingPathIsAnError() {
        assertRejectsKey(() -> FileSinks.stringSink(S3_SINK.without("path").properties()), "path", "missing");
    }

    @Test
    void noneAssignerWritesIntoTheBasePath() {
        GroupUnderTest group = S3_SINK.with("bucket.assigner", "none");

        BucketAssigner<Object, String> assigner = FileSinks.bucketAssigner(group.properties());

        assertThat(assigner).isInstanceOf(BasePathBucketAssigner.class);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "path | /tmp/no-scheme | a path with a scheme",
                "path | s3:///no-bucket | an S3 path naming a bucket",
                "path | s3://bad bucket/x | a valid URI",
                "bucket.assigner | HOURLY | one of DATE_TIME, NONE",
                "bucket.pattern | yyyy-MM-dd--HH{{ | a date-time pattern",
                "bucket.time-zone | Mars/Olympus | a time zone id",
                "bucket.time | INGESTION | one of PROCESSING, EVENT",
                "rolling.part-size | big | a byte size",
                "rolling.part-size | 0 | a positive size",
                "rolling.rollover-interval | 0 s | a positive duration",
                "rolling.inactivity-interval | soon | a duration",
                "rolling.on-checkpoint | yes | a boolean",
                "rolling.check-interval | 0ms | a positive duration",
            })
    void invalidValuesAreErrors(String key, String value, String expectation) {
        GroupUnderTest group = S3_SINK.with(key, value);

        assertRejectsKey(() -> FileSinks.stringSink(group.properties()), key, expectation);
    }

    @Test
    void rollingPolicyRollsOnSizeAgeAndInactivity() throws Exception {
        GroupUnderTest group = S3_SINK.with("rolling.part-size", "1kb")
                .with("rolling.rollover-interval", "10 min")
                .with("rolling.inactivity-interval", "1 min");
        PartRollingPolicy<String> policy = FileSinks.rollingPolicy(group.properties());

        assertThat(policy.shouldRollOnEvent(part(1024, 0, 0), "x")).isTrue();
        assertThat(policy.shouldRollOnEvent(part(1023, 0, 0), "x")).isFalse();
        assertThat(policy.shouldRollOnProcessingTime(part(1, 0, 599_000), 600_000))
                .as("open 10 min")
                .isTrue();
        assertThat(policy.shouldRollOnProcessingTime(part(1, 0, 0), 60_000))
                .as("idle 1 min")
                .isTrue();
        assertThat(policy.shouldRollOnProcessingTime(part(1, 0, 30_000), 60_000))
                .isFalse();
        assertThat(policy.shouldRollOnCheckpoint(part(1, 0, 0))).isFalse();
    }

    @Test
    void rollingOnCheckpointClosesEveryPartAtCheckpoints() throws Exception {
        GroupUnderTest group = S3_SINK.with("rolling.on-checkpoint", "true");

        assertThat(FileSinks.<String>rollingPolicy(group.properties()).shouldRollOnCheckpoint(part(1, 0, 0)))
                .isTrue();
    }

    @Test
    void defaultBucketsAreHoursOfProcessingTimeInUtc() {
        BucketAssigner<String, String> assigner = FileSinks.bucketAssigner(S3_SINK.properties());

        assertThat(assigner.getBucketId(
                        "x", context(null, Instant.parse("2026-11-24T10:15:30Z").toEpochMilli())))
                .isEqualTo("2026-11-24--10");
    }

    @Test
    void eventTimeBucketsFollowTheRecordTimestampInTheConfiguredZone() {
        GroupUnderTest group = S3_SINK.with("bucket.time", "event")
                .with("bucket.pattern", "'dt='yyyy-MM-dd'/hour='HH")
                .with("bucket.time-zone", "Europe/Paris");
        BucketAssigner<String, String> assigner = FileSinks.bucketAssigner(group.properties());

        long event = Instant.parse("2026-11-24T23:30:00Z").toEpochMilli();
        assertThat(assigner.getBucketId("x", context(event, 0L))).isEqualTo("dt=2026-11-25/hour=00");
    }

    @Test
    void eventTimeBucketsFallBackToProcessingTimeWithoutTimestamp() {
        BucketAssigner<String, String> assigner = new EventTimeBucketAssigner<>(
                "yyyy-MM-dd--HH", ZoneId.of("UTC"), EventTimeBucketAssigner.TimeSource.EVENT);

        assertThat(assigner.getBucketId(
                        "x", context(null, Instant.parse("2026-11-24T07:00:00Z").toEpochMilli())))
                .isEqualTo("2026-11-24--07");
    }

    @Test
    void jsonLinesEncoderWritesOneObjectPerLine() throws Exception {
        JsonLinesEncoder<Tick> encoder = new JsonLinesEncoder<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        encoder.encode(new Tick(1, "AMZN", 42.17, 5L), out);
        encoder.encode(new Tick(2, "AAPL", 1.5, 6L), out);

        assertThat(new String(out.toByteArray(), StandardCharsets.UTF_8))
                .isEqualTo("{\"seq\":1,\"ticker\":\"AMZN\",\"price\":42.17,\"eventTime\":5}\n"
                        + "{\"seq\":2,\"ticker\":\"AAPL\",\"price\":1.5,\"eventTime\":6}\n");
    }

    private static PartFileInfo<String> part(long size, long created, long updated) {
        return new PartFileInfo<String>() {
            @Override
            public String getBucketId() {
                return "b";
            }

            @Override
            public long getCreationTime() {
                return created;
            }

            @Override
            public long getSize() {
                return size;
            }

            @Override
            public long getLastUpdateTime() {
                return updated;
            }
        };
    }

    private static BucketAssigner.Context context(Long timestamp, long processingTime) {
        return new BucketAssigner.Context() {
            @Override
            public long currentProcessingTime() {
                return processingTime;
            }

            @Override
            public long currentWatermark() {
                return Long.MIN_VALUE;
            }

            @Override
            public Long timestamp() {
                return timestamp;
            }
        };
    }
}
