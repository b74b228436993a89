package ${package};

import io.flinkblocks.operators.json.RecordValidator;
import io.flinkblocks.operators.json.flat.FlatJsonReader;

/**
 * The job's input record, one JSON document per stream record:
 * {@code {"event_time": "2026-11-24T10:15:30.123", "ticker": "AMZN", "price": 42.17}}.
 *
 * <p>To read another record type, change the fields here, {@code jsonReader()} (which JSON field goes
 * to which of them) and {@code validator()} (what a valid record is).
 *
 * <p>A Flink POJO (public class, public no-argument constructor, getters and setters for every field),
 * so Flink serializes it with its POJO serializer rather than the slower Kryo.
 */
public class Tick {

    /** Epoch milliseconds (UTC): the record's event time, which puts it in its window. */
    private long eventTime;
    private String ticker;
    private double price;

    public Tick() {}

    public long getEventTime() {
        return eventTime;
    }

    public void setEventTime(long eventTime) {
        this.eventTime = eventTime;
    }

    public String getTicker() {
        return ticker;
    }

    public void setTicker(String ticker) {
        this.ticker = ticker;
    }

    public double getPrice() {
        return price;
    }

    public void setPrice(double price) {
        this.price = price;
    }

    /**
     * Reads a tick straight from its JSON bytes. A record without one of the required fields, with a
     * value of the wrong type, or that is not JSON at all becomes a dead letter, never a tick with a zero
     * price. Unknown fields are ignored. {@code event_time} may be an ISO-8601 date-time without offset
     * (read as UTC), one with {@code Z} or {@code +HH:MM}, or a number of epoch milliseconds.
     */
    static FlatJsonReader<Tick> jsonReader() {
        return FlatJsonReader.forType(Tick::new)
                .timestampField("event_time", Tick::setEventTime)
                .stringField("ticker", Tick::setTicker)
                .doubleField("price", Tick::setPrice)
                .require("event_time", "ticker", "price")
                .build();
    }

    /** What well-formed JSON must also satisfy to be a tick; the rest become dead letters (INVALID). */
    static RecordValidator<Tick> validator() {
        return tick -> {
            if (tick.getTicker().isBlank()) {
                return "ticker is blank";
            }
            if (!Double.isFinite(tick.getPrice()) || tick.getPrice() < 0) {
                return "price " + tick.getPrice() + " is not a finite, non-negative number";
            }
            return null;
        };
    }

    @Override
    public String toString() {
        return "Tick{eventTime=" + eventTime + ", ticker=" + ticker + ", price=" + price + "}";
    }
}
