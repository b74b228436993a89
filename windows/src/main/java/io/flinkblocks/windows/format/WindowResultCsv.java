package io.flinkblocks.windows.format;

import java.nio.charset.StandardCharsets;

import org.apache.flink.api.common.serialization.SerializationSchema;

import io.flinkblocks.windows.WindowResult;

/**
 * Window results as CSV lines like the guide's outputs: {@code AMZN,42} ({@code ticker,count},
 * {@code ticker,min}), or with the window bounds, {@code AMZN,1700000000000,1700000010000,42}. Keys with
 * a comma, quote or line break are quoted. Each line ends with {@code \n}.
 */
public final class WindowResultCsv<K, R> implements SerializationSchema<WindowResult<K, R>> {

    private static final long serialVersionUID = 1L;

    private final boolean withWindow;

    private WindowResultCsv(boolean withWindow) {
        this.withWindow = withWindow;
    }

    /** {@code key,value}. */
    public static <K, R> WindowResultCsv<K, R> keyAndValue() {
        return new WindowResultCsv<>(false);
    }

    /** {@code key,windowStart,windowEnd,value}. */
    public static <K, R> WindowResultCsv<K, R> withWindow() {
        return new WindowResultCsv<>(true);
    }

    /** One line, without the line break. */
    public String format(WindowResult<K, R> result) {
        StringBuilder line = new StringBuilder(48);
        line.append(escape(String.valueOf(result.getKey()))).append(',');
        if (withWindow) {
            line.append(result.getWindowStart()).append(',').append(result.getWindowEnd()).append(',');
        }
        line.append(escape(String.valueOf(result.getValue())));
        return line.toString();
    }

    @Override
    public byte[] serialize(WindowResult<K, R> result) {
        return (format(result) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    static String escape(String field) {
        boolean quote = false;
        for (int i = 0; i < field.length() && !quote; i++) {
            char c = field.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        return quote ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }
}
