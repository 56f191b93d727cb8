package dev.exoplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exoplan.cli.Run.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code exoplan schema}: the published JSON Schema, byte for byte, for editors to use. */
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
}
