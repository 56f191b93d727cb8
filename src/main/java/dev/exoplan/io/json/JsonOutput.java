package dev.exoplan.io.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * The one path every exoplan JSON output takes: documents built whole (records and maps) through
 * {@link #document}, streams (compare, quote) through {@link #generator}. Both indent with
 * {@code "name": value} spacing and escape the characters a terminal would act on
 * ({@link TerminalEscapes}); documents also write big decimals plain and leave absent values out.
 */
public final class JsonOutput {

    /** How a streamed output is laid out. */
    public enum Shape {
        /** Indented, as every JSON document of exoplan. */
        INDENTED,
        /** One value a line (JSON Lines). */
        LINES
    }

    /** Indented JSON with {@code "name": value} spacing, as every exoplan JSON output is written. */
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER));

    /** For documents built whole (records and maps): plan, list, validate, SARIF. */
    private static final ObjectMapper MAPPER = JsonMapper.builder(TerminalEscapes.on(new JsonFactoryBuilder()))
            .defaultPrettyPrinter(PRETTY)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(JsonWriteFeature.ESCAPE_NON_ASCII)
            .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT,
                    JsonInclude.Include.NON_ABSENT))
            .build();

    /** For streams: closing a generator never closes the writer it writes to (standard output). */
    private static final JsonFactory STREAMS = TerminalEscapes.on(new JsonFactoryBuilder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET));

    private JsonOutput() {
    }

    /** {@code value} (a record or a map) as an indented JSON document and a line break. */
    public static String document(Object value) {
        try {
            return MAPPER.writeValueAsString(value) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code value} as {@link #document} writes it, straight to {@code out} (left open): a list inside
     * it is taken element by element, so a list that builds its elements when asked is never held whole.
     */
    public static void document(Object value, Writer out) throws IOException {
        MAPPER.writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, value);
        out.write('\n');
    }

    /** A generator that streams JSON to {@code out} in this shape; closing it leaves {@code out} open. */
    public static JsonGenerator generator(Writer out, Shape shape) throws IOException {
        JsonGenerator generator = STREAMS.createGenerator(out);
        generator.setPrettyPrinter(switch (shape) {
            case INDENTED -> PRETTY.createInstance();
            case LINES -> new MinimalPrettyPrinter("\n");
        });
        return generator;
    }
}
