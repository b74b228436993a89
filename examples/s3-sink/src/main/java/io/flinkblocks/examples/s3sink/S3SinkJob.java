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

import java.time.Duration;

import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

import io.flinkblocks.connectors.DeadLetterOutput;
import io.flinkblocks.connectors.StreamSinks;
import io.flinkblocks.connectors.StreamSources;
import io.flinkblocks.operators.deadletter.DeadLetter;
import io.flinkblocks.operators.json.JsonRecordSerializationSchema;
import io.flinkblocks.operators.json.ParsedStream;
import io.flinkblocks.operators.model.StockTick;
import io.flinkblocks.operators.watermarks.WatermarkStrategies;
import io.flinkblocks.runtime.ApplicationProperties;
import io.flinkblocks.runtime.JobLauncher;
import io.flinkblocks.runtime.PropertyGroup;
import io.flinkblocks.windows.WindowBlock;
import io.flinkblocks.windows.WindowedResults;
import io.flinkblocks.windows.format.WindowResultJsonLines;

/**
 * The guide's S3 sink application: stock ticks (JSON) from group {@code InputStream0} are counted per
 * ticker over one-minute tumbling windows (processing time by default), and each count is written as a
 * JSON line, {@code {"ticker":"AMZN","window_start":...,"window_end":...,"count":42}}, to the file
 * system path of group {@code S3Sink}, in a folder per hour. Group {@code Window} chooses the time and
 * the size. Records that are not stock ticks, and in event time ticks that arrive after their window
 * fired (reason {@code LATE}), go to group {@code DeadLetters} (default: standard error), each as a
 * JSON dead letter; a record that is not UTF-8 keeps its original bytes there (Base64).
 *
 * <p>Files appear on checkpoints only: the sink commits its part files when a checkpoint completes,
 * so the checkpoint interval ({@code FlinkEnvironment checkpoint.interval}) bounds how fresh the
 * output is.
 */
public final class S3SinkJob {

    static final String INPUT_GROUP = "InputStream0";
    static final String SINK_GROUP = "S3Sink";
    static final String WINDOW_GROUP = "Window";
    static final Duration DEFAULT_SIZE = Duration.ofMinutes(1);
    static final String WINDOW_NAME = "Count ticks per ticker";

    private S3SinkJob() {}

    public static void main(String[] args) throws Exception {
        JobLauncher.run("s3-sink", args, S3SinkJob::build);
    }

    /** Defines the job on {@code env} without running it, so tests can run or inspect it. */
    static void build(StreamExecutionEnvironment env, ApplicationProperties properties) {
        env.getConfig().enableObjectReuse();
        PropertyGroup window = properties.groupOrEmpty(WINDOW_GROUP);

        DataStream<byte[]> json = StreamSources.bytes(env, properties.group(INPUT_GROUP));
        ParsedStream<StockTick> parsed =
                StockTick.jsonParse().withProperties(window).fromBytes(json);
        DataStream<StockTick> ticks = parsed.withTimestamps(
                WatermarkStrategies.fromProperties(window, StockTick.class), "Stock tick timestamps");

        WindowedResults<String, Double, Long> counts = WindowBlock.of(ticks, StockTick::getTicker, Types.STRING)
                .named(WINDOW_NAME)
                .processingTime()
                .tumbling(DEFAULT_SIZE)
                .withProperties(window)
                .count();

        StreamSinks.serialized(
                counts.results(),
                properties.group(SINK_GROUP),
                WindowResultJsonLines.withFieldNames("ticker", "count"));
        // Each late tick would have added 1 to a count: its value is 1.0.
        DataStream<DeadLetter> late = counts.lateDeadLetters("ticker", "value");
        DeadLetterOutput.attach(
                parsed.deadLetters().union(late), JsonRecordSerializationSchema.of(DeadLetter.class), properties);
    }
}
