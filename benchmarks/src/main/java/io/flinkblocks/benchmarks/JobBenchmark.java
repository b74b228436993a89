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
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The settings of every end-to-end job benchmark, as {@code apache/flink-benchmarks} has them: one
 * local cluster per trial at parallelism 1, a whole bounded job per invocation over
 * {@link #RECORDS} pre-generated records, throughput read as records per second through
 * {@code @OperationsPerInvocation(RECORDS)}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 6, time = 2)
public abstract class JobBenchmark {

    /** Records per job run: large, so job submission is a small part of each invocation. */
    public static final int RECORDS = 1_000_000;

    protected BenchmarkCluster cluster;

    @Setup(Level.Trial)
    public void startCluster() throws Exception {
        cluster = new BenchmarkCluster(1);
    }

    @TearDown(Level.Trial)
    public void stopCluster() {
        cluster.close();
    }

    /** Runs {@code job} over the loaded records to a discarding sink. */
    protected void run(boolean objectReuse, Job job) throws Exception {
        StreamExecutionEnvironment env = cluster.environment(objectReuse);
        job.build(InMemorySource.stream(env, RECORDS)).sinkTo(new DiscardingSink<>()).uid("discard");
        env.execute();
    }

    /** A job from raw payloads to its output lines. */
    @FunctionalInterface
    protected interface Job {
        DataStream<?> build(DataStream<byte[]> payloads) throws Exception;
    }
}
