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
import java.util.List;

/**
 * Builds Kinesis records the way the Kinesis Producer Library aggregates them: the magic bytes, an
 * {@code AggregatedRecord} protobuf message (one partition key, one {@code Record} per user record)
 * and the MD5 of that message. Small records only: every length fits in one varint byte.
 */
final class KplRecords {

    private KplRecords() {}

    static byte[] aggregate(String partitionKey, List<String> userRecords) {
        ByteArrayOutputStream message = new ByteArrayOutputStream();
        field(message, 1, partitionKey.getBytes(StandardCharsets.UTF_8)); // partition_key_table
        for (String userRecord : userRecords) {
            ByteArrayOutputStream record = new ByteArrayOutputStream();
            record.write(0x08); // partition_key_index (varint) = 0
            record.write(0x00);
            field(record, 3, userRecord.getBytes(StandardCharsets.UTF_8)); // data
            field(message, 3, record.toByteArray()); // records
        }
        byte[] body = message.toByteArray();
        ByteArrayOutputStream aggregated = new ByteArrayOutputStream();
        aggregated.writeBytes(KplAggregationGuard.KPL_MAGIC);
        aggregated.writeBytes(body);
        aggregated.writeBytes(md5(body));
        return aggregated.toByteArray();
    }

    private static void field(ByteArrayOutputStream out, int number, byte[] value) {
        if (value.length > 127) {
            throw new IllegalArgumentException("only short values are supported");
        }
        out.write((number << 3) | 2); // length-delimited
        out.write(value.length);
        out.writeBytes(value);
    }

    private static byte[] md5(byte[] data) {
        try {
            return MessageDigest.getInstance("MD5").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
