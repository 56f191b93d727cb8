package dev.exoplan.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exoplan.core.check.Check;
import dev.exoplan.core.check.Codes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README documents every finding code and every check, so that clinics can look them up. */
class ReadmeTests {

    private static String readme() throws IOException {
        return Files.readString(Path.of("README.md"));
    }

    @Test
    void everyFindingCode_hasARowInTheReadmesTable() throws IOException {
        String readme = readme();
        for (String code : Codes.all().keySet()) {
            assertTrue(readme.contains("| `" + code + "` | " + (Codes.isError(code) ? "error" : "warning") + " |"),
                    "README lacks a row for " + code);
        }
    }

    @Test
    void everyCheck_isListedWithItsCodes() throws IOException {
        String readme = readme();
        for (Check check : Check.values()) {
            String codes = String.join(", ", check.codes().stream().map(c -> "`" + c + "`").toList());
            assertTrue(readme.contains("| `" + check.id() + "` | " + codes + " |"), "README lacks check " + check.id());
        }
    }
}
