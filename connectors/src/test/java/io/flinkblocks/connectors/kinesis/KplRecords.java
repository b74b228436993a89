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

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.flinkblocks.connectors.kinesis.KplDeaggregator.UserRecord;

/**
 * An encoder of Kinesis records the way the Kinesis Producer Library aggregates them, written from
 * the format's description and independent of the reader under test: the magic bytes, an
 * {@code AggregatedRecord} protobuf message (partition key and explicit hash key tables without
 * duplicates, one {@code Record} per user record) and the MD5 of that message. The protobuf helpers
 * are open to tests that craft broken messages. User records are the reader's plain
 * {@link KplDeaggregator.UserRecord} holder, so written and read records compare field by field.
 */
final class KplRecords {

    static final byte[] MAGIC = {(byte) 0xF3, (byte) 0x89, (byte) 0x9A, (byte) 0xC2};

    static final int VARINT = 0;
    static final int FIXED64 = 1;
    static final int LENGTH_DELIMITED = 2;
    static final int START_GROUP = 3;
    static final int END_GROUP = 4;
    static final int FIXED32 = 5;

    private KplRecords() {}

    static UserRecord user(String partitionKey, String text) {
        return new UserRecord(partitionKey, null, text.getBytes(StandardCharsets.UTF_8));
    }

    static UserRecord user(String partitionKey, String explicitHashKey, String text) {
        return new UserRecord(partitionKey, explicitHashKey, text.getBytes(StandardCharsets.UTF_8));
    }

    /** The aggregated Kinesis record of {@code users}. */
    static byte[] aggregate(List<UserRecord> users) {
        return envelope(message(users));
    }

    /** The {@code AggregatedRecord} message of {@code users}. */
    static byte[] message(List<UserRecord> users) {
        Map<String, Integer> partitionKeys = new LinkedHashMap<>();
        Map<String, Integer> explicitHashKeys = new LinkedHashMap<>();
        ByteArrayOutputStream records = new ByteArrayOutputStream();
        for (UserRecord user : users) {
            ByteArrayOutputStream record = new ByteArrayOutputStream();
            varintField(record, 1, partitionKeys.computeIfAbsent(user.partitionKey, k -> partitionKeys.size()));
            if (user.explicitHashKey != null) {
                varintField(
                        record,
                        2,
                        explicitHashKeys.computeIfAbsent(user.explicitHashKey, k -> explicitHashKeys.size()));
            }
            bytesField(record, 3, user.data);
            bytesField(records, 3, record.toByteArray());
        }
        ByteArrayOutputStream message = new ByteArrayOutputStream();
        partitionKeys.keySet().forEach(key -> bytesField(message, 1, utf8(key)));
        explicitHashKeys.keySet().forEach(key -> bytesField(message, 2, utf8(key)));
        message.writeBytes(records.toByteArray());
        return message.toByteArray();
    }

    /** Magic bytes, {@code message} and its MD5: an aggregated record whatever the message holds. */
    static byte[] envelope(byte[] message) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(MAGIC);
        out.writeBytes(message);
        out.writeBytes(md5(message));
        return out.toByteArray();
    }

    /** Concatenates protobuf fragments. */
    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    static byte[] varintField(int field, long value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        varintField(out, field, value);
        return out.toByteArray();
    }

    static byte[] bytesField(int field, byte[] value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        bytesField(out, field, value);
        return out.toByteArray();
    }

    static byte[] tag(int field, int wireType) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        varint(out, ((long) field << 3) | wireType);
        return out.toByteArray();
    }

    static byte[] varint(long value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        varint(out, value);
        return out.toByteArray();
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static void varintField(ByteArrayOutputStream out, int field, long value) {
        varint(out, ((long) field << 3) | VARINT);
        varint(out, value);
    }

    private static void bytesField(ByteArrayOutputStream out, int field, byte[] value) {
        varint(out, ((long) field << 3) | LENGTH_DELIMITED);
        varint(out, value.length);
        out.writeBytes(value);
    }

    /** Base 128, least significant group first, high bit set on every byte but the last. */
    private static void varint(ByteArrayOutputStream out, long value) {
        long rest = value;
        while ((rest & ~0x7FL) != 0) {
            out.write((int) ((rest & 0x7F) | 0x80));
            rest >>>= 7;
        }
        out.write((int) rest);
    }

    static byte[] md5(byte[] data) {
        try {
            return MessageDigest.getInstance("MD5").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code count} user records over {@code keys} partition keys, with data of 0 to 299 bytes. */
    static List<UserRecord> many(int count, int keys) {
        List<UserRecord> users = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            byte[] data = new byte[i % 300];
            for (int j = 0; j < data.length; j++) {
                data[j] = (byte) (i * 31 + j);
            }
            users.add(new UserRecord("key-" + (i % keys), null, data));
        }
        return users;
    }
}
