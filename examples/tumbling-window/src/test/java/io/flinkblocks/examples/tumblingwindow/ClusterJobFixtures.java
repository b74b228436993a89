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
package io.flinkblocks.examples.tumblingwindow;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;

import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

import io.flinkblocks.testing.ApplicationPropertiesFile;
import io.flinkblocks.testing.CompiledClasses;
import io.flinkblocks.testing.FlinkEnvironmentGroups;
import io.flinkblocks.testing.flink.LocalFlinkCluster;
import io.flinkblocks.testing.flink.LocalJobRun;
import io.flinkblocks.testing.kinesis.LocalKinesisExtension;
import io.flinkblocks.testing.ticks.TickJson;
import io.flinkblocks.testing.ticks.TickWindowGroups;

/**
 * What the fault and long-run tests of tumbling-window share, on a real cluster or a local one: the
 * ticks, whose expected {@code ticker,count} lines each name one window and ticker; the property groups
 * MSF would give the job, pointed at the local Kinesis; and a variant of the shaded JAR.
 */
final class ClusterJobFixtures {

    static final List<String> TICKERS = Arrays.asList("AAPL", "AMZN", "MSFT", "INTC", "TBV");
    static final LocalDateTime T0 = LocalDateTime.of(2026, 11, 24, 10, 0, 0);
    static final long SIZE_MS = 10_000;

    private ClusterJobFixtures() {}

    /**
     * The input: window w holds 50 + 5w + k ticks of ticker k, a different count for every window and
     * ticker, so each {@code ticker,count} line names one result. The first half of the windows, then
     * the second, then ticks an hour later that move event time past the last window (enough of them to
     * reach every shard, when there are several).
     */
    static final class Ticks {
        final List<String> expected = new ArrayList<>();
        final List<String> firstHalf;
        final List<String> secondHalf;
        final List<String> closing = new ArrayList<>();

        Ticks(int windows) {
            this(windows, 10);
        }

        Ticks(int windows, int closingTicks) {
            Random random = new Random(11);
            List<List<String>> ticksByWindow = new ArrayList<>();
            for (int w = 0; w < windows; w++) {
                List<String> tickers = new ArrayList<>();
                for (int k = 0; k < TICKERS.size(); k++) {
                    tickers.addAll(Collections.nCopies(50 + 5 * w + k, TICKERS.get(k)));
                    expected.add(TICKERS.get(k) + "," + (50 + 5 * w + k));
                }
                Collections.shuffle(tickers, random);
                List<String> ticks = new ArrayList<>();
                for (int i = 0; i < tickers.size(); i++) {
                    LocalDateTime time = T0.plusNanos((w * SIZE_MS + i * SIZE_MS / tickers.size()) * 1_000_000L);
                    ticks.add(TickJson.of(time, tickers.get(i), 1 + random.nextInt(10_000) / 100.0));
                }
                ticksByWindow.add(ticks);
            }
            firstHalf = ticksByWindow.subList(0, windows / 2).stream()
                    .flatMap(List::stream)
                    .collect(Collectors.toList());
            secondHalf = ticksByWindow.subList(windows / 2, windows).stream()
                    .flatMap(List::stream)
                    .collect(Collectors.toList());
            for (int i = 0; i < closingTicks; i++) {
                closing.add(
                        TickJson.of(T0.plusHours(1).plusNanos(i * 1_000_000L), TICKERS.get(i % TICKERS.size()), 1.0));
            }
        }

        int count() {
            return firstHalf.size() + secondHalf.size();
        }
    }

    /**
     * Fresh Kinesis streams for a run of the job, named after {@code prefix}: the input, the output and the
     * dead letters; and the steps of a run that puts {@link Ticks} in and reads the window results out.
     */
    static final class KinesisStreams {
        final LocalKinesisExtension kinesis;
        final String input;
        final String output;
        final String deadLetters;

        /**
         * Streams of one shard each, for a run of the shaded JAR: the input is read by the job's one source
         * subtask, and with a bound of 0 the ticks of one shard are in order.
         */
        KinesisStreams(LocalKinesisExtension kinesis, String prefix) {
            this(kinesis, prefix, 1, 1);
        }

        /** An input and an output stream of these numbers of shards; the dead letters have one. */
        KinesisStreams(LocalKinesisExtension kinesis, String prefix, int inputShards, int outputShards) {
            this.kinesis = kinesis;
            this.input = kinesis.createStream(prefix + "Input", inputShards);
            this.output = kinesis.createStream(prefix + "Output", outputShards);
            this.deadLetters = kinesis.createStream(prefix + "DeadLetters", 1);
        }

        /**
         * The groups that point the job at these streams, in {@code environment} ({@link
         * ClusterJobFixtures#groups(Map, LocalKinesisExtension, String, String, String)}).
         */
        Map<String, Map<String, String>> groups(Map<String, String> environment) {
            return ClusterJobFixtures.groups(environment, kinesis, input, output, deadLetters);
        }

        /**
         * Writes the properties file that points the shaded JAR at these streams ({@link
         * ClusterJobFixtures#groups(LocalKinesisExtension, String, String, String)}) into {@code folder}; returns it.
         */
        Path writeProperties(Path folder) {
            return ApplicationPropertiesFile.write(
                    folder.resolve("application_properties.json"),
                    ClusterJobFixtures.groups(kinesis, input, output, deadLetters));
        }

