package io.flinkblocks.connectors;

import java.nio.charset.StandardCharsets;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichMapFunction;
import org.apache.flink.api.common.serialization.RuntimeContextInitializationContextAdapters;
import org.apache.flink.api.common.serialization.SerializationSchema;

/** A record as the UTF-8 text its serialization schema gives, without a trailing line break. */
final class SerializedText<T> extends RichMapFunction<T, String> {
    private static final long serialVersionUID = 1L;

    private final SerializationSchema<T> schema;

    SerializedText(SerializationSchema<T> schema) {
        this.schema = schema;
    }

    @Override
    public void open(OpenContext context) throws Exception {
        schema.open(RuntimeContextInitializationContextAdapters.serializationAdapter(getRuntimeContext()));
    }

    @Override
    public String map(T record) {
        String text = new String(schema.serialize(record), StandardCharsets.UTF_8);
        return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    }
}
