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

import java.util.Arrays;
import java.util.Objects;

import org.apache.flink.annotation.PublicEvolving;

/**
 * One record as {@link KinesisSources#records} hands it over: a Kinesis record, or one user record of
 * a record aggregated by the Kinesis Producer Library, with its own partition key. The user records of
 * one aggregated record share its sequence number, arrival time and shard. Both source
 * implementations fill every field; {@link #getStream()} is the stream's name. A Flink POJO.
 */
@PublicEvolving
public class KinesisUserRecord {

    private String stream;
    private String shardId;
    private String partitionKey;
    private String sequenceNumber;
    private long approximateArrivalTimestamp;
    private byte[] data;

    public KinesisUserRecord() {}

    public KinesisUserRecord(
            String stream,
            String shardId,
            String partitionKey,
            String sequenceNumber,
            long approximateArrivalTimestamp,
            byte[] data) {
        this.stream = stream;
        this.shardId = shardId;
        this.partitionKey = partitionKey;
        this.sequenceNumber = sequenceNumber;
        this.approximateArrivalTimestamp = approximateArrivalTimestamp;
        this.data = data;
    }

    /** The name of the stream the record was read from. */
    public String getStream() {
        return stream;
    }

    public void setStream(String stream) {
        this.stream = stream;
    }

    public String getShardId() {
        return shardId;
    }

    public void setShardId(String shardId) {
        this.shardId = shardId;
    }

    /** The user record's own partition key (for an aggregated record, not the aggregate's). */
    public String getPartitionKey() {
        return partitionKey;
    }

    public void setPartitionKey(String partitionKey) {
        this.partitionKey = partitionKey;
    }

    /** The Kinesis sequence number; shared by the user records of one aggregated record. */
    public String getSequenceNumber() {
        return sequenceNumber;
    }

    public void setSequenceNumber(String sequenceNumber) {
        this.sequenceNumber = sequenceNumber;
    }

    /** When Kinesis received the record, in epoch milliseconds. */
    public long getApproximateArrivalTimestamp() {
        return approximateArrivalTimestamp;
    }

    public void setApproximateArrivalTimestamp(long approximateArrivalTimestamp) {
        this.approximateArrivalTimestamp = approximateArrivalTimestamp;
    }

    /** The user record's bytes, nothing decoded. */
    public byte[] getData() {
        return data;
    }

    public void setData(byte[] data) {
        this.data = data;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof KinesisUserRecord)) {
            return false;
        }
        KinesisUserRecord other = (KinesisUserRecord) o;
        return approximateArrivalTimestamp == other.approximateArrivalTimestamp
                && Objects.equals(stream, other.stream)
                && Objects.equals(shardId, other.shardId)
                && Objects.equals(partitionKey, other.partitionKey)
                && Objects.equals(sequenceNumber, other.sequenceNumber)
                && Arrays.equals(data, other.data);
    }

    @Override
    public int hashCode() {
        return 31 * Objects.hash(stream, shardId, partitionKey, sequenceNumber, approximateArrivalTimestamp)
                + Arrays.hashCode(data);
    }

    /** Without the data, which may be large or sensitive: its size only. */
    @Override
    public String toString() {
        return "KinesisUserRecord{stream=" + stream + ", shardId=" + shardId + ", partitionKey=" + partitionKey
                + ", sequenceNumber=" + sequenceNumber + ", approximateArrivalTimestamp=" + approximateArrivalTimestamp
                + ", data=" + (data == null ? "null" : data.length + " bytes") + "}";
    }
}
