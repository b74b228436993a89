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
package io.flinkblocks.benchmarks;

import java.util.concurrent.TimeUnit;

import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The settings of every end-to-end job benchmark, as {@code apache/flink-benchmarks} has them: one
 * local cluster per trial, a whole bounded job per invocation over pre-generated records replayed
 * from memory into a discarding sink. A benchmark method takes the states it needs: its input
 * ({@link GuideTickers} or {@link Keys}), its cluster ({@link Cluster} with the state backend as a
 * parameter, {@link TwoSlotCluster} the same at parallelism 2, {@link HeapCluster} and
 * {@link RocksDbCluster} for a baseline whose heap and RocksDB runs need different forks,
 * {@link StatelessCluster} for a job without state) and the {@link Records} counter.
 *
 * <p>The score is the {@code records} counter: records per second. A job run replays
 * {@link #RECORDS} records, unless the job is so slow that they would take more than
 * {@link RunSize#LONGEST_NANOS} (RocksDB with 100 000 keys replays some 10 000 records per second);
 * such a job replays what it gets through in about {@link RunSize#TARGET_NANOS}. The trial's first
 * invocation finds that size ({@link RunSize}) and is its warm-up: it runs the job several times, up
 * to the full size, so a run needs one warm-up iteration, and one is enough.
 *
 * <p>Goal benchmarks run {@link #GOAL_FORKS} forks (one fork's JIT can move a ratio by 40%); the
 * benchmarks that are only reported run one.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
@Warmup(iterations = 1, time = 2)
@Measurement(iterations = 3, time = 2)
public abstract class JobBenchmark {

    /** At most this many records per job run: large, so job submission is a small part of each run. */
    public static final int RECORDS = 1_000_000;

    /** Forks of a benchmark a goal is set on. */
    public static final int GOAL_FORKS = 3;

    /** Counts the records of every job run: the score, in records per second. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Records {
        public long records;

        @Setup(Level.Iteration)
        public void reset() {
            records = 0;
        }
    }

    /** The guide's input: its five tickers. */
    @State(Scope.Benchmark)
    public static class GuideTickers {
        @Setup(Level.Trial)
        public void load() {
            InMemorySource.load(StockTickInput.records(RECORDS, 5, 42));
        }
    }

    /** The same input over {@code keys} distinct tickers. */
    @State(Scope.Benchmark)
    public static class Keys {
        @Param({"5", "100000"})
        public int keys;

        @Setup(Level.Trial)
        public void load() {
            InMemorySource.load(StockTickInput.records(RECORDS, keys, 42));
        }
    }

    /** A cluster started once per trial, which runs the benchmark's jobs and sizes their input. */
    public abstract static class ClusterState {

        private BenchmarkCluster cluster;
        private RunSize size;

        protected abstract StateBackendChoice backend();

        /** Task slots, and the parallelism of every job. */
        protected int slots() {
            return 1;
        }

        protected RunSize runSize() {
            return RunSize.upTo(RECORDS);
        }

        @Setup(Level.Trial)
        public void startCluster() throws Exception {
            cluster = new BenchmarkCluster(backend(), slots());
            size = runSize();
        }

        @TearDown(Level.Trial)
        public void stopCluster() {
            cluster.close();
            // once per trial, so a reader of the JMH log knows what each run replayed
            System.out.println("records per job run: " + size.records());
        }

        /** Runs a DataStream job over the trial's run size into a discarding sink, and counts the records. */
        public void run(Records counter, boolean objectReuse, Job job) throws Exception {
            execute(counter, (cluster, records) -> {
                StreamExecutionEnvironment env = cluster.environment(objectReuse);
                job.build(InMemorySource.stream(env, records))
                        .sinkTo(new DiscardingSink<>())
                        .uid("discard")
                        .name("Discard");
                env.execute();
            });
        }

        /**
         * Runs any job over the trial's run size, and counts the records. The first call calibrates the
         * size; what a job prepares for a size (SQL's plan) is done before a run's clock starts.
         */
        public void execute(Records counter, Execution execution) throws Exception {
            if (!size.calibrated()) {
                counter.records += size.calibrate(new RunSize.Run() {
                    @Override
                    public void prepare(long records) throws Exception {
                        execution.prepare(cluster, records);
                    }

                    @Override
                    public void replay(long records) throws Exception {
                        execution.execute(cluster, records);
                    }
                });
                return;
            }
            execution.execute(cluster, size.records());
            counter.records += size.records();
        }
    }

    /** The trial's cluster on the {@code backend} a window job runs on. */
    @State(Scope.Benchmark)
    public static class Cluster extends ClusterState {
        @Param({"HEAP", "ROCKSDB"})
        public StateBackendChoice backend;

        @Override
        protected StateBackendChoice backend() {
            return backend;
        }
    }

    /** Two slots, each with its backend's managed memory: jobs at parallelism 2, one instance per core. */
    @State(Scope.Benchmark)
    public static class TwoSlotCluster extends Cluster {
        @Override
        protected int slots() {
            return 2;
        }
    }

    /** The heap: for a baseline whose goal is set on the heap, and which runs on RocksDB as well, reported. */
    @State(Scope.Benchmark)
    public static class HeapCluster extends ClusterState {
        @Override
        protected StateBackendChoice backend() {
            return StateBackendChoice.HEAP;
        }
    }

    /** RocksDB: the same baseline on RocksDB, in one fork as it is only reported. */
    @State(Scope.Benchmark)
    public static class RocksDbCluster extends ClusterState {
        @Override
        protected StateBackendChoice backend() {
            return StateBackendChoice.ROCKSDB;
        }
    }

    /** A stateless job's cluster (floors, ceiling): no keyed state, so the backend plays no part. */
    @State(Scope.Benchmark)
    public static class StatelessCluster extends HeapCluster {}

    /** A job from raw payloads to its output. */
    @FunctionalInterface
    public interface Job {
        DataStream<?> build(DataStream<byte[]> payloads) throws Exception;
    }

    /** Any job, run to its end over {@code records} records on the cluster: a DataStream or a SQL job. */
    @FunctionalInterface
    public interface Execution {
        /** Work done once per run size, before the runs (a SQL job's planning); nothing by default. */
        default void prepare(BenchmarkCluster cluster, long records) throws Exception {}

        void execute(BenchmarkCluster cluster, long records) throws Exception;
    }
}
