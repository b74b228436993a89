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
package io.flinkblocks.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.flink.api.common.JobID;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.flinkblocks.operators.deadletter.DeadLetter;
import io.flinkblocks.operators.deadletter.DeadLetterReason;
import io.flinkblocks.operators.identity.OperatorIdentity;
import io.flinkblocks.operators.model.StockTick;
import io.flinkblocks.testing.OperatorUidCheck;
import io.flinkblocks.testing.flink.LocalFlinkCluster;
import io.flinkblocks.testing.flink.LocalFlinkClusterExtension;
import io.flinkblocks.testing.flink.StateBackendUnderTest;
import io.flinkblocks.testing.kafka.KafkaBrokerExtension;
import io.flinkblocks.testing.kafka.LocalKafkaBroker;
import io.flinkblocks.testing.ticks.BadInputFeed;
import io.flinkblocks.testing.ticks.BadRecordCorpus;
import io.flinkblocks.windows.LateRecordDeadLetters;
import io.flinkblocks.windows.WindowBlock;
import io.flinkblocks.windows.WindowedResults;
import io.flinkblocks.windows.format.WindowResultCsv;

/**
 * Bad input end to end, from Kafka through parse, event time and a tumbling and a sliding window: good
 * ticks mixed with malformed JSON, wrong types, missing fields, empty, non-UTF-8, oversize and invalid
 * records, out-of-order ticks within the bound and ticks that arrive after their windows fired. The
 * window results equal those computed over the good ticks alone; one dead-letter stream holds exactly
 * one dead letter per bad record, with its reason and its original bytes, and one per late tick and
 * window (reason LATE, naming the windows it missed, through {@link LateRecordDeadLetters}); the job
 * never restarts.
 *
 * <p>On the heap and on RocksDB with incremental checkpoints, as MSF runs it. Parsing does not touch
 * state, but the windows do: a tumbling count and a two-phase sliding minimum whose state and late-record
 * decisions go through RocksDB, with checkpoints every 300 ms while the bad records, the late ticks and
 * their dead letters flow. It is the one bad-input test on both backends: the examples' bad-input tests
 * run the same blocks on the heap only.
 */
class BadInputIT {

    @RegisterExtension
    static final KafkaBrokerExtension KAFKA = new KafkaBrokerExtension();

    private static final int TICKS = 4000;
    /** One bad record after every this many good ticks, cycling through the corpus. */
    private static final int BAD_EVERY = 20;

    private static final Duration SLIDING_SIZE = Duration.ofSeconds(2);
    private static final Duration SLIDING_SLIDE = Duration.ofSeconds(1);
    private static final Duration TIMEOUT = Duration.ofSeconds(120);
    private static final String MIN_WINDOW = "Min price per ticker";
    private static final String PARSE = "Parse stock ticks";

    @RegisterExtension
    static final LocalFlinkClusterExtension FLINK = new LocalFlinkClusterExtension(1, 2);

