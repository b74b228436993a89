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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads a JMH JSON result ({@code -rf json}) and prints, as Markdown, every score and the ratios the
 * speed goals are about, each with met or not met. Ratios are of the medians of the measured
 * iterations, from the same run (JMH's own score is their mean).
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar io.flinkblocks.benchmarks.GoalReport jmh-result.json</pre>
 */
public final class GoalReport {

    private final Map<String, double[]> scores = new TreeMap<>();
    private final List<String> lines = new ArrayList<>();

    private GoalReport(JsonNode results) {
        lines.add("| benchmark | params | median records/s | mean (JMH score) | ± (99.9%) |");
        lines.add("|---|---|---:|---:|---:|");
        for (JsonNode result : results) {
            String name = result.get("benchmark").asText().replaceFirst("^io\\.flinkblocks\\.benchmarks\\.(json\\.|window\\.)?", "");
            StringBuilder params = new StringBuilder();
            if (result.has("params")) {
                result.get("params").fields().forEachRemaining(p -> params.append(params.length() == 0 ? "" : ", ")
                        .append(p.getKey()).append('=').append(p.getValue().asText()));
            }
            JsonNode metric = result.get("primaryMetric");
            double score = metric.get("score").asDouble();
            double error = metric.get("scoreError").asDouble();
            double median = median(metric.get("rawData"));
            String key = params.length() == 0 ? name : name + "[" + params + "]";
            scores.put(key, new double[] {median, error});
            lines.add(String.format(Locale.ROOT, "| %s | %s | %,.0f | %,.0f | %s |", name, params, median, score,
                    Double.isNaN(error) ? "n/a" : String.format(Locale.ROOT, "%,.0f", error)));
        }
    }

    /** The median of every measured iteration of every fork. */
    private static double median(JsonNode rawData) {
        List<Double> values = new ArrayList<>();
        rawData.forEach(fork -> fork.forEach(iteration -> values.add(iteration.asDouble())));
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: GoalReport <jmh-result.json>");
        }
        GoalReport report = new GoalReport(new ObjectMapper().readTree(new File(args[0])));
        report.lines.forEach(System.out::println);
        System.out.println();
        System.out.println("| goal | ratio | target | |");
        System.out.println("|---|---:|---:|---|");
        report.goal("JSON: block / guide tree parse", "JsonParsingBenchmark.blockFlatReader", "JsonParsingBenchmark.guideTreeParse", 1.8);
        report.goal("JSON: block / token-walk floor", "JsonParsingBenchmark.blockFlatReader", "JsonParsingBenchmark.floorTokenWalk", 0.85);
        report.goal("Tumbling: blocks two-phase / guide", "TumblingWindowJobBenchmark.blocksTwoPhase", "TumblingWindowJobBenchmark.guide", 2.0);
        report.goal("Tumbling: blocks two-phase / keyBy-discard floor", "TumblingWindowJobBenchmark.blocksTwoPhase", "TumblingWindowJobBenchmark.floorKeyByDiscard", 1.0);
        report.goal("Tumbling: blocks one-phase / guide", "TumblingWindowJobBenchmark.blocksOnePhase", "TumblingWindowJobBenchmark.guide", 0);
        report.goal("Tumbling: blocks one-phase / floor", "TumblingWindowJobBenchmark.blocksOnePhase", "TumblingWindowJobBenchmark.floorKeyByDiscard", 0);
        for (String ratio : new String[] {"2", "10", "60"}) {
            boolean goal = "60".equals(ratio); // the goals are set at size/slide 60; 2 and 10 are reported
            report.goal("Sliding " + ratio + ": blocks two-phase / Flink's assigner",
                    "SlidingWindowBenchmark.blocksSlidingTwoPhase[ratio=" + ratio + "]", "SlidingWindowBenchmark.flinkAssigner[ratio=" + ratio + "]", goal ? 5.0 : 0);
            report.goal("Sliding " + ratio + ": blocks two-phase / blocks tumbling two-phase",
                    "SlidingWindowBenchmark.blocksSlidingTwoPhase[ratio=" + ratio + "]", "SlidingWindowBenchmark.blocksTumblingTwoPhase", goal ? 0.7 : 0);
        }
        report.goal("Sliding 60: blocks one-phase / Flink's assigner",
                "SlidingWindowBenchmark.blocksSlidingOnePhase[ratio=60]", "SlidingWindowBenchmark.flinkAssigner[ratio=60]", 0);
        report.goal("Sliding 60: blocks one-phase / blocks tumbling one-phase",
                "SlidingWindowBenchmark.blocksSlidingOnePhase[ratio=60]", "SlidingWindowBenchmark.blocksTumblingOnePhase", 0);
        report.goal("Keys: two-phase 100 000 / 5 keys", "KeyScalingBenchmark.blocksTwoPhase[keys=100000]", "KeyScalingBenchmark.blocksTwoPhase[keys=5]", 0.5);
        report.goal("Keys: one-phase 100 000 / 5 keys", "KeyScalingBenchmark.blocksOnePhase[keys=100000]", "KeyScalingBenchmark.blocksOnePhase[keys=5]", 0);
        report.goal("Keys: Flink's window operator 100 000 / 5 keys", "KeyScalingBenchmark.flinkWindowOperator[keys=100000]", "KeyScalingBenchmark.flinkWindowOperator[keys=5]", 0);
        report.goal("Keys: two-phase 1 000 / 5 keys", "KeyScalingBenchmark.blocksTwoPhase[keys=1000]", "KeyScalingBenchmark.blocksTwoPhase[keys=5]", 0);
    }

    /** One ratio; a target of 0 marks a ratio that is reported, not a goal. */
    private void goal(String name, String numerator, String denominator, double target) {
        double[] a = scores.get(numerator);
        double[] b = scores.get(denominator);
        String wanted = target > 0 ? String.format(Locale.ROOT, ">= %.2f", target) : "(reported)";
        if (a == null || b == null) {
            System.out.printf(Locale.ROOT, "| %s | not run | %s | |%n", name, wanted);
            return;
        }
        double ratio = a[0] / b[0];
        String verdict = target > 0 ? (ratio >= target ? "met" : "not met") : "";
        System.out.printf(Locale.ROOT, "| %s | %.2f | %s | %s |%n", name, ratio, wanted, verdict);
    }
}
