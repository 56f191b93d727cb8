package dev.exoplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exoplan.cli.Run.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code exoplan schema}: the published JSON Schemas, byte for byte: the price sheet's for editors, and
 * with {@code --of} each JSON output's for scripts.
 */
class SchemaCommandTests {

    private static final Path SCHEMA = Path.of("schema", "pricing-v1.schema.json");

    @Test
    void schema_printsExactlyThePublishedSchemaFile() throws IOException {
        Result result = Run.exoplan("schema");

        assertEquals(ExitCodes.OK, result.code());
        assertEquals(Files.readString(SCHEMA), result.out());
        assertEquals("", result.err());
    }

    @Test
    void schema_endsWithOneNewlineSoThatRedirectingItGivesATidyFile() {
        String out = Run.exoplan("schema").out();

        assertTrue(out.startsWith("{\n"), () -> out.substring(0, Math.min(40, out.length())));
        assertTrue(out.endsWith("}\n") && !out.endsWith("\n\n"), "the schema should end with \"}\" and one newline");
    }

    @Test
    void schema_withAnArgument_isAUsageError() {
        Result result = Run.exoplan("schema", "pricing.json");

        assertEquals(ExitCodes.USAGE, result.code());
        assertEquals("", result.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"pricing", "plan", "compare", "list", "quote", "validate"})
    void schemaOf_eachName_printsExactlyItsPublishedFile(String name) throws IOException {
        Result result = Run.exoplan("schema", "--of", name);

        assertEquals(ExitCodes.OK, result.code(), result.err());
        assertEquals(Files.readString(Path.of("schema", name + "-v1.schema.json")), result.out());
        assertEquals("", result.err());
    }

    @Test
    void schemaOfPricing_isWhatSchemaAlonePrints() {
        assertEquals(Run.exoplan("schema").out(), Run.exoplan("schema", "--of", "pricing").out());
    }

    @Test
    void schemaOf_aMisspeltName_isAUsageErrorThatNamesTheClosest() {
        Result result = Run.exoplan("schema", "--of", "plna");

        assertEquals(ExitCodes.USAGE, result.code());
        assertEquals("", result.out());
        assertEquals("exoplan schema: --of: 'plna' is not one of pricing, plan, compare, list, quote, validate;"
                + " did you mean --of plan?\n", result.err());
    }

    @Test
    void schemaOf_aMisspeltNameInJapanese_isRefusedInJapanese() {
        Result result = Run.exoplan("schema", "--of", "qoute", "--lang", "ja");

        assertEquals(ExitCodes.USAGE, result.code());
        assertEquals("", result.out());
        assertEquals("exoplan schema: --of: 'qoute' は使えません（pricing, plan, compare, list, quote, validate"
                + " のどれか）。もしかして --of quote ですか？\n", result.err());
    }

    @Test
    void schemaOf_aNameFarFromEveryOne_isRefusedWithTheChoices() {
        Result result = Run.exoplan("schema", "--of", "sarif");

        assertEquals(ExitCodes.USAGE, result.code());
        assertEquals("", result.out());
        assertTrue(result.err().startsWith("exoplan schema: --of: 'sarif' is not one of pricing, plan, compare,"
                + " list, quote, validate"), result.err());
    }
}
