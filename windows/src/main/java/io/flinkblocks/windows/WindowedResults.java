package io.flinkblocks.windows;

import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;

/** The outputs of a window block: the window results and the records that came too late. */
public final class WindowedResults<K, V, R> {

    private final SingleOutputStreamOperator<WindowResult<K, R>> results;
    private final DataStream<LateRecord<K, V>> lateRecords;

    WindowedResults(SingleOutputStreamOperator<WindowResult<K, R>> results, DataStream<LateRecord<K, V>> lateRecords) {
        this.results = results;
        this.lateRecords = lateRecords;
    }

    public SingleOutputStreamOperator<WindowResult<K, R>> results() {
        return results;
    }

    /** Event time only: records later than their windows' end plus the allowed lateness. */
    public DataStream<LateRecord<K, V>> lateRecords() {
        return lateRecords;
    }
}
