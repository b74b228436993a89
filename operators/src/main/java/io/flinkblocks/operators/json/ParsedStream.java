package io.flinkblocks.operators.json;

import org.apache.flink.annotation.PublicEvolving;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;

/** The two outputs of a parse operator: the parsed records and the dead letters. */
@PublicEvolving
public final class ParsedStream<T> {

    private final SingleOutputStreamOperator<T> records;

    ParsedStream(SingleOutputStreamOperator<T> records) {
        this.records = records;
    }

    /** The records that parsed and validated. */
    public SingleOutputStreamOperator<T> records() {
        return records;
    }

    /** The records that did not; connect them to any sink (serialize with {@link JsonSerializationSchema}). */
    public DataStream<DeadLetter> deadLetters() {
        return records.getSideOutput(JsonParseFunction.DEAD_LETTERS);
    }
}
