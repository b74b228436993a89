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

import java.io.File;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads a JMH JSON result ({@code -rf json}) and prints the tables of RESULTS.md as Markdown: every
 * score, every goal ratio with met or not met, and how many MSF KPUs the measured pace asks for.
 *
 * <p>A score is in records per second: the job benchmarks' {@code records} counter, the JSON
 * benchmarks' primary score. Per benchmark: the median of all measured iterations of all forks, and
 * the minimum, median and maximum of the per-fork medians. A goal ratio is the ratio of the two
 * medians; its spread is the ratio of fork i's median to the other benchmark's fork i's median, over
 * the forks both have (forks of one run are paired by their order, not by anything they share).
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar io.flinkblocks.benchmarks.GoalReport jmh-result.json</pre>
 */
public final class GoalReport {

    /** Record rates the sizing table answers for, in records per second. */
    private static final long[] SIZING_RATES = {10_000, 100_000, 1_000_000, 10_000_000};

    private final Map<String, Score> scores = new LinkedHashMap<>();
    private final PrintStream out;

    private GoalReport(JsonNode results, PrintStream out) {
        this.out = out;
        for (JsonNode result : results) {
            Score score = Score.of(result);
            scores.put(score.key(), score);
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: GoalReport <jmh-result.json>");
        }
        GoalReport report = new GoalReport(new ObjectMapper().readTree(new File(args[0])), System.out);
        report.printScores();
        report.printGoals();
        report.printSizing();
    }

    private void printScores() {
        out.println("## Scores (records per second)");
        out.println();
        out.println(
                "Median of all measured iterations; minimum, median and maximum of the forks' medians; records per job run "
                        + "(each fork sizes its runs itself, so forks of a slow job may differ).");
        out.println();
        out.println("| benchmark | params | median | fork min | fork median | fork max | forks | records per run |");
        out.println("|---|---|---:|---:|---:|---:|---:|---:|");
        for (Score score : scores.values()) {
            double[] forks = score.forkMedians();
            out.printf(
                    Locale.ROOT,
                    "| %s | %s | %s | %s | %s | %s | %d | %s |%n",
                    score.name,
                    score.params(),
                    rate(score.median()),
                    rate(min(forks)),
                    rate(median(forks)),
                    rate(max(forks)),
                    forks.length,
                    score.recordsPerRun());
        }
        out.println();
    }

