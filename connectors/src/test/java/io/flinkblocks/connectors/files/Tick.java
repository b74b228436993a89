package io.flinkblocks.connectors.files;

/** A record for the file sink tests: a POJO with a sequence number to check exactly-once output. */
public class Tick {
    public long seq;
    public String ticker;
    public double price;
    public long eventTime;

    public Tick() {}

    public Tick(long seq, String ticker, double price, long eventTime) {
        this.seq = seq;
        this.ticker = ticker;
        this.price = price;
        this.eventTime = eventTime;
    }
}
