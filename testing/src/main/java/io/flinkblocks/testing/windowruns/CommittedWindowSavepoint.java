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

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

import org.apache.flink.annotation.PublicEvolving;

import io.flinkblocks.testing.ApplicationPropertiesFile;
import io.flinkblocks.testing.cluster.ClusterJobRun;
import io.flinkblocks.testing.cluster.CommittedSavepoints;
import io.flinkblocks.testing.cluster.FlinkStandaloneCluster;
import io.flinkblocks.testing.kinesis.LocalKinesisExtension;

/**
 * A window job's savepoint committed with its module ({@link CommittedSavepoints}, named as the job),
 * restored by this build's shaded JAR on a real cluster: users' window state survives the version.
 *
 * <p>The savepoint is taken (when none is committed, or on {@code -Dflinkblocks.savepoints.regenerate=true})
 * from a run fed the ticks of {@link #takenFrom}: ticks that nothing closes, then a record that is not a
 * tick, whose dead letter says every tick before it has reached the window; the job stops with a
 * savepoint while its windows are open, nothing written. The restored job must say it restored the
 * savepoint; it is fed the ticks of {@link #restoredWith} (more ticks of the same windows, then one that
 * closes them) and runs until the expected number of results is out and two more checkpoints have
 * completed, with no dead letter (every tick is good).
 *
 * <pre>{@code
 * static final CommittedWindowSavepoint COMMITTED = new CommittedWindowSavepoint(
 *                 JOB, KINESIS, ResultStore.kinesis(KINESIS), SlidingWindowCommittedSavepointClusterIT::groups, TIMEOUT)
 *         .takenFrom(SavepointTicks.thenNotATick(SavepointTicks.onePerTicker(6, k -> 20.0 - k)))
 *         .restoredWith(SavepointTicks.thenClosing(SavepointTicks.onePerTicker(8, k -> 17.5)));
 *
 * List<String> written = COMMITTED.restore(flink, folder, expected.size());
 * assertThat(written).containsExactlyInAnyOrderElementsOf(expected);
 * }</pre>
 */
@PublicEvolving
public final class CommittedWindowSavepoint {

    private final WindowJobUnderTest job;
    private final LocalKinesisExtension kinesis;
    private final ResultStore results;
    private final JobGroups groups;
    private final Duration timeout;
    private final List<String> ticksBefore;
    private final List<String> ticksAfter;

    /**
     * The savepoint of {@code job}, reading a local Kinesis stream, writing to {@code results},
     * configured by {@code groups}; each step waits at most {@code timeout}.
     */
    public CommittedWindowSavepoint(
            WindowJobUnderTest job,
            LocalKinesisExtension kinesis,
            ResultStore results,
            JobGroups groups,
            Duration timeout) {
        this(job, kinesis, results, groups, timeout, List.of(), List.of());
    }

    private CommittedWindowSavepoint(
            WindowJobUnderTest job,
            LocalKinesisExtension kinesis,
            ResultStore results,
            JobGroups groups,
            Duration timeout,
            List<String> ticksBefore,
            List<String> ticksAfter) {
        this.job = job;
        this.kinesis = kinesis;
        this.results = results;
        this.groups = groups;
        this.timeout = timeout;
        this.ticksBefore = ticksBefore;
        this.ticksAfter = ticksAfter;
    }

    /** The same savepoint, taken (when it is taken anew) from a run fed {@code ticks}. */
    public CommittedWindowSavepoint takenFrom(List<String> ticks) {
        return new CommittedWindowSavepoint(job, kinesis, results, groups, timeout, ticks, ticksAfter);
    }

    /** The same savepoint, whose restored job is fed {@code ticks}. */
    public CommittedWindowSavepoint restoredWith(List<String> ticks) {
        return new CommittedWindowSavepoint(job, kinesis, results, groups, timeout, ticksBefore, ticks);
    }

