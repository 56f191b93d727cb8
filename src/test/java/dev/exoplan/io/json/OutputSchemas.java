package dev.exoplan.io.json;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The published output schemas ({@code schema/*-v1.schema.json}), as a script reads them, and closed
 * copies for exoplan's own outputs: the published ones let any property through (a field added later
 * stays valid), so a test of exoplan's output closes every object the schema describes
 * ({@code "additionalProperties": false} wherever {@code properties} is given), and an output field the
 * schema does not describe, renamed or new, fails until the schema describes it. Formats (dates) are
 * asserted. Paths are relative to the Maven basedir, the working directory under surefire.
 */
public final class OutputSchemas {

    public static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true).build();

    private static final Map<Schema, JsonSchema> PUBLISHED = new EnumMap<>(Schema.class);
    private static final Map<Schema, JsonSchema> CLOSED = new EnumMap<>(Schema.class);
    private static JsonSchema closedRow;

    private OutputSchemas() {
    }

    /** The schema file as published in {@code schema/}. */
    public static Path file(Schema schema) {
        return Path.of("schema", schema.fileName());
    }

    public static JsonNode tree(Schema schema) {
        try {
            return JSON.readTree(file(schema).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The schema as a script uses it: open to fields added later. */
    public static synchronized JsonSchema published(Schema schema) {
        return PUBLISHED.computeIfAbsent(schema, s -> FACTORY.getSchema(tree(s), CONFIG));
    }

    /** The schema with every object it describes closed: for exoplan's own outputs. */
    public static synchronized JsonSchema closed(Schema schema) {
        return CLOSED.computeIfAbsent(schema, s -> FACTORY.getSchema(close(tree(s).deepCopy()), CONFIG));
    }

    /** One row of {@code quote --format jsonl}: the quote schema's {@code $defs/row}, closed. */
    public static synchronized JsonSchema closedRow() {
        if (closedRow == null) {
            ObjectNode root = (ObjectNode) close(tree(Schema.QUOTE).deepCopy());
            root.remove("type");
            root.remove("items");
            root.put("$ref", "#/$defs/row");
            closedRow = FACTORY.getSchema(root, CONFIG);
        }
        return closedRow;
    }

    private static JsonNode close(JsonNode node) {
        if (node instanceof ObjectNode object && object.has("properties") && !object.has("additionalProperties")) {
            object.put("additionalProperties", false);
        }
        node.forEach(OutputSchemas::close);
        return node;
    }

    /** What is wrong with {@code json} by {@code schema} (empty when it is valid). */
    public static Set<ValidationMessage> problems(JsonSchema schema, String json) {
        try {
            return schema.validate(JSON.readTree(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Asserts that exoplan's output {@code json} is valid by the closed schema. */
    public static void assertValid(Schema schema, String json, String what) {
        assertNoProblems(problems(closed(schema), json), json, what);
    }

    /** Asserts that every line of {@code jsonl} is a valid row by the closed quote schema. */
    public static void assertRowsValid(String jsonl, String what) {
        List<String> lines = jsonl.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            assertNoProblems(problems(closedRow(), line), line, what + ", line " + (i + 1));
        }
    }

    private static void assertNoProblems(Set<ValidationMessage> problems, String json, String what) {
        assertTrue(problems.isEmpty(), () -> what + " does not match its schema:\n" + describe(problems) + "\n"
                + (json.length() > 4000 ? json.substring(0, 4000) + "…" : json));
    }

    public static String describe(Set<ValidationMessage> messages) {
        return messages.stream().map(m -> "  " + m.getType() + " at " + m.getInstanceLocation() + ": " + m.getMessage())
                .collect(Collectors.joining("\n"));
    }
}
