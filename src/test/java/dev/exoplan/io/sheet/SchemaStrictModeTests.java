package dev.exoplan.io.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.exoplan.Installed;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every schema exoplan publishes compiles in ajv's strict mode with no warning
 * ({@code ajv compile --spec=draft2020 --strict=true -c ajv-formats}), so that a clinic's CI that
 * runs ajv strictly accepts exoplan's own schema. ajv-cli and ajv-formats are installed by .ci/run
 * into target/ajv; where they or node are missing the test is skipped (it fails under CI=true).
 */
class SchemaStrictModeTests {

    private static final Path AJV = Path.of("target/ajv/node_modules/ajv-cli/dist/index.js");

    static Stream<Path> schemas() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("schema"))) {
            return files.filter(f -> f.getFileName().toString().endsWith(".schema.json")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("schemas")
    void schema_inAjvsStrictMode_compilesWithNoWarning(Path schema) throws IOException, InterruptedException {
        Installed.require(Installed.runs("node") && Files.isRegularFile(AJV)
                        && Files.isDirectory(Path.of("target/ajv/node_modules/ajv-formats")),
                "node, or ajv-cli and ajv-formats in target/ajv, is missing: ajv's strict mode is not checked "
                        + "(.ci/run installs them with npm)");

        Installed.Ran ajv = Installed.run(Path.of("").toAbsolutePath(), List.of("node", AJV.toString(), "compile",
                "--spec=draft2020", "--strict=true", "-c", "ajv-formats", "-s", schema.toString()));

        // one line, and no "strict mode: …" warning before it
        assertEquals("schema " + schema + " is valid\n", ajv.output());
        assertEquals(0, ajv.code());
    }
}
