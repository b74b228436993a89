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
package io.flinkblocks.benchmarks.window;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.table.api.CompiledPlan;
import org.apache.flink.table.api.bridge.java.StreamTableEnvironment;
import org.apache.flink.types.Row;
import org.apache.flink.util.CloseableIterator;

import io.flinkblocks.benchmarks.BenchmarkCluster;
import io.flinkblocks.benchmarks.BlockParsing;
import io.flinkblocks.benchmarks.InMemoryTableFactory;
import io.flinkblocks.benchmarks.JobBenchmark;

/**
 * The window jobs as a Flink SQL user writes them: a table over the ticks with {@code 'format' = 'json'}
 * and a watermark on {@code event_time}, a window table-valued function grouped by ticker and window,
 * into a {@code blackhole} sink. {@link #tumble()} counts ticks per ticker in 10 s windows
 * ({@link TumblingCountJobs}); {@link #hop(int)} takes the minimum price per ticker in windows sliding
 * by 1 s ({@link SlidingMinJobs}). Flink plans both as a two-phase window aggregation (its default
 * {@code table.optimizer.agg-phase-strategy} AUTO): a {@code LocalWindowAggregate} chained to the
 * source before the shuffle and a {@code GlobalWindowAggregate} after it, which the equivalence test
 * checks with EXPLAIN.
 *
 * <p>A deployed SQL job is planned once; so is a benchmark's. A trial compiles the statement once per
 * run size ({@link CompiledPlan}), before a run's clock starts ({@code prepare}; sizes change only in
 * the warm-up), and every run executes the compiled plan, so the planner's time is not counted against
 * the job. A plan is translated into its job's operators on its first execution and reused after.
 * The environment has object reuse on, as SQL jobs run (the planner's operators are written for it),
 * and the cluster's state backend and managed memory.
 */
public final class SqlWindowJobs {

    private SqlWindowJobs() {}

    /** 10 s event-time count per ticker. */
    public static Query tumble() {
        return new Query(
                "tumble_counts",
                "ticks BIGINT",
                "SELECT ticker, window_start, window_end, COUNT(*) AS ticks\n"
                        + "FROM TABLE(TUMBLE(TABLE ticks, DESCRIPTOR(event_time), " + interval(TumblingCountJobs.WINDOW)
                        + "))\n"
                        + "GROUP BY ticker, window_start, window_end");
    }

    /** Minimum price per ticker in windows of {@code ratio} seconds sliding by 1 s. */
    public static Query hop(int ratio) {
        return new Query(
                "hop_mins",
                "min_price DOUBLE",
                "SELECT ticker, window_start, window_end, MIN(price) AS min_price\n"
                        + "FROM TABLE(HOP(TABLE ticks, DESCRIPTOR(event_time), " + interval(SlidingMinJobs.SLIDE) + ", "
                        + interval(SlidingMinJobs.size(ratio)) + "))\n"
                        + "GROUP BY ticker, window_start, window_end");
    }

    /**
     * A table environment on {@code env} with the ticks table over {@code records} replayed records:
     * the JSON the other jobs parse, decoded by Flink's JSON format (ISO-8601 timestamps, as the input
     * has them), with the watermark bound of every job here.
     */
    public static StreamTableEnvironment tableEnvironment(StreamExecutionEnvironment env, long records) {
        StreamTableEnvironment tableEnv = StreamTableEnvironment.create(env);
        tableEnv.executeSql("CREATE TABLE ticks (\n"
                + "  ticker STRING,\n"
                + "  price DOUBLE,\n"
                + "  event_time TIMESTAMP(3),\n"
                + "  WATERMARK FOR event_time AS event_time - " + interval(BlockParsing.OUT_OF_ORDERNESS) + "\n"
                + ") WITH (\n"
                + "  'connector' = '" + InMemoryTableFactory.IDENTIFIER + "',\n"
                + "  'number-of-records' = '" + records + "',\n"
                + "  'format' = 'json',\n"
                + "  'json.timestamp-format.standard' = 'ISO-8601'\n"
                + ")");
        return tableEnv;
    }

    private static String interval(Duration duration) {
        long millis = duration.toMillis();
        return String.format(Locale.ROOT, "INTERVAL '%d.%03d' SECOND", millis / 1000, millis % 1000);
    }

    /** One windowed query, run into a blackhole sink (the benchmark) or collected (the equivalence test). */
    public static final class Query implements JobBenchmark.Execution {

        private final String sink;
        private final String valueColumn;
        private final String select;
        private final Map<Long, CompiledPlan> plans = new HashMap<>();

        private Query(String sink, String valueColumn, String select) {
            this.sink = sink;
            this.valueColumn = valueColumn;
            this.select = select;
        }

        public String select() {
            return select;
        }

        /** Plans the statement for {@code records} records, once per size. */
        @Override
        public void prepare(BenchmarkCluster cluster, long records) {
            plan(cluster, records);
        }

        @Override
        public void execute(BenchmarkCluster cluster, long records) throws Exception {
            plan(cluster, records).execute().await();
        }

        /**
         * The statement's plan for {@code records} records. A plan is for one size: executing it again
         * reuses what its first execution translated, the source's record count included.
         */
        public CompiledPlan plan(BenchmarkCluster cluster, long records) {
            return plans.computeIfAbsent(records, size -> compile(cluster.environment(true), size));
        }

        /** {@code INSERT INTO} a blackhole table: Flink's discarding sink for SQL. */
        private CompiledPlan compile(StreamExecutionEnvironment env, long records) {
            StreamTableEnvironment tableEnv = tableEnvironment(env, records);
            tableEnv.executeSql("CREATE TABLE " + sink + " (\n"
                    + "  ticker STRING,\n"
                    + "  window_start TIMESTAMP(3),\n"
                    + "  window_end TIMESTAMP(3),\n"
                    + "  " + valueColumn + "\n"
                    + ") WITH ('connector' = 'blackhole')");
            return tableEnv.compilePlanSql("INSERT INTO " + sink + "\n" + select);
        }

        /** The optimized plan of the query. */
        public String explain(StreamExecutionEnvironment env, long records) {
            return tableEnvironment(env, records).explainSql(select);
        }

        /** The query's rows as {@code ticker,windowStart,windowEnd,value} lines, window bounds in epoch milliseconds. */
        public List<String> collect(StreamExecutionEnvironment env, long records) throws Exception {
            List<String> lines = new ArrayList<>();
            try (CloseableIterator<Row> rows =
                    tableEnvironment(env, records).executeSql(select).collect()) {
                while (rows.hasNext()) {
                    Row row = rows.next();
                    lines.add(row.getField(0) + "," + epochMillis(row.getField(1)) + "," + epochMillis(row.getField(2))
                            + "," + row.getField(3));
                }
            }
            return lines;
        }

        private static long epochMillis(Object timestamp) {
            // TIMESTAMP(3) without a zone, read from the ticks' UTC event times
            return ((LocalDateTime) timestamp).toInstant(ZoneOffset.UTC).toEpochMilli();
        }
    }
}
