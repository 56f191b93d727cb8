package dev.exoplan.io.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.exoplan.core.check.Finding;
import dev.exoplan.core.text.LocalizedText;
import dev.exoplan.io.json.Pointer;
import dev.exoplan.io.sheet.form.Field;
import dev.exoplan.io.sheet.form.Form;
import dev.exoplan.io.sheet.form.Kind;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Adding a field to the sheet is one edit: a test's own clinic form, once with a name only and once with
 * one more line declaring a {@code website}, shows that line publishing the field in the schema, reading
 * its value with the decoder's usual words, and ending the unknown-field warning it had.
 */
class FormOneEditTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Before: a clinic with a name. */
    static final Field<LocalizedText> NAME_BEFORE = Field.required("name", Kind.TEXT, "The clinic's name.");
    static final Form BEFORE = Form.of("testClinic", "A clinic.", NAME_BEFORE);

    /** After: the same, and the one edit, the line that declares the website. */
    static final Field<LocalizedText> NAME = Field.required("name", Kind.TEXT, "The clinic's name.");
    static final Field<Optional<LocalizedText>> WEBSITE = Field.optional("website", Kind.TEXT,
            "Optional. The clinic's web site.");
    static final Form AFTER = Form.of("testClinic", "A clinic.", NAME, WEBSITE);

    @Test
    void oneMoreField_isInTheSchemaWithItsKindAndDescription() throws Exception {
        JsonNode expected = JSON.readTree("""
                {"description": "A clinic.", "type": "object", "required": ["name"], "additionalProperties": false,
                 "properties": {
                   "name": {"description": "The clinic's name.", "$ref": "#/$defs/localizedText"},
                   "website": {"description": "Optional. The clinic's web site.", "$ref": "#/$defs/localizedText"}}}
                """);
        assertEquals(pretty(expected), pretty(AFTER.schema()));
        assertEquals(List.of("name"), List.of(BEFORE.names()));
        assertEquals(List.of("name", "website"), List.of(AFTER.names()));
    }

    @Test
    void oneMoreField_isReadAndNoLongerUnknown() throws Exception {
        JsonNode clinic = JSON.readTree("{\"name\": \"Clinic A\", \"website\": \"https://a.example\"}");

        SheetDecoder before = new SheetDecoder();
        Form.Read old = BEFORE.read(before, clinic, Pointer.root());
        List<Finding> warned = before.drain();
        assertEquals(1, warned.size());
        assertEquals("W-UNKNOWN-FIELD", warned.get(0).code());
        assertEquals("/website", warned.get(0).pointer());
        assertEquals(LocalizedText.plain("Clinic A"), old.get(NAME_BEFORE));

        SheetDecoder after = new SheetDecoder();
        Form.Read read = AFTER.read(after, clinic, Pointer.root());
        assertEquals(List.of(), after.drain());
        assertEquals(Optional.of(LocalizedText.plain("https://a.example")), read.get(WEBSITE));
        assertEquals(LocalizedText.plain("Clinic A"), read.get(NAME));
    }

    @Test
    void oneMoreField_leftOutOrWrong_isReadAsEveryOptionalTextIs() throws Exception {
        SheetDecoder decoder = new SheetDecoder();
        Form.Read without = AFTER.read(decoder, JSON.readTree("{\"name\": \"Clinic A\"}"), Pointer.root());
        assertEquals(Optional.empty(), without.get(WEBSITE));
        assertEquals(List.of(), decoder.drain());

        Form.Read wrong = AFTER.read(decoder, JSON.readTree("{\"name\": \"Clinic A\", \"website\": 5}"),
                Pointer.root());
        List<Finding> found = decoder.drain();
        assertEquals(false, wrong.ok());
        assertEquals(1, found.size());
        assertEquals("E-TYPE", found.get(0).code());
        assertEquals("/website", found.get(0).pointer());
        // the same words as for a clinic's name written as a number
        SheetDecoder name = new SheetDecoder();
        BEFORE.read(name, JSON.readTree("{\"name\": 5}"), Pointer.root());
        assertEquals(name.drain().get(0).message(), found.get(0).message());
    }

    private static String pretty(JsonNode node) throws Exception {
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node);
    }
}
