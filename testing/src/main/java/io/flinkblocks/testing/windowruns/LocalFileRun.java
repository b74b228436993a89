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
package io.flinkblocks.testing.windowruns;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.flink.annotation.PublicEvolving;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

import io.flinkblocks.testing.FlinkEnvironmentGroups;
import io.flinkblocks.testing.OperatorUidCheck;
import io.flinkblocks.testing.jobs.KinesisJobRuns;
import io.flinkblocks.testing.jobs.RandomTicks;
import io.flinkblocks.testing.kinesis.LocalKinesisExtension;
import io.flinkblocks.testing.results.WrittenDeadLetters;
import io.flinkblocks.testing.ticks.BadInputFeed;
import io.flinkblocks.testing.ticks.TickJson;
import io.flinkblocks.testing.ticks.TickWindowGroups;
import io.flinkblocks.testing.ticks.WindowTickFeed;

/**
 * A window job end to end with the local properties file it ships, on the test's MiniCluster: the
 * file's groups (as the test reads them) pointed at fresh local Kinesis streams, event time with no
 * out-of-orderness (so a test knows each tick's window), no restart, the dead letters to a stream of
 * their own. The input is the records of the test's ticks with two bad records among them,
 * {@link #NOT_JSON} and {@link #NO_EVENT_TIME}, then a tick a minute after the first, which moves event
 * time past every window of the others (its own stays open). The run ends when the expected number of
 * results is out; it fails unless the two bad records came out as their dead letters, and gives the
 * result lines written.
 *
 * <pre>{@code
 * List<RandomTicks.Tick> ticks = RandomTicks.random(7, T0, Duration.ofMillis(40), 600);
 * // ... the expected lines of the ticks ...
 * List<String> written = new LocalFileRun(JOB, KINESIS, MyJobIT::localGroups, MyJobIT::define)
 *         .run(ticks, expected.size());
 * assertThat(written).containsExactlyInAnyOrderElementsOf(expected);
 * }</pre>
 */
@PublicEvolving
public final class LocalFileRun {

    /** A record that is not JSON, put after the 100th tick. */
    public static final String NOT_JSON = "not json";

    /** A tick without its event time, put after the 300th tick. */
    public static final String NO_EVENT_TIME = "{\"ticker\": \"AMZN\", \"price\": 1.5}";

    /** Reads the groups of the job's local properties file. */
    @FunctionalInterface
    public interface LocalGroups {
        Map<String, Map<String, String>> read();
    }

    private final WindowJobUnderTest job;
    private final LocalKinesisExtension kinesis;
    private final LocalGroups localGroups;
    private final BadInputRun.JobFromGroups definition;

    /** {@code job} on the groups {@code localGroups} reads, defined by {@code definition}. */
    public LocalFileRun(
            WindowJobUnderTest job,
            LocalKinesisExtension kinesis,
            LocalGroups localGroups,
            BadInputRun.JobFromGroups definition) {
        this.job = job;
        this.kinesis = kinesis;
        this.localGroups = localGroups;
        this.definition = definition;
    }

    /** Runs the job on {@code ticks} (at least 301) until {@code results} result lines are out; returns them all. */
    public List<String> run(List<RandomTicks.Tick> ticks, int results) throws Exception {
        String input = kinesis.createStream("ExampleInputStream", 1);
        String output = kinesis.createStream("ExampleOutputStream", 1);
        String deadLetters = kinesis.createStream("DeadLetters", 1);
        List<String> records = RandomTicks.records(ticks, Map.of(100, NOT_JSON, 300, NO_EVENT_TIME));
        records.add(TickJson.of(ticks.get(0).time().plusSeconds(60), "AMZN", 1.0));
        kinesis.putStrings(input, records);

        Map<String, Map<String, String>> groups = localGroups.read();
        groups.get(FlinkEnvironmentGroups.GROUP).put("restart.strategy", "none");
        kinesis.pointAt(groups.get(job.inputGroup()), input);
        kinesis.pointAt(groups.get(job.outputGroup()), output);
        groups.get(job.windowGroup()).putAll(TickWindowGroups.eventTimeInOrder());
        groups.put(WindowJobUnderTest.DEAD_LETTERS_GROUP, new HashMap<>(kinesis.sinkProperties(deadLetters)));
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        definition.define(env, groups);
        OperatorUidCheck.assertEveryOperatorHasUid(env);
        KinesisJobRuns.runUntilAllWritten(env, job.name(), kinesis, Map.of(output, results, deadLetters, 2));

        List<String> letters = new ArrayList<>(
                WrittenDeadLetters.read(kinesis.readAllStrings(deadLetters)).letters());
        List<String> due = List.of(
                BadInputFeed.letter("MALFORMED_JSON", WindowTickFeed.PARSE_OPERATOR, utf8(NOT_JSON)),
                BadInputFeed.letter("MISSING_FIELD", WindowTickFeed.PARSE_OPERATOR, utf8(NO_EVENT_TIME)));
        if (letters.size() != due.size() || !letters.containsAll(due)) {
            throw new AssertionError("dead letters of the two bad records: " + due + ", but written: " + letters);
        }
        return kinesis.readAllStrings(output);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
