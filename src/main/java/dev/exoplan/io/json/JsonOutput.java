package dev.exoplan.io.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * How every exoplan JSON output is written: indented with {@code "name": value} spacing, big decimals
 * plain, absent values left out, and the characters a terminal would act on escaped
 * ({@link TerminalEscapes}).
 */
public final class JsonOutput {

    /** Indented JSON with {@code "name": value} spacing, as every exoplan JSON output is written. */
    public static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER));

    /** For documents built whole (records and maps): plan, list, validate, SARIF. */
    public static final ObjectMapper MAPPER = JsonMapper.builder(TerminalEscapes.on(new JsonFactoryBuilder()))
            .defaultPrettyPrinter(PRETTY)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(JsonWriteFeature.ESCAPE_NON_ASCII)
            .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT,
                    JsonInclude.Include.NON_ABSENT))
            .build();

    private JsonOutput() {
    }
}
