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

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Splits a Kinesis record aggregated by the Kinesis Producer Library (KPL) into its user records.
 *
 * <p>The format: the magic bytes {@code F3 89 9A C2}, an {@code AggregatedRecord} protobuf message
 * (1: repeated string partition_key_table, 2: repeated string explicit_hash_key_table, 3: repeated
 * Record records; a Record is 1: uint64 partition_key_index, 2: optional uint64
 * explicit_hash_key_index, 3: bytes data, 4: repeated Tag tags) and the 16-byte MD5 of that message.
 * The reader below decodes only these fields; a protobuf library would be a dependency for three
 * message types, and the connector's copy is relocated into its private namespace.
 *
 * <p>The decisions follow the Kinesis Client Library (KCL) that the legacy consumer runs, so both
 * source implementations agree: a record without the magic, with no message between magic and
 * digest, or whose digest does not match is not aggregated (a user record of its own, by KPL's rule).
 * A digest that matches over a message that cannot be read makes the record {@link Kind#MALFORMED},
 * handed on whole: what the KCL does with a message protobuf rejects (broken encoding, a required
 * field missing). For an index outside its table the KCL keeps the user records before it and drops
 * the rest; handing the record on whole loses nothing.
 *
 * <p>Not thread-safe (it reuses one digest): one instance per deserializer instance.
 */
final class KplDeaggregator {

    /** The first bytes of every KPL-aggregated record. */
    static final byte[] MAGIC = {(byte) 0xF3, (byte) 0x89, (byte) 0x9A, (byte) 0xC2};

    /** The MD5 digest at the end of an aggregated record. */
    static final int DIGEST_LENGTH = 16;

    /** Nested unknown groups deeper than this are refused, as protobuf's own recursion limit does. */
    private static final int MAX_GROUP_DEPTH = 100;

    private static final int VARINT = 0;
    private static final int FIXED64 = 1;
    private static final int LENGTH_DELIMITED = 2;
    private static final int START_GROUP = 3;
    private static final int END_GROUP = 4;
    private static final int FIXED32 = 5;

    private final MessageDigest md5;

    KplDeaggregator() {
        try {
            md5 = MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is required of every Java platform", e);
        }
    }

    /** What a record turned out to be. */
    enum Kind {
        /** No magic bytes: an ordinary record. */
        PLAIN,
        /** Split into its user records (possibly none). */
        AGGREGATED,
        /** Magic bytes, but no message or a digest that does not match: not aggregated, by KPL's rule. */
        DIGEST_MISMATCH,
        /** Magic bytes and a matching digest, but a message that cannot be read: handed on whole. */
        MALFORMED
    }

    /** One user record: its partition key, explicit hash key (null when it has none) and data. */
    static final class UserRecord {
        final String partitionKey;
        final String explicitHashKey;
        final byte[] data;

        UserRecord(String partitionKey, String explicitHashKey, byte[] data) {
            this.partitionKey = partitionKey;
            this.explicitHashKey = explicitHashKey;
            this.data = data;
        }
    }

    /** The kind of a record, its user records, and for a malformed one what is wrong. */
    static final class Result {
        final Kind kind;
        final List<UserRecord> records;
        final String problem;

        private Result(Kind kind, List<UserRecord> records, String problem) {
            this.kind = kind;
            this.records = records;
            this.problem = problem;
        }

        /** True when the record carries the magic bytes but was not split. */
        boolean passedThroughWithMagic() {
            return kind == Kind.DIGEST_MISMATCH || kind == Kind.MALFORMED;
        }
    }

    static boolean hasMagic(byte[] record) {
        return record != null
                && record.length >= MAGIC.length
                && Arrays.equals(record, 0, MAGIC.length, MAGIC, 0, MAGIC.length);
    }

    /**
     * The user records of a Kinesis record: the aggregated ones with their own partition keys, or
     * (plain, digest mismatch, malformed) the record itself with {@code partitionKey}.
     */
    Result deaggregate(byte[] record, String partitionKey) {
        if (!hasMagic(record)) {
            return whole(Kind.PLAIN, record, partitionKey, null);
        }
        int bodyStart = MAGIC.length;
        int bodyEnd = record.length - DIGEST_LENGTH;
        if (bodyEnd <= bodyStart) {
            return whole(Kind.DIGEST_MISMATCH, record, partitionKey, "no message between magic bytes and digest");
        }
        md5.reset();
        md5.update(record, bodyStart, bodyEnd - bodyStart);
        byte[] digest = md5.digest();
        if (!Arrays.equals(digest, 0, DIGEST_LENGTH, record, bodyEnd, record.length)) {
            return whole(Kind.DIGEST_MISMATCH, record, partitionKey, "the MD5 digest does not match");
        }
        try {
            return new Result(Kind.AGGREGATED, readAggregatedRecord(record, bodyStart, bodyEnd), null);
        } catch (MalformedException e) {
            return whole(Kind.MALFORMED, record, partitionKey, e.getMessage());
        }
    }

    private static Result whole(Kind kind, byte[] record, String partitionKey, String problem) {
        return new Result(kind, Collections.singletonList(new UserRecord(partitionKey, null, record)), problem);
    }

    private static List<UserRecord> readAggregatedRecord(byte[] buffer, int from, int to) throws MalformedException {
        List<String> partitionKeys = new ArrayList<>();
        List<String> explicitHashKeys = new ArrayList<>();
        List<RawRecord> raw = new ArrayList<>();
        Reader reader = new Reader(buffer, from, to);
        while (reader.hasMore()) {
            int tag = reader.tag();
            int field = tag >>> 3;
            int wireType = tag & 7;
            if (field == 1 && wireType == LENGTH_DELIMITED) {
                partitionKeys.add(reader.string());
            } else if (field == 2 && wireType == LENGTH_DELIMITED) {
                explicitHashKeys.add(reader.string());
            } else if (field == 3 && wireType == LENGTH_DELIMITED) {
                int length = reader.length();
                raw.add(readRecord(buffer, reader.position, reader.position + length, raw.size()));
                reader.position += length;
            } else {
                reader.skip(tag, 0);
            }
        }
        // Indexes are resolved once the whole message is read: protobuf allows the tables after the records.
        List<UserRecord> records = new ArrayList<>(raw.size());
        for (int i = 0; i < raw.size(); i++) {
            RawRecord record = raw.get(i);
            String explicitHashKey = null;
            if (record.hasExplicitHashKey) {
                explicitHashKey = entry(explicitHashKeys, record.explicitHashKeyIndex, "explicit hash key", i);
            }
            records.add(new UserRecord(
                    entry(partitionKeys, record.partitionKeyIndex, "partition key", i), explicitHashKey, record.data));
        }
        return records;
    }

    /** The table entry a uint64 index points to. */
    private static String entry(List<String> table, long index, String what, int record) throws MalformedException {
        if (Long.compareUnsigned(index, table.size()) >= 0) {
            throw new MalformedException("record " + record + ": " + what + " index " + Long.toUnsignedString(index)
                    + " outside the table of " + table.size());
        }
        return table.get((int) index);
    }

    private static RawRecord readRecord(byte[] buffer, int from, int to, int index) throws MalformedException {
        boolean hasPartitionKeyIndex = false;
        long partitionKeyIndex = 0;
        boolean hasExplicitHashKeyIndex = false;
        long explicitHashKeyIndex = 0;
        byte[] data = null;
        Reader reader = new Reader(buffer, from, to);
        while (reader.hasMore()) {
            int tag = reader.tag();
            int field = tag >>> 3;
            int wireType = tag & 7;
            if (field == 1 && wireType == VARINT) {
                partitionKeyIndex = reader.varint();
                hasPartitionKeyIndex = true;
            } else if (field == 2 && wireType == VARINT) {
                explicitHashKeyIndex = reader.varint();
                hasExplicitHashKeyIndex = true;
            } else if (field == 3 && wireType == LENGTH_DELIMITED) {
                data = reader.bytes();
            } else if (field == 4 && wireType == LENGTH_DELIMITED) {
                int length = reader.length();
                checkTag(buffer, reader.position, reader.position + length, index);
                reader.position += length;
            } else {
                reader.skip(tag, 0);
            }
        }
        // Both are required fields of KPL's schema: protobuf rejects a message without them.
        if (!hasPartitionKeyIndex) {
            throw new MalformedException("record " + index + " has no partition key index");
        }
        if (data == null) {
            throw new MalformedException("record " + index + " has no data");
        }
        return new RawRecord(partitionKeyIndex, hasExplicitHashKeyIndex, explicitHashKeyIndex, data);
    }

    /** Tags are not handed on, but a tag without its required key makes protobuf reject the message. */
    private static void checkTag(byte[] buffer, int from, int to, int index) throws MalformedException {
        boolean hasKey = false;
        Reader reader = new Reader(buffer, from, to);
        while (reader.hasMore()) {
            int tag = reader.tag();
            if (tag >>> 3 == 1 && (tag & 7) == LENGTH_DELIMITED) {
                hasKey = true;
            }
            reader.skip(tag, 0);
        }
        if (!hasKey) {
            throw new MalformedException("record " + index + " has a tag without a key");
        }
    }

    private static final class RawRecord {
        final long partitionKeyIndex;
        final boolean hasExplicitHashKey;
        final long explicitHashKeyIndex;
        final byte[] data;

        RawRecord(long partitionKeyIndex, boolean hasExplicitHashKey, long explicitHashKeyIndex, byte[] data) {
            this.partitionKeyIndex = partitionKeyIndex;
            this.hasExplicitHashKey = hasExplicitHashKey;
            this.explicitHashKeyIndex = explicitHashKeyIndex;
            this.data = data;
        }
    }

    /** Protobuf wire format over a slice of a byte array, every read checked against the slice's end. */
    private static final class Reader {
        private final byte[] buffer;
        private final int end;
        int position;

        Reader(byte[] buffer, int from, int to) {
            this.buffer = buffer;
            this.position = from;
            this.end = to;
        }

        boolean hasMore() {
            return position < end;
        }

        int tag() throws MalformedException {
            long tag = varint();
            if (tag >>> 3 == 0 || tag > Integer.MAX_VALUE) {
                throw new MalformedException(
                        "invalid field tag " + Long.toUnsignedString(tag) + " at byte " + position);
            }
            return (int) tag;
        }

        long varint() throws MalformedException {
            long value = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                if (position >= end) {
                    throw new MalformedException("message ends inside a varint");
                }
                byte b = buffer[position++];
                value |= (long) (b & 0x7F) << shift;
                if (b >= 0) {
                    return value;
                }
            }
            throw new MalformedException("varint longer than 10 bytes at byte " + position);
        }

        int length() throws MalformedException {
            long length = varint();
            if (length < 0 || length > end - position) {
                throw new MalformedException("length " + Long.toUnsignedString(length) + " at byte " + position
                        + " runs past the end of the message");
            }
            return (int) length;
        }

        byte[] bytes() throws MalformedException {
            int length = length();
            byte[] value = Arrays.copyOfRange(buffer, position, position + length);
            position += length;
            return value;
        }

        /** Like protobuf-java for proto2 strings: bytes that are not UTF-8 become U+FFFD, not an error. */
        String string() throws MalformedException {
            int length = length();
            String value = new String(buffer, position, length, StandardCharsets.UTF_8);
            position += length;
            return value;
        }

        void skip(int tag, int depth) throws MalformedException {
            switch (tag & 7) {
                case VARINT:
                    varint();
                    return;
                case FIXED64:
                    advance(8);
                    return;
                case LENGTH_DELIMITED:
                    int length =
                            length(); // not position += length(): that adds to position as it was before the length's
                    // bytes
                    position += length;
                    return;
                case FIXED32:
                    advance(4);
                    return;
                case START_GROUP:
                    skipGroup(tag >>> 3, depth + 1);
                    return;
                default:
                    throw new MalformedException("unexpected wire type " + (tag & 7) + " at byte " + position);
            }
        }

        private void skipGroup(int field, int depth) throws MalformedException {
            if (depth > MAX_GROUP_DEPTH) {
                throw new MalformedException("groups nested deeper than " + MAX_GROUP_DEPTH);
            }
            while (hasMore()) {
                int tag = tag();
                if ((tag & 7) == END_GROUP) {
                    if (tag >>> 3 != field) {
                        throw new MalformedException("group " + field + " closed by end of group " + (tag >>> 3));
                    }
                    return;
                }
                skip(tag, depth);
            }
            throw new MalformedException("message ends inside group " + field);
        }

        private void advance(int bytes) throws MalformedException {
            if (bytes > end - position) {
                throw new MalformedException("message ends inside a fixed-size field");
            }
            position += bytes;
        }
    }

    /** Why a message with a matching digest cannot be read. */
    private static final class MalformedException extends Exception {
        private static final long serialVersionUID = 1L;

        MalformedException(String message) {
            super(message, null, false, false);
        }
    }
}