    private void printGoals() {
        out.println("## Goals");
        out.println();
        out.println("Ratio of the two medians, and its smallest and largest value over fork pairs (fork i with fork i; "
                + "a benchmark run in one fork makes one pair).");
        out.println();
        out.println("| goal | ratio | fork min | fork max | pairs | target | |");
        out.println("|---|---:|---:|---:|---:|---:|---|");
        String json = "JsonParsingBenchmark.";
        goal("JSON: block / guide tree parse", json + "blockFlatReader", json + "guideTreeParse", 1.8);
        goal("JSON: block / token-walk floor", json + "blockFlatReader", json + "floorTokenWalk", 0.85);
        goal("JSON: block / Flink's JSON format", json + "blockFlatReader", json + "flinkJsonFormat", 0);
        goal("JSON: Flink's JSON format / its tree mode", json + "flinkJsonFormat", json + "flinkJsonFormatTree", 0);

        String tumbling = "TumblingWindowJobBenchmark.";
        String heap5 = "[backend=HEAP, keys=5]";
        goal("Tumbling: blocks two-phase / guide", tumbling + "blocksTwoPhase" + heap5, tumbling + "guide", 2.0);
        goal(
                "Tumbling: blocks two-phase / keyBy-discard floor",
                tumbling + "blocksTwoPhase" + heap5,
                tumbling + "floorKeyByDiscard",
                1.0);
        goal("Tumbling: blocks two-phase / ceiling", tumbling + "blocksTwoPhase" + heap5, tumbling + "ceiling", 0.9);
        goal("Tumbling: blocks one-phase / guide", tumbling + "blocksOnePhase" + heap5, tumbling + "guide", 0);
        goal(
                "Tumbling: blocks one-phase / floor",
                tumbling + "blocksOnePhase" + heap5,
                tumbling + "floorKeyByDiscard",
                0);
        goal(
                "Tumbling on RocksDB: blocks two-phase / guide",
                tumbling + "blocksTwoPhase[backend=ROCKSDB, keys=5]",
                tumbling + "guideOnRocksDb",
                0);

        goal(
                "Keys: two-phase 100 000 / 5 keys",
                tumbling + "blocksTwoPhase[backend=HEAP, keys=100000]",
                tumbling + "blocksTwoPhase" + heap5,
                0.5);
        goal(
                "Keys: one-phase 100 000 / 5 keys",
                tumbling + "blocksOnePhase[backend=HEAP, keys=100000]",
                tumbling + "blocksOnePhase" + heap5,
                0);
        goal(
                "Keys: Flink's window operator 100 000 / 5 keys",
                tumbling + "flinkWindowOperator[backend=HEAP, keys=100000]",
                tumbling + "flinkWindowOperator" + heap5,
                0);
        goal(
                "Keys on RocksDB: two-phase 100 000 / 5 keys",
                tumbling + "blocksTwoPhase[backend=ROCKSDB, keys=100000]",
                tumbling + "blocksTwoPhase[backend=ROCKSDB, keys=5]",
                0);

        for (String keys : new String[] {"5", "100000"}) {
            goal(
                    "RocksDB / heap, tumbling two-phase, " + keys(keys) + " keys",
                    tumbling + "blocksTwoPhase[backend=ROCKSDB, keys=" + keys + "]",
                    tumbling + "blocksTwoPhase[backend=HEAP, keys=" + keys + "]",
                    "100000".equals(keys) ? 0.5 : 0);
        }
        String sliding = "SlidingWindowBenchmark.";
        for (String backend : new String[] {"HEAP", "ROCKSDB"}) {
            for (String keys : new String[] {"5", "100000"}) {
                String params = "[backend=" + backend + ", keys=" + keys + "]";
                String slidingParams = "[backend=" + backend + ", keys=" + keys + ", ratio=60]";
                blocksAgainstSql(
                        "tumbling",
                        backend,
                        keys,
                        tumbling + "blocksTwoPhase" + params,
                        tumbling + "sqlTumble" + params);
                blocksAgainstSql(
                        "sliding 60",
                        backend,
                        keys,
                        sliding + "blocksSlidingTwoPhase" + slidingParams,
                        sliding + "sqlHop" + slidingParams);
            }
        }
        for (String backend : new String[] {"HEAP", "ROCKSDB"}) {
            for (String keys : new String[] {"5", "100000"}) {
                String params = "[backend=" + backend + ", keys=" + keys + "]";
                if (!"HEAP".equals(backend)) {
                    goal(
                            "State buffer on / off, tumbling two-phase, " + backend(backend) + ", " + keys(keys)
                                    + " keys",
                            tumbling + "blocksTwoPhase" + params,
                            tumbling + "blocksTwoPhaseNoBuffer[keys=" + keys + "]",
                            0);
                }
                goal(
                        "Parallelism 2 / 1, tumbling two-phase, " + backend(backend) + ", " + keys(keys) + " keys",
                        tumbling + "blocksTwoPhaseTwoSlots" + params,
                        tumbling + "blocksTwoPhase" + params,
                        0);
                goal(
                        "Blocks two-phase / Flink's window operator, " + backend(backend) + ", " + keys(keys) + " keys",
                        tumbling + "blocksTwoPhase" + params,
                        tumbling + "flinkWindowOperator" + params,
                        0);
            }
        }

        for (String ratio : new String[] {"2", "10", "60"}) {
            for (String backend : new String[] {"HEAP", "ROCKSDB"}) {
                // the goals are set at size/slide 60; other ratios only run when asked for (-p ratio=2,10,60)
                boolean sixty = "60".equals(ratio);
                boolean heap = "HEAP".equals(backend);
                String slidingTwoPhase =
                        sliding + "blocksSlidingTwoPhase[backend=" + backend + ", keys=5, ratio=" + ratio + "]";
                String on = heap ? "" : " on RocksDB";
                String assigner =
                        sliding + (heap ? "flinkAssigner" : "flinkAssignerOnRocksDb") + "[ratio=" + ratio + "]";
                goal(
                        "Sliding " + ratio + on + ": blocks two-phase / Flink's assigner",
                        slidingTwoPhase,
                        assigner,
                        sixty && heap ? 5.0 : 0);
                goal(
                        "Sliding " + ratio + on + ": blocks two-phase / blocks tumbling two-phase",
                        slidingTwoPhase,
                        sliding + "blocksTumblingTwoPhase[backend=" + backend + "]",
                        sixty ? (heap ? 0.7 : 0.8) : 0);
            }
        }
        out.println();
    }

