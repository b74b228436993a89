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
package io.flinkblocks.connectors.kinesis;

import static io.flinkblocks.connectors.kinesis.KplRecords.END_GROUP;
import static io.flinkblocks.connectors.kinesis.KplRecords.FIXED32;
import static io.flinkblocks.connectors.kinesis.KplRecords.FIXED64;
import static io.flinkblocks.connectors.kinesis.KplRecords.LENGTH_DELIMITED;
import static io.flinkblocks.connectors.kinesis.KplRecords.START_GROUP;
import static io.flinkblocks.connectors.kinesis.KplRecords.VARINT;
import static io.flinkblocks.connectors.kinesis.KplRecords.bytesField;
import static io.flinkblocks.connectors.kinesis.KplRecords.concat;
import static io.flinkblocks.connectors.kinesis.KplRecords.envelope;
import static io.flinkblocks.connectors.kinesis.KplRecords.tag;
import static io.flinkblocks.connectors.kinesis.KplRecords.user;
import static io.flinkblocks.connectors.kinesis.KplRecords.utf8;
import static io.flinkblocks.connectors.kinesis.KplRecords.varint;
import static io.flinkblocks.connectors.kinesis.KplRecords.varintField;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.flinkblocks.connectors.kinesis.KplDeaggregator.Kind;
import io.flinkblocks.connectors.kinesis.KplDeaggregator.Result;

class KplDeaggregatorTest {

    private final KplDeaggregator deaggregator = new KplDeaggregator();

    @Test
    void theMagicBytesAreKplsOwn() {
        assertThat(KplDeaggregator.MAGIC).containsExactly(KplRecords.MAGIC);
    }

    @Test
    void splitsAnAggregatedRecordIntoItsUserRecordsWithTheirPartitionKeys() {
        List<KplDeaggregator.UserRecord> users =
                List.of(user("alpha", "{\"n\":1}"), user("beta", "{\"n\":2}"), user("alpha", "{\"n\":3}"));

        Result result = deaggregator.deaggregate(KplRecords.aggregate(users), "alpha");

        assertThat(result.kind).isEqualTo(Kind.AGGREGATED);
        assertThat(result.passedThroughWithMagic()).isFalse();
        assertSameUserRecords(result, users);
    }

    @Test
    void userRecordsKeepTheirExplicitHashKeys() {
        String max = "340282366920938463463374607431768211455";
        List<KplDeaggregator.UserRecord> users = List.of(
                user("a", "0", "first"), user("b", null, "second"), user("c", max, "third"), user("d", "0", "fourth"));

        Result result = deaggregator.deaggregate(KplRecords.aggregate(users), "a");

        assertThat(result.kind).isEqualTo(Kind.AGGREGATED);
        assertSameUserRecords(result, users);
        assertThat(result.records).extracting(r -> r.explicitHashKey).containsExactly("0", null, max, "0");
    }

    @Test
    void manyRecordsWithMultiByteLengthsAndIndexes() {
        List<KplDeaggregator.UserRecord> users = KplRecords.many(5_000, 1_000);

        Result result = deaggregator.deaggregate(KplRecords.aggregate(users), "key-0");

        assertThat(result.kind).isEqualTo(Kind.AGGREGATED);
        assertSameUserRecords(result, users);
    }

    @Test
    void aLargeUserRecord() {
        byte[] data = new byte[900 * 1024];
        Arrays.fill(data, (byte) 'x');
        List<KplDeaggregator.UserRecord> users =
                List.of(new KplDeaggregator.UserRecord("big", null, data), user("small", "s"));

        Result result = deaggregator.deaggregate(KplRecords.aggregate(users), "big");

        assertSameUserRecords(result, users);
    }

    @Test
    void aPlainRecordIsItself() {
        byte[] record = utf8("{\"ticker\":\"AMZN\"}");

        Result result = deaggregator.deaggregate(record, "pk");

        assertThat(result.kind).isEqualTo(Kind.PLAIN);
        assertWhole(result, record, "pk");
    }

    @Test
    void anEmptyRecordIsPlain() {
        Result result = deaggregator.deaggregate(new byte[0], "pk");

        assertThat(result.kind).isEqualTo(Kind.PLAIN);
        assertWhole(result, new byte[0], "pk");
    }

    @Test
    void magicAndDigestWithoutAMessageIsNotAggregated() {
        byte[] record = envelope(new byte[0]);

        Result result = deaggregator.deaggregate(record, "pk");

        assertThat(result.kind).isEqualTo(Kind.DIGEST_MISMATCH);
        assertWhole(result, record, "pk");
    }

