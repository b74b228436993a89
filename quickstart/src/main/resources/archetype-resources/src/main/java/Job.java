package ${package};

import java.time.Duration;

import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

import io.flinkblocks.connectors.DeadLetterOutput;
import io.flinkblocks.connectors.StreamSinks;
import io.flinkblocks.connectors.StreamSources;
import io.flinkblocks.operators.deadletter.DeadLetter;
import io.flinkblocks.operators.json.JsonParse;
import io.flinkblocks.operators.json.JsonRecordSerializationSchema;
import io.flinkblocks.operators.json.ParsedStream;
import io.flinkblocks.operators.watermarks.WatermarkStrategies;
import io.flinkblocks.runtime.ApplicationProperties;
import io.flinkblocks.runtime.JobLauncher;
import io.flinkblocks.runtime.PropertyGroup;
import io.flinkblocks.windows.WindowBlock;
import io.flinkblocks.windows.WindowedResults;
import io.flinkblocks.windows.format.WindowResultJsonLines;

/**
 * The highest price of each ticker in every tumbling event-time window: ticks (JSON, see {@link Tick})
 * from property group {@code InputStream0}, one JSON line per ticker and window to group
 * {@code OutputStream0}: {@code {"ticker":"AMZN","window_start":...,"window_end":...,"max_price":97.12}}.
 *
 * <p>Group {@code Window} sets {@code window.size} (10 s by default) and the watermark keys
 * ({@code watermark.max-out-of-orderness}, 30 s by default, and {@code watermark.idleness}). Records that
 * are not ticks, and ticks that arrive after their window was emitted, go to group {@code DeadLetters}
 * (standard error by default) as JSON dead letters.
 */
public final class Job {

    static final String INPUT_GROUP = "InputStream0";
    static final String OUTPUT_GROUP = "OutputStream0";
    static final String WINDOW_GROUP = "Window";
    static final Duration DEFAULT_WINDOW_SIZE = Duration.ofSeconds(10);

    private Job() {}

    public static void main(String[] args) throws Exception {
        JobLauncher.run("${artifactId}", args, Job::build);
    }

    /** Defines the job on {@code env} without running it, so tests can run or inspect it. */
    static void build(StreamExecutionEnvironment env, ApplicationProperties properties) {
        // JobLauncher has applied checkpoints, restarts and parallelism as on MSF (group FlinkEnvironment
        // overrides them locally) before this runs. Chained operators pass records without copying them:
        // safe as long as no operator keeps a reference to a record it has passed on (the blocks keep none).
        env.getConfig().enableObjectReuse();
        PropertyGroup window = properties.groupOrEmpty(WINDOW_GROUP);

        // Raw bytes in, so a record that is not even UTF-8 still reaches its dead letter unchanged.
        DataStream<byte[]> json = StreamSources.bytes(env, properties.group(INPUT_GROUP));
        ParsedStream<Tick> parsed = JsonParse.of(Tick.class)
                .reader(Tick.jsonReader())
                .named("Parse ticks")
                .withProperties(window)
                .validator(Tick.validator())
                .fromBytes(json);

        // Event time comes from the tick itself; how late a tick may be comes from group Window.
        DataStream<Tick> ticks = parsed.withTimestamps(
                WatermarkStrategies.fromProperties(window, (tick, previous) -> tick.getEventTime()), "Tick timestamps");

        // The keys window.* of group Window (window.size, ...) override the defaults set here.
        WindowedResults<String, Double, Double> maxPrices = WindowBlock.of(ticks, Tick::getTicker, Types.STRING)
                .named("Max price per ticker")
                .eventTime()
                .tumbling(DEFAULT_WINDOW_SIZE)
                .withProperties(window)
                .max(Tick::getPrice);

        // One JSON line per ticker and window, to the sink that the group's connector key names.
        StreamSinks.serialized(maxPrices.results(), properties.group(OUTPUT_GROUP),
                WindowResultJsonLines.withFieldNames("ticker", "max_price"));

        // Every record the job could not use, with the reason: parse failures and ticks too late for their window.
        DataStream<DeadLetter> late = maxPrices.lateDeadLetters("ticker", "price");
        DeadLetterOutput.attach(
                parsed.deadLetters().union(late), JsonRecordSerializationSchema.of(DeadLetter.class), properties);
    }
}