    /**
     * KPUs for a record rate, from a measured pace per slot. MSF runs {@code Parallelism} slots at
     * {@code ParallelismPerKPU} 1, one slot (one vCPU, 1 GiB managed memory for RocksDB) per KPU, always
     * on RocksDB: so KPUs = ceil(rate / pace per slot).
     */
    private void printSizing() {
        out.println("## Sizing: MSF KPUs (Parallelism, ParallelismPerKPU = 1, RocksDB)");
        out.println();
        out.println("KPUs = rate / records per second per slot, rounded up; each row names the figure it rests on. "
                + "A parallelism-1 figure comes from one slot on a 2-core machine (its source and window tasks may use both "
                + "cores); the parallelism-2 figure, halved, is a slot per core. MSF adds one KPU per application for "
                + "orchestration, not counted here.");
        out.println();
        StringBuilder header = new StringBuilder("| job | figure it rests on | records/s per slot |");
        StringBuilder rule = new StringBuilder("|---|---|---:|");
        for (long rate : SIZING_RATES) {
            header.append(' ').append(compact(rate)).append("/s |");
            rule.append("---:|");
        }
        out.println(header);
        out.println(rule);
        String tumbling = "TumblingWindowJobBenchmark.";
        String sliding = "SlidingWindowBenchmark.";
        for (String keys : new String[] {"5", "100000"}) {
            String params = "[backend=ROCKSDB, keys=" + keys + "]";
            sizing("Tumbling 10 s count, " + keys(keys) + " tickers", tumbling + "blocksTwoPhase" + params, 1);
            sizing("Tumbling 10 s count, " + keys(keys) + " tickers", tumbling + "blocksTwoPhaseTwoSlots" + params, 2);
            sizing(
                    "Sliding 60 s / 1 s min, " + keys(keys) + " tickers",
                    sliding + "blocksSlidingTwoPhase[backend=ROCKSDB, keys=" + keys + ", ratio=60]",
                    1);
        }
        out.println();
    }

    private void sizing(String job, String benchmark, int slots) {
        Score score = scores.get(benchmark);
        String figure = benchmark + (slots > 1 ? " / " + slots : "");
        if (score == null) {
            out.printf(Locale.ROOT, "| %s | %s (not run) | |%s%n", job, figure, " |".repeat(SIZING_RATES.length));
            return;
        }
        double perSlot = score.median() / slots;
        StringBuilder row =
                new StringBuilder(String.format(Locale.ROOT, "| %s | %s | %s |", job, figure, rate(perSlot)));
        for (long rate : SIZING_RATES) {
            row.append(' ').append((long) Math.ceil(rate / perSlot)).append(" |");
        }
        out.println(row);
    }

    /** The blocks' windows against Flink SQL's same windows: the blocks are to run at twice SQL's rate. */
    private void blocksAgainstSql(String windows, String backend, String keys, String blocks, String sql) {
        goal(
                "Blocks / Flink SQL, " + windows + ", " + backend(backend) + ", " + keys(keys) + " keys",
                blocks,
                sql,
                2.0);
    }

