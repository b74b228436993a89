package io.flinkblocks.operators.json;

import org.apache.flink.annotation.PublicEvolving;
import org.apache.flink.api.common.serialization.SerializationSchema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;

/**
 * Serializes records (parsed records, {@link DeadLetter}s, window results) to one JSON document each,
 * in UTF-8, optionally followed by a newline for JSON-lines files and Firehose delivery to S3. The
 * Jackson writer is built once per instance in {@link #open}.
 */
@PublicEvolving
public final class JsonSerializationSchema<T> implements SerializationSchema<T> {

    private static final long serialVersionUID = 1L;

    private final Class<T> type;
    private final boolean newline;

    private transient ObjectWriter writer;

    private JsonSerializationSchema(Class<T> type, boolean newline) {
        this.type = type;
        this.newline = newline;
    }

    /** One JSON document per record, nothing after it. */
    public static <T> JsonSerializationSchema<T> of(Class<T> type) {
        return new JsonSerializationSchema<>(type, false);
    }

    /** One JSON document per record followed by {@code \n}. */
    public static <T> JsonSerializationSchema<T> jsonLines(Class<T> type) {
        return new JsonSerializationSchema<>(type, true);
    }

    @Override
    public void open(InitializationContext context) {
        writer = JsonMappers.newMapper().writerFor(type);
    }

    @Override
    public byte[] serialize(T element) {
        if (writer == null) { // used without open()
            writer = JsonMappers.newMapper().writerFor(type);
        }
        try {
            byte[] json = writer.writeValueAsBytes(element);
            if (!newline) {
                return json;
            }
            byte[] line = new byte[json.length + 1];
            System.arraycopy(json, 0, line, 0, json.length);
            line[json.length] = '\n';
            return line;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize " + type.getName() + " to JSON", e);
        }
    }
}
