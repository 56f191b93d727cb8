package dev.exoplan.io.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps schema/pricing-v1.schema.json honest: the project's own pricing.json must satisfy it,
 * typical mistakes must be caught at the right place, and its bounds must be SheetDecoder's.
 * Paths are relative to the Maven basedir, the working directory under surefire.
 */
class PricingSchemaTests {

    private static final Path SCHEMA = Path.of("schema", "pricing-v1.schema.json");
    private static final Path SHEET = Path.of("pricing.json");
    private static final String DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    private static JsonNode schemaTree;
    private static JsonSchema schema;

    @BeforeAll
    static void loadSchema() throws IOException {
        schemaTree = JSON.readTree(SCHEMA.toFile());
        schema = FACTORY.getSchema(schemaTree);
    }

    // ---- the sheet that ships with exoplan ------------------------------------------------------

    @Test
    void defaultPricingSheet_matchesTheSchema() throws IOException {
        Set<ValidationMessage> messages = schema.validate(sheet());

        assertTrue(messages.isEmpty(), () -> "pricing.json does not match the schema:\n" + describe(messages));
    }

    // ---- broken variants of it ------------------------------------------------------------------

    @Test
    void negativePrice_isRejectedAtItsPath() throws IOException {
        JsonNode sheet = sheet();
        ((ObjectNode) sheet.at("/clinics/0/prices/iv")).put("min", -1);

        assertMessage(schema.validate(sheet), "minimum", "$.clinics[0].prices.iv.min");
    }

    @Test
    void negativeFee_isRejectedAtItsPath() throws IOException {
        JsonNode sheet = sheet();
        ((ObjectNode) sheet.at("/clinics/1/fees/1")).put("amount", -0.5);

        assertMessage(schema.validate(sheet), "minimum", "$.clinics[1].fees[1].amount");
    }

    @Test
    void unknownTaxRounding_isRejectedAsNotInTheEnum() throws IOException {
        JsonNode sheet = sheet();
        ((ObjectNode) sheet.at("/tax")).put("rounding", "round");

        assertMessage(schema.validate(sheet), "enum", "$.tax.rounding");
    }

    @Test
    void taxRateOfOne_isRejected() throws IOException {
        JsonNode sheet = sheet();
        ((ObjectNode) sheet.at("/tax")).put("rate", 1);

        assertMessage(schema.validate(sheet), "exclusiveMaximum", "$.tax.rate");
    }

    @Test
    void clinicIdWithUpperCase_isRejectedByThePattern() throws IOException {
        JsonNode sheet = sheet();
        ((ObjectNode) sheet.at("/clinics/0")).put("id", "Sample-A");

        assertMessage(schema.validate(sheet), "pattern", "$.clinics[0].id");
    }

    @Test
    void missingTax_isReportedAsRequired() throws IOException {
        JsonNode sheet = sheet();
        ((ObjectNode) sheet).remove("tax");

        Set<ValidationMessage> messages = schema.validate(sheet);

        assertMessage(messages, "required", "$");
        assertTrue(messages.stream().anyMatch(m -> "required".equals(m.getType()) && "tax".equals(m.getProperty())),
                () -> "no message names the missing 'tax':\n" + describe(messages));
    }

    @Test
    void unknownTopLevelField_isRejected() throws IOException {
        JsonNode sheet = sheet();
        ((ObjectNode) sheet).put("currencyCode", "JPY");

        Set<ValidationMessage> messages = schema.validate(sheet);

        assertTrue(messages.stream().anyMatch(m -> "additionalProperties".equals(m.getType())
                        && "$".equals(m.getInstanceLocation().toString()) && "currencyCode".equals(m.getProperty())),
                () -> "no additionalProperties message for 'currencyCode' at $:\n" + describe(messages));
    }

    @Test
    void sessionsAboveTheDecodersLimit_areRejected() throws IOException {
        JsonNode sheet = sheet();
        ((ObjectNode) sheet.at("/goals/skin/initialSessions")).put("max", SheetDecoder.MAX_SESSIONS + 1);

        assertMessage(schema.validate(sheet), "maximum", "$.goals.skin.initialSessions.max");
    }

    @Test
    void methodLabelAsPlainString_isRejected() throws IOException {
        JsonNode sheet = sheet();
        ((ObjectNode) sheet.at("/methods/iv")).put("label", "IV drip");

        assertMessage(schema.validate(sheet), "type", "$.methods.iv.label");
    }