    /** One ratio; a target of 0 marks a ratio that is reported, not a goal. Ratios of benchmarks not run are left out. */
    private void goal(String name, String numerator, String denominator, double target) {
        Score a = scores.get(numerator);
        Score b = scores.get(denominator);
        if (a == null || b == null) {
            if (target > 0) {
                out.printf(Locale.ROOT, "| %s | not run | | | | >= %.2f | |%n", name, target);
            }
            return;
        }
        double ratio = a.median() / b.median();
        double[] forkA = a.forkMedians();
        double[] forkB = b.forkMedians();
        int pairs = Math.min(forkA.length, forkB.length);
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < pairs; i++) {
            low = Math.min(low, forkA[i] / forkB[i]);
            high = Math.max(high, forkA[i] / forkB[i]);
        }
        String wanted = target > 0 ? String.format(Locale.ROOT, ">= %.2f", target) : "(reported)";
        String verdict = target > 0 ? (ratio >= target ? "met" : "not met") : "";
        out.printf(
                Locale.ROOT,
                "| %s | %.2f | %.2f | %.2f | %d | %s | %s |%n",
                name,
                ratio,
                low,
                high,
                pairs,
                wanted,
                verdict);
    }

    private static String keys(String keys) {
        return "100000".equals(keys) ? "100 000" : keys;
    }

    private static String backend(String backend) {
        return "HEAP".equals(backend) ? "heap" : "RocksDB";
    }

    private static String rate(double perSecond) {
        return String.format(Locale.ROOT, "%,.0f", perSecond);
    }

    private static String compact(long rate) {
        return rate >= 1_000_000 ? rate / 1_000_000 + " M" : rate / 1_000 + " K";
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static double min(double[] values) {
        return Arrays.stream(values).min().orElse(Double.NaN);
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElse(Double.NaN);
    }

    /** One benchmark with one set of params: its measured iterations, per fork. */
    private static final class Score {
        final String name;
        final Map<String, String> params;
        /** Records per second, [fork][iteration]. */
        final double[][] rates;
        /** Job runs (invocations) per second, [fork][iteration]; null for the JSON benchmarks. */
        final double[][] runs;

        private Score(String name, Map<String, String> params, double[][] rates, double[][] runs) {
            this.name = name;
            this.params = params;
            this.rates = rates;
            this.runs = runs;
        }

        static Score of(JsonNode result) {
            String name = result.get("benchmark")
                    .asText()
                    .replaceFirst("^io\\.flinkblocks\\.benchmarks\\.(json\\.|window\\.)?", "");
            Map<String, String> params = new TreeMap<>();
            if (result.has("params")) {
                result.get("params")
                        .fields()
                        .forEachRemaining(
                                p -> params.put(p.getKey(), p.getValue().asText()));
            }
            JsonNode primary = result.get("primaryMetric").get("rawData");
            JsonNode records = result.path("secondaryMetrics").path("records").path("rawData");
            // job benchmarks count records in an auxiliary counter; their primary score is job runs
            return records.isMissingNode()
                    ? new Score(name, params, raw(primary), null)
                    : new Score(name, params, raw(records), raw(primary));
        }

        private static double[][] raw(JsonNode forks) {
            double[][] values = new double[forks.size()][];
            for (int fork = 0; fork < forks.size(); fork++) {
                JsonNode iterations = forks.get(fork);
                values[fork] = new double[iterations.size()];
                for (int i = 0; i < iterations.size(); i++) {
                    values[fork][i] = iterations.get(i).asDouble();
                }
            }
            return values;
        }

        String params() {
            List<String> pairs = new ArrayList<>();
            params.forEach((key, value) -> pairs.add(key + "=" + value));
            return String.join(", ", pairs);
        }

        String key() {
            return params.isEmpty() ? name : name + "[" + params() + "]";
        }

        double median() {
            return GoalReport.median(
                    Arrays.stream(rates).flatMapToDouble(Arrays::stream).toArray());
        }

        double[] forkMedians() {
            return Arrays.stream(rates).mapToDouble(GoalReport::median).toArray();
        }

        /**
         * Records per job run of each fork, as a range when forks differ: a fork's records over its job
         * runs (rates of the same iterations, so their ratio), as every measured run of a fork has its size.
         */
        String recordsPerRun() {
            if (runs == null) {
                return "";
            }
            long[] sizes = new long[rates.length];
            for (int fork = 0; fork < rates.length; fork++) {
                sizes[fork] = Math.round(Arrays.stream(rates[fork]).sum()
                        / Arrays.stream(runs[fork]).sum());
            }
            long low = Arrays.stream(sizes).min().orElse(0);
            long high = Arrays.stream(sizes).max().orElse(0);
            return low == high
                    ? String.format(Locale.ROOT, "%,d", low)
                    : String.format(Locale.ROOT, "%,d to %,d", low, high);
        }
    }
}
