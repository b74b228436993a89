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
package io.flinkblocks.testing.kinesis;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.flink.annotation.PublicEvolving;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * JUnit 5 extension giving a test class the {@link LocalKinesis} of the JVM (started on first use,
 * stopped when the JVM exits), with its helpers.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final LocalKinesisExtension KINESIS = new LocalKinesisExtension();
 *
 * String stream = KINESIS.createStream("input", 2);
 * KINESIS.putStrings(stream, records);
 * PropertyGroup group = PropertyGroup.of("InputStream0", KINESIS.sourceProperties(stream));
 * }</pre>
 */
@PublicEvolving
public final class LocalKinesisExtension implements BeforeAllCallback {

    private LocalKinesis kinesis;

    @Override
    public void beforeAll(ExtensionContext context) {
        kinesis();
    }

    /** The emulator; starts it if no test has yet. */
    public synchronized LocalKinesis kinesis() {
        if (kinesis == null) {
            kinesis = LocalKinesis.shared();
        }
        return kinesis;
    }

    /**
     * Creates a stream whose name starts with {@code prefix} and is unique in this JVM, with
     * {@code shards} shards, waits until it is ACTIVE and returns its name.
     */
    public String createStream(String prefix, int shards) {
        String name = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        kinesis().createStream(name, shards);
        return name;
    }

    public void putStrings(String streamName, List<String> records) {
        kinesis().putStrings(streamName, records);
    }

    public List<String> readAllStrings(String streamName) {
        return kinesis().readAllStrings(streamName);
    }

    public String streamArn(String streamName) {
        return kinesis().streamArn(streamName);
    }

    public String endpoint() {
        return kinesis().endpoint();
    }

    /** Region, endpoint and dummy credentials; see {@link LocalKinesis#clientProperties()}. */
    public Map<String, String> clientProperties() {
        return kinesis().clientProperties();
    }

    /**
     * What a Kinesis source group needs to read {@code streamName} from the start: the client
     * properties, {@code connector=kinesis}, {@code stream.name}, {@code stream.arn} and
     * {@code flink.stream.initpos=TRIM_HORIZON}.
     */
    public Map<String, String> sourceProperties(String streamName) {
        Map<String, String> properties = clientProperties();
        properties.put("connector", "kinesis");
        properties.put("stream.name", streamName);
        properties.put("stream.arn", streamArn(streamName));
        properties.put("flink.stream.initpos", "TRIM_HORIZON");
        return properties;
    }

    /** What a Kinesis sink group needs to write to {@code streamName}. */
    public Map<String, String> sinkProperties(String streamName) {
        Map<String, String> properties = clientProperties();
        properties.put("connector", "kinesis");
        properties.put("stream.name", streamName);
        return properties;
    }

    /**
     * {@link #sourceProperties(String)} with {@code source.implementation} set to {@code implementation},
     * asking for records sooner than by default: the legacy consumer ({@code FLINK_KINESIS_CONSUMER})
     * polls every 100 ms, and the {@code KINESIS_STREAMS_SOURCE} looks for shards every 500 ms instead of
     * 10 s, which a new stream would wait for before its first read.
     */
    public Map<String, String> quickSourceProperties(String streamName, String implementation) {
        Map<String, String> properties = sourceProperties(streamName);
        properties.put("source.implementation", implementation);
        if (implementation.equals("KINESIS_STREAMS_SOURCE")) {
            properties.put("flink.shard.discovery.intervalmillis", "500");
        } else {
            properties.put("flink.shard.getrecords.intervalmillis", "100");
        }
        return properties;
    }

    /**
     * {@link #sinkProperties(String)}, sending what the sink holds after 100 ms instead of 5 s: results
     * come out sooner and a test that awaits them is shorter.
     */
    public Map<String, String> quickSinkProperties(String streamName) {
        Map<String, String> properties = sinkProperties(streamName);
        properties.put("sink.flush-buffer.timeout", "100ms");
        return properties;
    }

    /** Whether {@code streamName} holds {@code count} records or more: a condition to await. */
    public boolean holdsAtLeast(String streamName, long count) {
        return readAllStrings(streamName).size() >= count;
    }

    /**
     * Points {@code group}, a Kinesis source or sink group of a shipped properties file, at
     * {@code streamName} on this emulator: sets {@code stream.name} and {@code aws.endpoint}.
     */
    public Map<String, String> pointAt(Map<String, String> group, String streamName) {
        group.put("stream.name", streamName);
        group.put("aws.endpoint", endpoint());
        return group;
    }

    /**
     * {@link #pointAt} for a sink group, which also sends what it holds after 100 ms, as
     * {@link #quickSinkProperties} does.
     */
    public Map<String, String> pointQuickSinkAt(Map<String, String> group, String streamName) {
        pointAt(group, streamName).put("sink.flush-buffer.timeout", "100ms");
        return group;
    }
}