    @Test
    void clinicNameAsPlainString_isAccepted() throws IOException {
        JsonNode sheet = sheet();
        ((ObjectNode) sheet.at("/clinics/0")).put("name", "Sample Clinic A");

        Set<ValidationMessage> messages = schema.validate(sheet);

        assertTrue(messages.isEmpty(), () -> "a plain-string clinic name was rejected:\n" + describe(messages));
    }

    @Test
    void disclosureSourceAsLocalizedObject_isRejected() throws IOException {
        JsonNode sheet = sheet();
        ObjectNode source = JSON.createObjectNode().put("ja", "脂肪由来").put("en", "adipose");
        ((ObjectNode) sheet.at("/clinics/0/disclosure")).set("source", source);

        assertMessage(schema.validate(sheet), "type", "$.clinics[0].disclosure.source");
    }

    @Test
    void disclosureDoseAsPlainString_isAccepted() throws IOException {
        JsonNode sheet = sheet();
        ((ObjectNode) sheet.at("/clinics/0/disclosure")).put("dose", "2 mL per session");

        Set<ValidationMessage> messages = schema.validate(sheet);

        assertTrue(messages.isEmpty(), () -> "a plain-string dose was rejected:\n" + describe(messages));
    }

    @Test
    void blankNotice_isRejected() throws IOException {
        JsonNode sheet = sheet();
        ((ObjectNode) sheet).put("notice", "   ");

        assertMessage(schema.validate(sheet), "oneOf", "$.notice");
    }

    // ---- the schema itself ----------------------------------------------------------------------

    @Test
    void schemaFile_isJsonDeclaringDraft2020_12() throws IOException {
        JsonNode tree = JSON.readTree(SCHEMA.toFile()); // throws on malformed JSON

        assertTrue(tree.isObject(), "the schema is not a JSON object");
        assertEquals(DRAFT_2020_12, tree.path("$schema").asText());
        assertEquals("urn:exoplan:pricing:v1", tree.path("$id").asText());
    }

    @Test
    void schemaFile_isValidAgainstTheDraft2020_12MetaSchema() throws IOException {
        // The factory maps json-schema.org meta-schemas to copies inside the validator's jar.
        JsonSchema metaSchema = FACTORY.getSchema(SchemaLocation.of(DRAFT_2020_12));

        Set<ValidationMessage> messages = metaSchema.validate(JSON.readTree(SCHEMA.toFile()));

        assertTrue(messages.isEmpty(), () -> "the schema breaks the draft 2020-12 meta-schema:\n" + describe(messages));
    }

    @Test
    void schemaBounds_matchTheDecodersLimits() {
        JsonNode goal = schemaTree.at("/$defs/goal/properties");

        assertBounds(goal.path("initialSessions"), 1, SheetDecoder.MAX_SESSIONS);
        assertBounds(goal.path("initialIntervalWeeks"), 1, SheetDecoder.MAX_INITIAL_INTERVAL_WEEKS);
        assertBounds(goal.path("maintenanceIntervalMonths"), 1, SheetDecoder.MAX_MAINTENANCE_INTERVAL_MONTHS);
        assertBounds(goal.path("onsetWeeks"), 0, SheetDecoder.MAX_ONSET_WEEKS);
        assertEquals(SheetDecoder.SCHEMA_VERSION, schemaTree.at("/properties/schemaVersion/const").asInt(-1));
    }

    // ---- helpers ------------------------------------------------------------------------------

    private static JsonNode sheet() throws IOException {
        return JSON.readTree(SHEET.toFile());
    }

    private static void assertMessage(Set<ValidationMessage> messages, String type, String instanceLocation) {
        assertTrue(messages.stream().anyMatch(m -> type.equals(m.getType())
                        && instanceLocation.equals(m.getInstanceLocation().toString())),
                () -> "expected a '" + type + "' message at " + instanceLocation + ", got:\n" + describe(messages));
    }

    private static void assertBounds(JsonNode range, int low, int high) {
        for (String bound : new String[] {"min", "typical", "max"}) {
            JsonNode limits = range.path("properties").path(bound);
            assertEquals(low, limits.path("minimum").asInt(-1), () -> range + " " + bound + " minimum");
            assertEquals(high, limits.path("maximum").asInt(-1), () -> range + " " + bound + " maximum");
        }
    }

    private static String describe(Set<ValidationMessage> messages) {
        return messages.isEmpty() ? "  (no messages)"
                : messages.stream().map(m -> "  [" + m.getType() + "] " + m.getMessage())
                        .collect(Collectors.joining("\n"));
    }
}
