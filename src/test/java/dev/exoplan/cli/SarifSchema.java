package dev.exoplan.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * OASIS's JSON Schema of SARIF 2.1.0 (errata 01, draft-04: sarif-2.1/schema/sarif-schema-2.1.0.json of
 * the SARIF TC's repository, oasis-tcs/sarif-spec), kept in src/test/resources/sarif, and the one check
 * every SARIF output of the tests goes through.
 */
final class SarifSchema {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchema SCHEMA = load();

    private SarifSchema() {
    }

    private static JsonSchema load() {
        try {
            JsonNode tree = JSON.readTree(Path.of("src/test/resources/sarif/sarif-schema-2.1.0.json").toFile());
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The SARIF text, parsed, after checking it against the schema (format assertions included). */
    static JsonNode valid(String sarif) throws IOException {
        JsonNode tree = JSON.readTree(sarif);
        Set<ValidationMessage> messages = SCHEMA.validate(tree);
        assertTrue(messages.isEmpty(), () -> "not SARIF 2.1.0 by OASIS's schema:\n" + messages.stream()
                .map(ValidationMessage::toString).sorted().collect(Collectors.joining("\n")) + "\n" + sarif);
        return tree;
    }
}
