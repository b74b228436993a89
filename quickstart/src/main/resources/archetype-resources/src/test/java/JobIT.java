package ${package};

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Paths;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.flinkblocks.runtime.ApplicationProperties;
import io.flinkblocks.runtime.JobLauncher;
import io.flinkblocks.testing.StandardOutput;
import io.flinkblocks.testing.flink.MiniClusters;
import io.flinkblocks.testing.kinesis.LocalKinesisExtension;

/**
 * The job end to end with its local properties, against a local Kinesis started by the test: the
 * output stream must hold exactly the maximum prices computed here from the ticks put into the input
 * stream, and the dead-letter stream exactly the records that are not ticks and the tick that came too
 * late for its window.
 */
class JobIT {

    private static final String LOCAL_PROPERTIES = "local/flink-application-properties-local.json";
    private static final List<String> TICKERS = Arrays.asList("AAPL", "AMZN", "MSFT", "INTC", "TBV");
    private static final LocalDateTime T0 = LocalDateTime.of(2026, 11, 24, 10, 0, 0);
    private static final long WINDOW_MS = 10_000;
    private static final Duration TIMEOUT = Duration.ofSeconds(90);
    private static final Duration POLL = Duration.ofMillis(500);

    @RegisterExtension
    static final MiniClusterExtension FLINK = MiniClusters.slots(2);

    @RegisterExtension
    static final LocalKinesisExtension KINESIS = new LocalKinesisExtension();

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void writesTheMaxPricePerTickerAndWindowAndSendsBadAndLateRecordsToDeadLetters() throws Exception {
        String input = KINESIS.createStream("ExampleInputStream", 1);
        String output = KINESIS.createStream("ExampleOutputStream", 1);
        String deadLetters = KINESIS.createStream("DeadLetters", 1);

        // 300 ticks over 30 s of event time: three windows, 10:00:00, :10 and :20, each with every ticker.
        Random random = new Random(7);
        List<String> records = new ArrayList<>();
        Map<String, Double> expected = new TreeMap<>(); // ticker@windowStart -> max price
        for (int i = 0; i < 300; i++) {
            LocalDateTime time = T0.plusNanos(i * 100_000_000L);
            String ticker = TICKERS.get(random.nextInt(TICKERS.size()));
            double price = random.nextInt(10_000) / 100.0;
            records.add(tick(time, ticker, price));
            expected.merge(ticker + "@" + windowStart(time), price, Math::max);
            if (i == 100) {
                records.add("not json");
            }
            if (i == 200) {
                records.add("{\"ticker\": \"AMZN\", \"price\": 1.5}");
            }
        }
        // A later tick moves event time (less the local file's 5 s out-of-orderness) past the end of the
        // three windows, so they are emitted; its own window stays open.
        records.add(tick(T0.plusSeconds(60), "AMZN", 1.0));
        KINESIS.putStrings(input, records);

        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        JobLauncher.define(env, localProperties(input, output, deadLetters), Job::build);
        JobClient job = env.executeAsync("${artifactId}");
        try {
            await().atMost(TIMEOUT).pollInterval(POLL).until(() -> KINESIS.readAllStrings(output).size() >= expected.size());

            // The three windows were emitted: a tick for one of them is now too late.
            KINESIS.putStrings(input, List.of(tick(T0.plusSeconds(5), "MSFT", 99.99)));
            await().atMost(TIMEOUT).pollInterval(POLL).until(() -> KINESIS.readAllStrings(deadLetters).size() >= 3);
        } finally {
            job.cancel().get();
        }

        assertThat(expected).hasSize(15);
        List<String> results = new ArrayList<>();
        for (String line : KINESIS.readAllStrings(output)) {
            JsonNode node = json.readTree(line);
            results.add(node.get("ticker").asText() + "@" + node.get("window_start").asLong() + "=" + node.get("max_price").asDouble());
            assertThat(node.get("window_end").asLong() - node.get("window_start").asLong()).isEqualTo(WINDOW_MS);
        }
        assertThat(results).containsExactlyInAnyOrderElementsOf(
                expected.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.toList()));

        List<String> reasons = new ArrayList<>();
        for (String line : KINESIS.readAllStrings(deadLetters)) {
            JsonNode letter = json.readTree(line);
            reasons.add(letter.get("reason").asText() + ": " + letter.get("operator").asText());
        }
        assertThat(reasons).containsExactlyInAnyOrder(
                "MALFORMED_JSON: Parse ticks", "MISSING_FIELD: Parse ticks", "LATE: Max price per ticker");
    }

    @Test
    void devPropertiesRunOnGeneratedTicksAndStopByThemselves() throws Exception {
        Map<String, Map<String, String>> groups = ApplicationProperties.fromDevResource(Job.class).toGroupMaps();
        groups.get(Job.INPUT_GROUP).put("records.per.second", "1000");
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        JobLauncher.define(env, ApplicationProperties.of(groups), Job::build);

        String printed = StandardOutput.capture(() -> env.execute("${artifactId}-dev"));

        List<String> lines = Arrays.stream(printed.split("\n")).filter(l -> l.startsWith("max price> ")).collect(Collectors.toList());
        assertThat(lines).isNotEmpty();
        for (String line : lines) {
            JsonNode node = json.readTree(line.substring("max price> ".length()));
            assertThat(node.get("ticker").asText()).isIn(TICKERS);
            assertThat(node.get("max_price").asDouble()).isBetween(0.0, 100.0);
        }
    }

    private static String tick(LocalDateTime time, String ticker, double price) {
        return String.format(Locale.ROOT, "{\"event_time\": \"%s\", \"ticker\": \"%s\", \"price\": %.2f}", time, ticker, price);
    }

    private static long windowStart(LocalDateTime time) {
        long millis = time.toInstant(ZoneOffset.UTC).toEpochMilli();
        return millis - Math.floorMod(millis, WINDOW_MS);
    }

    /** The local properties file, pointed at the test's emulator and streams, dead letters to a stream too. */
    private static ApplicationProperties localProperties(String input, String output, String deadLetters) {
        Map<String, Map<String, String>> groups = ApplicationProperties.fromFile(Paths.get(LOCAL_PROPERTIES)).toGroupMaps();
        groups.get("FlinkEnvironment").put("restart.strategy", "none");
        groups.get(Job.INPUT_GROUP).putAll(Map.of("stream.name", input, "aws.endpoint", KINESIS.endpoint()));
        // The Kinesis sink sends a partly filled batch after sink.flush-buffer.timeout (5 s by default):
        // sooner here, so the test waits less.
        groups.get(Job.OUTPUT_GROUP).putAll(Map.of("stream.name", output, "aws.endpoint", KINESIS.endpoint(),
                "sink.flush-buffer.timeout", "200ms"));
        groups.put("DeadLetters", new HashMap<>(KINESIS.sinkProperties(deadLetters)));
        groups.get("DeadLetters").put("sink.flush-buffer.timeout", "200ms");
        return ApplicationProperties.of(groups);
    }
}
