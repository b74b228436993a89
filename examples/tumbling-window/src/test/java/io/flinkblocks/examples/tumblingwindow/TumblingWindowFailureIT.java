package io.flinkblocks.examples.tumblingwindow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.apache.flink.api.common.JobID;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.flinkblocks.runtime.ApplicationProperties;
import io.flinkblocks.testing.OperatorUidCheck;
import io.flinkblocks.testing.flink.LocalFlinkCluster;
import io.flinkblocks.testing.kinesis.LocalKinesisExtension;

/**
 * The tumbling-window job, local Kinesis to local Kinesis on event time, losing one of its two task
 * managers mid-stream. Each ticker gets a different number of ticks in each 10-second window, so every
 * {@code ticker,count} line names one window and ticker: all expected lines must be in the output
 * stream, and as the Kinesis sink is at least once, lines written again after the restart are counted
 * and printed, and must be exact copies of expected lines.
 */
class TumblingWindowFailureIT {

    @RegisterExtension
    static final LocalKinesisExtension KINESIS = new LocalKinesisExtension();

    private static final List<String> TICKERS = Arrays.asList("AAPL", "AMZN", "MSFT", "INTC", "TBV");
    private static final LocalDateTime T0 = LocalDateTime.of(2026, 11, 24, 10, 0, 0);
    private static final int WINDOWS = 12;
    private static final long SIZE_MS = 10_000;
    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    private static LocalFlinkCluster flink;

    @BeforeAll
    static void startFlink() throws Exception {
        // One slot per task manager and parallelism 2: each task manager runs half of the job.
        flink = LocalFlinkCluster.start(2, 1);
    }

    @AfterAll
    static void stopFlink() throws Exception {
        flink.close();
    }

    @Test
    void losingATaskManagerMidStreamLosesNoWindowResult() throws Exception {
        String input = KINESIS.createStream("FailureInput", 2);
        String output = KINESIS.createStream("FailureOutput", 2);
        String deadLetters = KINESIS.createStream("FailureDeadLetters", 1);

        // Window w holds 50 + 5w + k ticks of ticker k: a different count for every window and ticker.
        Random random = new Random(11);
        List<List<String>> ticksByWindow = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (int w = 0; w < WINDOWS; w++) {
            List<String> tickers = new ArrayList<>();
            for (int k = 0; k < TICKERS.size(); k++) {
                tickers.addAll(Collections.nCopies(50 + 5 * w + k, TICKERS.get(k)));
                expected.add(TICKERS.get(k) + "," + (50 + 5 * w + k));
            }
            Collections.shuffle(tickers, random);
            List<String> ticks = new ArrayList<>();
            for (int i = 0; i < tickers.size(); i++) {
                LocalDateTime time = T0.plusNanos((w * SIZE_MS + i * SIZE_MS / tickers.size()) * 1_000_000L);
                ticks.add(tick(time, tickers.get(i), 1 + random.nextInt(10_000) / 100.0));
            }
            ticksByWindow.add(ticks);
        }
        List<String> firstHalf = ticksByWindow.subList(0, WINDOWS / 2).stream().flatMap(List::stream).collect(Collectors.toList());
        List<String> secondHalf = ticksByWindow.subList(WINDOWS / 2, WINDOWS).stream().flatMap(List::stream).collect(Collectors.toList());
        // Ticks far past the last window, spread over both shards, move event time past it on every subtask.
        List<String> closing = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            closing.add(tick(T0.plusHours(1).plusNanos(i * 1_000_000L), TICKERS.get(i % TICKERS.size()), 1.0));
        }

        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        TumblingWindowJob.build(env, properties(input, output, deadLetters));
        OperatorUidCheck.assertEveryOperatorHasUid(env);

        long started = System.nanoTime();
        JobID job = flink.submit(env, "tumbling-window losing a task manager");
        flink.awaitAllTasksRunning(job, TIMEOUT);
        KINESIS.putStrings(input, firstHalf);
        LocalFlinkCluster.await("first window results written", TIMEOUT, () -> !KINESIS.readAllStrings(output).isEmpty());
        int beforeKill = KINESIS.readAllStrings(output).size();
        long killed = System.nanoTime();
        flink.replaceTaskManager(0);
        KINESIS.putStrings(input, secondHalf);
        KINESIS.putStrings(input, closing);
        LocalFlinkCluster.await("every expected window result written", TIMEOUT,
                () -> missing(expected, KINESIS.readAllStrings(output)).isEmpty());
        long recovered = System.nanoTime();
        // Two more checkpoints flush whatever a duplicate still on its way would be.
        flink.awaitCheckpointsAfter(job, flink.completedCheckpoints(job), 2, TIMEOUT);
        int restarts = flink.restarts(job);
        flink.cancel(job);

        List<String> written = KINESIS.readAllStrings(output);
        Map<String, Long> copies = written.stream().collect(Collectors.groupingBy(l -> l, TreeMap::new, Collectors.counting()));
        Map<String, Long> duplicated = new TreeMap<>();
        copies.forEach((line, n) -> {
            if (n > 1) {
                duplicated.put(line, n - 1);
            }
        });
        long duplicates = written.size() - copies.size();
        System.out.printf(Locale.ROOT, "tumbling-window losing a task manager: %d ticks, %d expected results, %d written before the kill, "
                        + "%d written in the end, %d duplicates %s, %d restarts, all results %d ms after the kill, %d ms in all%n",
                firstHalf.size() + secondHalf.size(), expected.size(), beforeKill, written.size(), duplicates, duplicated, restarts,
                (recovered - killed) / 1_000_000, (recovered - started) / 1_000_000);

        assertThat(expected).hasSize(60).doesNotHaveDuplicates();
        assertThat(restarts).as("restarts after the task manager was lost").isGreaterThanOrEqualTo(1);
        assertThat(missing(expected, written)).as("missing window results").isEmpty();
        assertThat(copies.keySet()).as("every line written, duplicates included, is an expected result")
                .isSubsetOf(expected);
        assertThat(written).hasSize(expected.size() + (int) duplicates);
        assertThat(KINESIS.readAllStrings(deadLetters)).as("dead letters").isEmpty();
    }

    private static List<String> missing(List<String> expected, List<String> written) {
        List<String> missing = new ArrayList<>(expected);
        missing.removeAll(written);
        return missing;
    }

    private static String tick(LocalDateTime time, String ticker, double price) {
        return String.format(Locale.ROOT, "{\"event_time\": \"%s\", \"ticker\": \"%s\", \"price\": %.2f}", time, ticker, price);
    }

    private static ApplicationProperties properties(String input, String output, String deadLetters) {
        Map<String, Map<String, String>> groups = new HashMap<>();
        groups.put("FlinkEnvironment", Map.of("checkpoint.interval", "300ms", "checkpoint.min-pause", "100ms", "parallelism", "2",
                "restart.strategy", "FIXED_DELAY", "restart.attempts", "3", "restart.delay", "200ms"));
        groups.put(TumblingWindowJob.INPUT_GROUP, KINESIS.sourceProperties(input));
        groups.put(TumblingWindowJob.OUTPUT_GROUP, KINESIS.sinkProperties(output));
        groups.put(TumblingWindowJob.WINDOW_GROUP, Map.of("window.time", "event", "window.size", "10s",
                "watermark.timestamp.field", "event_time", "watermark.max-out-of-orderness", "0"));
        groups.put("DeadLetters", KINESIS.sinkProperties(deadLetters));
        return ApplicationProperties.of(groups);
    }
}
