package dev.exoplan.io.sheet.form;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The published schema is the forms': the committed file is the text they make, byte for byte. After a
 * change to a form, {@code mvn -q -o test -Dtest=GeneratedSchemaTests -Dexoplan.schema.write=true}
 * writes the file again (and the test then passes); review its diff as the schema's change.
 */
class GeneratedSchemaTests {

    private static final Path SCHEMA = Path.of("schema", "pricing-v1.schema.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void committedSchema_isTheTextTheFormsMake() throws IOException {
        if (Boolean.getBoolean("exoplan.schema.write")) {
            Files.writeString(SCHEMA, PricingSchema.text());
        }
        assertEquals(PricingSchema.text(), Files.readString(SCHEMA),
                "schema/pricing-v1.schema.json is not what the forms make; write it again with "
                        + "-Dexoplan.schema.write=true and review the diff");
    }

    @Test
    void everyPartTheFormsMake_isTheCommittedSchemasPart() throws IOException {
        JsonNode committed = JSON.readTree(Files.readString(SCHEMA));
        JsonNode generated = PricingSchema.tree();
        for (Iterator<Map.Entry<String, JsonNode>> it = generated.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getKey().equals("$defs")) {
                continue;
            }
            assertEquals(pretty(committed.get(e.getKey())), pretty(e.getValue()), e.getKey());
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = generated.get("$defs").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            assertEquals(pretty(committed.get("$defs").get(e.getKey())), pretty(e.getValue()), "$defs/" + e.getKey());
        }
    }

    private static String pretty(JsonNode node) throws IOException {
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node);
    }
}