    /** The job's property groups, pointed at its input, its result store and its dead-letter stream. */
    @FunctionalInterface
    public interface JobGroups {
        Map<String, Map<String, String>> of(String input, String output, String deadLetters);
    }

    /** Where a job writes its results: a Kinesis stream, a Firehose delivery stream, an S3 bucket. */
    public static final class ResultStore {

        private final Function<String, String> create;
        private final Function<String, List<String>> written;
        private final Predicate<String> nothingWritten;

        private ResultStore(
                Function<String, String> create,
                Function<String, List<String>> written,
                Predicate<String> nothingWritten) {
            this.create = create;
            this.written = written;
            this.nothingWritten = nothingWritten;
        }

        /** A store made by {@code create} (from a name prefix), whose result lines {@code written} reads. */
        public static ResultStore of(Function<String, String> create, Function<String, List<String>> written) {
            return new ResultStore(
                    create, written, store -> written.apply(store).isEmpty());
        }

        /** As {@link #of(Function, Function)}, with its own test that nothing at all was written. */
        public static ResultStore of(
                Function<String, String> create,
                Function<String, List<String>> written,
                Predicate<String> nothingWritten) {
            return new ResultStore(create, written, nothingWritten);
        }

        /** A Kinesis stream of one shard. */
        public static ResultStore kinesis(LocalKinesisExtension kinesis) {
            return of(prefix -> kinesis.createStream(prefix, 1), kinesis::readAllStrings);
        }
    }

    /**
     * Restores the committed savepoint (taking it first, if needed), feeds the ticks of
     * {@link #restoredWith} and returns the result lines written once {@code expected} of them are out
     * and the job has settled; prints what it restored and what came out.
     */
    public List<String> restore(FlinkStandaloneCluster flink, Path folder, int expected) {
        String name = job.name();
        String savepoint = CommittedSavepoints.copyOf(name, folder, () -> take(flink, folder));
        String input = kinesis.createStream("CommittedSavepointInput", 1);
        String output = results.create.apply("committed-savepoint-output");
        String deadLetters = kinesis.createStream("CommittedSavepointDeadLetters", 1);
        Path properties =
                ApplicationPropertiesFile.write(folder.resolve("restore.json"), groups.of(input, output, deadLetters));

        ClusterJobRun run = ClusterJobRun.restore(flink, savepoint, properties, timeout);
        if (flink.restoredFrom(run.job()).isEmpty()) {
            throw new AssertionError("the savepoint the job restored: none");
        }
        kinesis.putStrings(input, ticksAfter);
        String restored = "the restored windows' " + job.results();
        run.await(restored, () -> results.written.apply(output).size() >= expected);
        run.settle();
        run.cancel();

        List<String> written = results.written.apply(output);
        CommittedSavepoints.printRestore(
                name, savepoint, run, "the restored windows' " + expected + " " + job.results(), written);
        List<String> letters = kinesis.readAllStrings(deadLetters);
        if (!letters.isEmpty()) {
            throw new AssertionError("dead letters of good ticks: " + letters);
        }
        return written;
    }

    private void take(FlinkStandaloneCluster flink, Path folder) {
        String input = kinesis.createStream("SavepointInput", 1);
        String output = results.create.apply("savepoint-output");
        String deadLetters = kinesis.createStream("SavepointDeadLetters", 1);
        Path properties =
                ApplicationPropertiesFile.write(folder.resolve("take.json"), groups.of(input, output, deadLetters));
        ClusterJobRun run = ClusterJobRun.start(flink, properties, timeout);
        kinesis.putStrings(input, ticksBefore);
        run.await(
                "the dead letter behind the ticks",
                () -> kinesis.readAllStrings(deadLetters).size() == 1);
        String savepoint = run.stopWithSavepoint();
        if (!results.nothingWritten.test(output)) {
            throw new AssertionError(
                    "results before the savepoint, while the windows are open: " + results.written.apply(output));
        }
        CommittedSavepoints.commit(savepoint, job.name());
    }
}