    @ParameterizedTest
    @EnumSource(StateBackendUnderTest.class)
    void windowResultsEqualThoseOfTheGoodTicksAndEveryBadRecordIsAccountedFor(
            StateBackendUnderTest backend, LocalKafkaBroker broker) throws Exception {
        LocalFlinkCluster flink = FLINK.cluster();
        String topic = Jobs.named("bad-input-in", backend);
        broker.createTopics(1, topic);
        StreamExecutionEnvironment env = Jobs.environment(2, backend);
        TickWindowJob job = TickWindowJob.define(
                env, Jobs.kafkaSource(broker, topic, false), TickWindowJob.COUNT_WINDOW, ticks -> ticks);
        WindowedResults<String, Double, Double> minima = WindowBlock.of(job.ticks, StockTick::getTicker, Types.STRING)
                .named(MIN_WINDOW)
                .eventTime()
                .sliding(SLIDING_SIZE, SLIDING_SLIDE)
                .twoPhase(true)
                .min(StockTick::getPrice);
        WindowResultCsv<String, Double> minCsv = WindowResultCsv.withWindow();
        collect(job.countLines(), "counts");
        collect(OperatorIdentity.apply(minima.results().map(minCsv::format, Types.STRING), "Min lines"), "minima");
        DataStream<DeadLetter> lateCounts = job.counts.lateDeadLetters("ticker", "value");
        DataStream<DeadLetter> lateMinima = minima.lateDeadLetters("ticker", "price");
        collect(job.parsed.deadLetters().union(lateCounts, lateMinima), "dead letters");
        OperatorUidCheck.assertEveryOperatorHasUid(env);

        BadInputFeed feed =
                new BadInputFeed(BadRecordCorpus.of((int) TickWindowJob.MAX_PAYLOAD_BYTES), BAD_EVERY, PARSE);
        JobID id = flink.submit(env, "bad input through tumbling and sliding windows");
        try (TopicWriter writer = new TopicWriter(broker, topic)) {
            writer.write(feed.mix(0, TICKS / 2, GoodTicks::json), 1);
            // Results of the first ten seconds out: the watermark is past the windows the late ticks belong to.
            LocalFlinkCluster.await(
                    "first window results", TIMEOUT, () -> Collected.size("counts") >= 10 * GoodTicks.TICKERS.length);
            List<String> lateTickers = List.of("AMZN", "AMZN", "TBV");
            List<Long> lateTimes =
                    List.of(GoodTicks.BASE + 100, GoodTicks.BASE - 86_400_000L, GoodTicks.BASE - 3_600_000L);
            List<Double> latePrices = List.of(1.0, 1.0, 2.0);
            List<byte[]> late = new ArrayList<>();
            for (int i = 0; i < lateTimes.size(); i++) {
                late.add(GoodTicks.json(lateTickers.get(i), lateTimes.get(i), latePrices.get(i)));
                long t = lateTimes.get(i);
                long size = TickWindowJob.WINDOW.toMillis();
                long slide = SLIDING_SLIDE.toMillis();
                long lastStart = Math.floorDiv(t, slide) * slide;
                feed.expect(
                        "LATE",
                        TickWindowJob.COUNT_WINDOW,
                        BadInputFeed.lateTick(
                                lateTickers.get(i), "value", 1.0, t, List.of(Math.floorDiv(t, size) * size), size));
                feed.expect(
                        "LATE",
                        MIN_WINDOW,
                        BadInputFeed.lateTick(
                                lateTickers.get(i),
                                "price",
                                latePrices.get(i),
                                t,
                                List.of(lastStart - slide, lastStart),
                                SLIDING_SIZE.toMillis()));
            }
            writer.write(late, 1);
            writer.write(feed.mix(TICKS / 2, TICKS, GoodTicks::json), 1);
            writer.write(GoodTicks.flush(TICKS), 1);

            List<String> expectedCounts = GoodTicks.tumblingCounts(TICKS, TickWindowJob.WINDOW.toMillis());
            List<String> expectedMinima =
                    GoodTicks.slidingMinima(TICKS, SLIDING_SIZE.toMillis(), SLIDING_SLIDE.toMillis());
            LocalFlinkCluster.await(
                    "every window result, dead letter and late record",
                    TIMEOUT,
                    () -> Collected.size("counts") >= expectedCounts.size()
                            && Collected.size("minima") >= expectedMinima.size()
                            && Collected.size("dead letters")
                                    >= feed.expectedLetters().size());
            // Two more checkpoints: anything beyond the expected output would have arrived by then.
            flink.awaitCheckpointsAfter(id, flink.completedCheckpoints(id), 2, TIMEOUT);
            int restarts = flink.restarts(id);
            String stateBackend = flink.stateBackendName(id);
            flink.cancel(id);

            List<DeadLetter> dead = Collected.values("dead letters");
            System.out.printf(
                    "Bad input on " + backend
                            + ": %d good ticks, %d bad records (%s), %d late ticks; %d counts, %d minima,"
                            + " %d dead letters (%s), %d restarts%n",
                    TICKS,
                    feed.badReasons().size(),
                    BadInputFeed.histogram(feed.badReasons()),
                    late.size(),
                    Collected.size("counts"),
                    Collected.size("minima"),
                    dead.size(),
                    histogram(dead, DeadLetter::getReason),
                    restarts);
            assertThat(stateBackend).as("the job's state backend").isEqualTo(backend.stateBackendName());
            assertThat(restarts).as("restarts").isZero();
            assertThat(Collected.<String>values("counts"))
                    .hasSize(expectedCounts.size())
                    .containsExactlyInAnyOrderElementsOf(expectedCounts);
            assertThat(Collected.<String>values("minima"))
                    .hasSize(expectedMinima.size())
                    .containsExactlyInAnyOrderElementsOf(expectedMinima);
            assertThat(feed.expectedLetters()).hasSize(feed.badReasons().size() + 2 * late.size());
            assertThat(dead)
                    .extracting(d -> BadInputFeed.letter(d.getReason().name(), d.getOperator(), d.decodePayload()))
                    .as("dead letters: reason, operator and payload of each")
                    .hasSize(feed.expectedLetters().size())
                    .containsExactlyInAnyOrderElementsOf(feed.expectedLetters());
            assertThat(dead).allSatisfy(d -> {
                assertThat(d.isTruncated()).isFalse();
                assertThat(d.getPayloadEncoding())
                        .as(d.toString())
                        .isEqualTo(d.getReason() == DeadLetterReason.NOT_UTF8 ? DeadLetter.BASE64 : DeadLetter.UTF_8);
            });
        }
    }

    private static <T> void collect(DataStream<T> stream, String name) {
        OperatorIdentity.apply(stream.addSink(new Collected<>(name)), "Collect " + name);
    }

    private static <T> Map<DeadLetterReason, Long> histogram(List<T> values, Function<T, DeadLetterReason> reason) {
        return values.stream().collect(Collectors.groupingBy(reason, TreeMap::new, Collectors.counting()));
    }
}