    @Test
    void anAggregateWithoutRecordsHasNoUserRecords() {
        Result result = deaggregator.deaggregate(envelope(bytesField(1, utf8("unused"))), "pk");

        assertThat(result.kind).isEqualTo(Kind.AGGREGATED);
        assertThat(result.records).isEmpty();
    }

    @Test
    void aDigestMismatchMeansNotAggregated() {
        byte[] record = KplRecords.aggregate(List.of(user("a", "one"), user("b", "two")));
        byte[] badDigest = record.clone();
        badDigest[badDigest.length - 1] ^= 1;
        byte[] badMessage = record.clone();
        badMessage[KplRecords.MAGIC.length + 3] ^= 1;

        for (byte[] changed : List.of(badDigest, badMessage)) {
            Result result = deaggregator.deaggregate(changed, "outer");
            assertThat(result.kind).isEqualTo(Kind.DIGEST_MISMATCH);
            assertThat(result.passedThroughWithMagic()).isTrue();
            assertWhole(result, changed, "outer");
        }
    }

    @Test
    void everyTruncationIsHandedOnWholeAndNeverThrows() {
        byte[] record = KplRecords.aggregate(KplRecords.many(50, 7));
        for (int length = 0; length < record.length; length++) {
            byte[] truncated = Arrays.copyOf(record, length);

            Result result = deaggregator.deaggregate(truncated, "pk");

            assertThat(result.kind)
                    .as("cut to %d bytes", length)
                    .isEqualTo(length < KplRecords.MAGIC.length ? Kind.PLAIN : Kind.DIGEST_MISMATCH);
            assertWhole(result, truncated, "pk");
        }
    }

    @Test
    void aTruncatedMessageWithItsOwnDigestIsMalformed() {
        byte[] message = KplRecords.message(KplRecords.many(20, 3));
        for (int length = 1; length < message.length; length++) {
            byte[] record = envelope(Arrays.copyOf(message, length));

            Result result = deaggregator.deaggregate(record, "pk");

            if (result.kind == Kind.AGGREGATED) {
                // The cut fell between two fields: a shorter but valid message.
                assertThat(result.records.size()).isLessThan(20);
            } else {
                assertThat(result.kind).as("message cut to %d bytes", length).isEqualTo(Kind.MALFORMED);
                assertThat(result.problem).isNotBlank();
                assertWhole(result, record, "pk");
            }
        }
    }