        /** The first half of {@code ticks}. */
        void putFirstHalf(Ticks ticks) {
            kinesis.putStrings(input, ticks.firstHalf);
        }

        /**
         * Starts the job defined on {@code env} on {@code flink}, puts the first half of {@code ticks} and
         * returns once the first window results are written: a window is open, its state to lose or to keep.
         */
        LocalJobRun startWithFirstResults(
                LocalFlinkCluster flink, StreamExecutionEnvironment env, String name, Ticks ticks, Duration timeout)
                throws Exception {
            LocalJobRun run = LocalJobRun.start(flink, env, name, timeout);
            putFirstHalf(ticks);
            run.await("first window results written", () -> !written().isEmpty());
            return run;
        }

        /** The second half of {@code ticks}, then the ticks that close its last window. */
        void putRest(Ticks ticks) {
            kinesis.putStrings(input, ticks.secondHalf);
            kinesis.putStrings(input, ticks.closing);
        }

        /** Every line in the output stream, duplicates included. */
        List<String> written() {
            return kinesis.readAllStrings(output);
        }

        /** Whether every expected result of {@code ticks} is in the output: a condition to await. */
        boolean holdsEveryResult(Ticks ticks) {
            return missing(ticks.expected, written()).isEmpty();
        }

        /** Every record in the dead-letter stream. */
        List<String> deadLettersWritten() {
            return kinesis.readAllStrings(deadLetters);
        }
    }

    static List<String> missing(List<String> expected, List<String> written) {
        List<String> missing = new ArrayList<>(expected);
        missing.removeAll(written);
        return missing;
    }

    /** Lines written more than once, with the number of extra copies of each. */
    static Map<String, Long> duplicated(List<String> written) {
        Map<String, Long> copies =
                written.stream().collect(Collectors.groupingBy(l -> l, TreeMap::new, Collectors.counting()));
        Map<String, Long> duplicated = new TreeMap<>();
        copies.forEach((line, n) -> {
            if (n > 1) {
                duplicated.put(line, n - 1);
            }
        });
        return duplicated;
    }

    /**
     * The groups of an event-time run from one Kinesis stream to another at parallelism 1 (one shard, so a
     * bound of 0 is exact), checkpoints every second, and restarts as the cluster's: fixed delay, no
     * practical limit, so the job waits for a TaskManager to come back.
     */
    static Map<String, Map<String, String>> groups(
            LocalKinesisExtension kinesis, String input, String output, String deadLetters) {
        return groups(FlinkEnvironmentGroups.longRun(), kinesis, input, output, deadLetters);
    }

    /** The groups of an event-time run in windows of 10 s from one Kinesis stream to another, in {@code environment}. */
    static Map<String, Map<String, String>> groups(
            Map<String, String> environment,
            LocalKinesisExtension kinesis,
            String input,
            String output,
            String deadLetters) {
        Map<String, String> window = TickWindowGroups.eventTimeInOrder();
        window.put("window.size", "10s");
        Map<String, Map<String, String>> groups = new LinkedHashMap<>();
        groups.put(FlinkEnvironmentGroups.GROUP, environment);
        groups.put(TumblingWindowJob.INPUT_GROUP, kinesis.sourceProperties(input));
        groups.put(TumblingWindowJob.OUTPUT_GROUP, kinesis.sinkProperties(output));
        groups.put(TumblingWindowJob.WINDOW_GROUP, window);
        groups.put("DeadLetters", kinesis.sinkProperties(deadLetters));
        return groups;
    }

    /**
     * A copy of the shaded JAR whose {@code Main-Class} is {@code mainClass}, a class of the test sources
     * added to it with its nested classes: the JAR of another release of the job.
     */
    static Path variantJar(Path shadedJar, Class<?> mainClass, Path target) throws IOException {
        String name = mainClass.getSimpleName();
        Map<String, Path> added = new TreeMap<>(CompiledClasses.inPackageOf(mainClass));
        // The class itself and its nested classes: Name.class and Name$*.class.
        added.values()
                .removeIf(f -> !(f.getFileName().toString().equals(name + ".class")
                        || f.getFileName().toString().startsWith(name + "$")));
        try (JarFile jar = new JarFile(shadedJar.toFile());
                OutputStream file = Files.newOutputStream(target)) {
            Manifest manifest = new Manifest(jar.getManifest());
            manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, mainClass.getName());
            try (JarOutputStream out = new JarOutputStream(file, manifest)) {
                for (JarEntry entry : Collections.list(jar.entries())) {
                    if (entry.getName().equalsIgnoreCase(JarFile.MANIFEST_NAME)) {
                        continue;
                    }
                    out.putNextEntry(new JarEntry(entry.getName()));
                    try (InputStream in = jar.getInputStream(entry)) {
                        in.transferTo(out);
                    }
                    out.closeEntry();
                }
                for (Map.Entry<String, Path> classFile : added.entrySet()) {
                    out.putNextEntry(new JarEntry(classFile.getKey()));
                    Files.copy(classFile.getValue(), out);
                    out.closeEntry();
                }
            }
        }
        return target;
    }
}
