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
package io.flinkblocks.examples.firehosesink;

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
import io.flinkblocks.windows.format.WindowResultCsv;

/**
 * The guide's Firehose application: the minimum price per ticker over windows of 10 seconds sliding
 * every 5 seconds (processing time by default), from stock ticks (JSON) of group {@code InputStream0}
 * (a Kinesis stream) to group {@code DeliveryStream0} (a Firehose delivery stream), one
 * {@code ticker,min} line per record, so the objects Firehose writes to S3 hold one result a line.
 * Group {@code Window} chooses the time and the sizes; records that are not stock ticks, and in event
 * time ticks that arrive after their windows fired (reason {@code LATE}), go to group
 * {@code DeadLetters} (default: standard error); a record that is not UTF-8 keeps its bytes there.
 */
public final class FirehoseSinkJob {

    static final String INPUT_GROUP = "InputStream0";
    static final String OUTPUT_GROUP = "DeliveryStream0";
    static final String WINDOW_GROUP = "Window";
    static final Duration DEFAULT_SIZE = Duration.ofSeconds(10);
    static final Duration DEFAULT_SLIDE = Duration.ofSeconds(5);

    private FirehoseSinkJob() {}

    public static void main(String[] args) throws Exception {
        JobLauncher.run("firehose-sink", args, FirehoseSinkJob::build);
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

        WindowedResults<String, Double, Double> minima = WindowBlock.of(ticks, StockTick::getTicker, Types.STRING)
                .named("Min price per ticker")
                .processingTime()
                .sliding(DEFAULT_SIZE, DEFAULT_SLIDE)
                .withProperties(window)
                .min(StockTick::getPrice);

        StreamSinks.serialized(minima.results(), properties.group(OUTPUT_GROUP), WindowResultCsv.keyAndValue());
        // In event time, ticks that arrive after their windows fired are dead letters too (reason LATE).
        DataStream<DeadLetter> late = minima.lateDeadLetters("ticker", "price");
        DeadLetterOutput.attach(
                parsed.deadLetters().union(late), JsonRecordSerializationSchema.of(DeadLetter.class), properties);
    }
}