    static Stream<Arguments> malformedMessages() {
        byte[] keyTable = bytesField(1, utf8("k"));
        byte[] data = bytesField(3, utf8("d"));
        return Stream.of(
                Arguments.of(
                        "partition key index outside the table",
                        concat(keyTable, bytesField(3, concat(varintField(1, 1), data))),
                        "partition key index 1"),
                Arguments.of(
                        "huge partition key index",
                        concat(keyTable, bytesField(3, concat(varintField(1, -1L), data))),
                        "partition key index 18446744073709551615"),
                Arguments.of(
                        "explicit hash key index outside the table",
                        concat(keyTable, bytesField(3, concat(varintField(1, 0), varintField(2, 0), data))),
                        "explicit hash key index 0"),
                Arguments.of(
                        "record without partition key index",
                        concat(keyTable, bytesField(3, data)),
                        "no partition key index"),
                Arguments.of("record without data", concat(keyTable, bytesField(3, varintField(1, 0))), "no data"),
                Arguments.of(
                        "tag without key",
                        concat(
                                keyTable,
                                bytesField(
                                        3, concat(varintField(1, 0), data, bytesField(4, bytesField(2, utf8("v")))))),
                        "tag without a key"),
                Arguments.of(
                        "length past the end",
                        concat(keyTable, tag(3, LENGTH_DELIMITED), varint(100), utf8("short")),
                        "runs past the end"),
                Arguments.of(
                        "varint longer than 10 bytes",
                        concat(keyTable, tag(9, VARINT), new byte[] {-1, -1, -1, -1, -1, -1, -1, -1, -1, -1, 1}),
                        "longer than 10 bytes"),
                Arguments.of(
                        "message ends inside a varint",
                        concat(keyTable, tag(9, VARINT), new byte[] {-1}),
                        "inside a varint"),
                Arguments.of("field number 0", concat(keyTable, new byte[] {0x02, 0x00}), "invalid field tag"),
                Arguments.of("wire type 7", concat(keyTable, tag(9, 7)), "wire type 7"),
                Arguments.of("end of group without a group", concat(keyTable, tag(9, END_GROUP)), "wire type 4"),
                Arguments.of(
                        "group never closed",
                        concat(keyTable, tag(9, START_GROUP), varintField(1, 5)),
                        "inside group 9"),
                Arguments.of(
                        "fixed64 cut short",
                        concat(keyTable, tag(9, FIXED64), new byte[] {1, 2, 3}),
                        "fixed-size field"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedMessages")
    void aMalformedMessageWithAMatchingDigestIsHandedOnWhole(String description, byte[] message, String problem) {
        byte[] record = envelope(message);

        Result result = deaggregator.deaggregate(record, "outer");

        assertThat(result.kind).isEqualTo(Kind.MALFORMED);
        assertThat(result.passedThroughWithMagic()).isTrue();
        assertThat(result.problem).contains(problem);
        assertWhole(result, record, "outer");
    }

    @Test
    void unknownFieldsOfEveryWireTypeAreSkipped() {
        byte[] unknown = concat(
                varintField(7, 300),
                tag(8, FIXED64),
                new byte[8],
                tag(9, FIXED32),
                new byte[4],
                bytesField(10, utf8("ignored")),
                tag(11, START_GROUP),
                varintField(1, 1),
                tag(12, START_GROUP),
                tag(12, END_GROUP),
                tag(11, END_GROUP));
        // A known field number with another wire type is an unknown field to protobuf too.
        byte[] record = concat(
                varintField(1, 0),
                unknown,
                varintField(3, 42),
                bytesField(1, utf8("x")),
                bytesField(3, utf8("payload")),
                bytesField(4, bytesField(1, utf8("tag"))));
        byte[] message = concat(unknown, varintField(1, 42), bytesField(1, utf8("k")), bytesField(3, record), unknown);

        Result result = deaggregator.deaggregate(envelope(message), "outer");

        assertThat(result.kind).isEqualTo(Kind.AGGREGATED);
        assertThat(result.records).hasSize(1);
        assertThat(result.records.get(0).partitionKey).isEqualTo("k");
        assertThat(result.records.get(0).data).isEqualTo(utf8("payload"));
    }

    @Test
    void tablesMayFollowTheRecords() {
        byte[] message = concat(
                bytesField(3, concat(varintField(1, 1), varintField(2, 0), bytesField(3, utf8("payload")))),
                bytesField(1, utf8("first")),
                bytesField(2, utf8("12345")),
                bytesField(1, utf8("second")));

        Result result = deaggregator.deaggregate(envelope(message), "first");

        assertThat(result.kind).isEqualTo(Kind.AGGREGATED);
        assertThat(result.records).singleElement().satisfies(r -> {
            assertThat(r.partitionKey).isEqualTo("second");
            assertThat(r.explicitHashKey).isEqualTo("12345");
            assertThat(r.data).isEqualTo(utf8("payload"));
        });
    }

    @Test
    void oneInstanceReadsRecordAfterRecord() {
        byte[] first = KplRecords.aggregate(List.of(user("a", "1")));
        byte[] broken = first.clone();
        broken[broken.length - 1] ^= 1;
        byte[] second = KplRecords.aggregate(List.of(user("b", "2"), user("c", "3")));

        assertSameUserRecords(deaggregator.deaggregate(first, "a"), List.of(user("a", "1")));
        assertThat(deaggregator.deaggregate(broken, "a").kind).isEqualTo(Kind.DIGEST_MISMATCH);
        assertSameUserRecords(deaggregator.deaggregate(second, "b"), List.of(user("b", "2"), user("c", "3")));
    }

    private static void assertSameUserRecords(Result result, List<KplDeaggregator.UserRecord> expected) {
        assertThat(result.records).hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            KplDeaggregator.UserRecord actual = result.records.get(i);
            assertThat(actual.partitionKey).as("partition key of record %d", i).isEqualTo(expected.get(i).partitionKey);
            assertThat(actual.explicitHashKey)
                    .as("explicit hash key of record %d", i)
                    .isEqualTo(expected.get(i).explicitHashKey);
            assertThat(actual.data).as("data of record %d", i).isEqualTo(expected.get(i).data);
        }
    }

    private static void assertWhole(Result result, byte[] record, String partitionKey) {
        assertThat(result.records).hasSize(1);
        assertThat(result.records.get(0).data).isEqualTo(record);
        assertThat(result.records.get(0).partitionKey).isEqualTo(partitionKey);
        assertThat(result.records.get(0).explicitHashKey).isNull();
    }
}
