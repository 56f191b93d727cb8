package dev.exoplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.exoplan.Installed;
import dev.exoplan.cli.Run.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of SARIF {@code validate} writes, as its consumers read it: OASIS's SARIF 2.1.0 schema,
 * and Microsoft's SARIF Multitool with the rules of GitHub code scanning ({@code validate --rule-kind
 * Gh}), which must find no error and no warning. (Its general rules, {@code --rule-kind Sarif}, ask
 * one thing more: SARIF2017 warns that E-READ's result has no region; an unreadable file has no line.) The logs: one per fixture code in each language, an
 * unreadable file, every fixture at once (all shown, and cut by {@code --max-findings}), {@code --strict},
 * standard input, an absolute path, a clean sheet and the hostile sheets. The Multitool comes from npm
 * (@microsoft/sarif-multitool, whose Linux package carries the binary), installed by .ci/run into
 * target/sarif-multitool; without it that test is skipped (under CI=true it fails).
 */
class ValidateSarifConsumersTests {

    private static final Path MULTITOOL = Path.of(
            "target/sarif-multitool/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Each log by a name that says how it was made. */
    static Map<String, String> logs() throws IOException {
        Map<String, String> logs = new LinkedHashMap<>();
        for (String lang : List.of("en", "ja")) {
            ValidateCommandTests.codesWithFixtures().forEach(code -> logs.put(code + "-" + lang,
                    sarif("--lang", lang, ValidateCommandTests.fixture(code))));
            logs.put("E-READ-" + lang, sarif("--lang", lang, "src/test/resources/sheets"));
            logs.put("cut-" + lang, sarif("--lang", lang, "--max-findings", "3",
                    ValidateCommandTests.fixture("E-ENUM"), ValidateCommandTests.fixture("W-LABEL"),
                    ValidateCommandTests.fixture("W-CHEAP"), ValidateCommandTests.fixture("E-RANGE")));
        }
        String[] all = Stream.concat(Stream.of("--max-findings", "0"),
                ValidateCommandTests.codesWithFixtures().map(ValidateCommandTests::fixture)).toArray(String[]::new);
        logs.put("every-fixture", sarif(all));
        logs.put("strict", sarif("--strict", ValidateCommandTests.fixture("W-LABEL"), ValidateCommandTests.CLEAN));
        logs.put("clean", sarif(ValidateCommandTests.CLEAN));
        logs.put("absolute-path", sarif(Path.of(ValidateCommandTests.fixture("W-LABEL")).toAbsolutePath().toString()));
        for (String sheet : List.of("hostile", "hostile-errors", "hostile-markdown", "hyphen-ids", "worked-example")) {
            logs.put(sheet, sarif("src/test/resources/sheets/" + sheet + ".json"));
        }
        Result stdin = Run.exoplan(Map.of(), Files.readString(Path.of(ValidateCommandTests.fixture("W-LABEL"))),
                Locale.US, "validate", "--format", "sarif", "-");
        assertEquals("", stdin.err());
        logs.put("stdin", stdin.out());
        return logs;
    }

    private static String sarif(String... args) {
        String[] all = Stream.concat(Stream.of("validate", "--format", "sarif"), Stream.of(args)).toArray(String[]::new);
        Result result = Run.exoplan(all);
        assertEquals("", result.err(), String.join(" ", all));
        return result.out();
    }

    static Stream<Arguments> everyLog() throws IOException {
        return logs().entrySet().stream().map(log -> Arguments.of(log.getKey(), log.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyLog")
    void log_matchesOasisSarif210Schema(String name, String sarif) throws IOException {
        JsonNode log = SarifSchema.valid(sarif);

        assertEquals("2.1.0", log.get("version").asText(), name);
    }

    @Test
    void everyLog_passesTheSarifMultitoolsGitHubRules_withNoErrorAndNoWarning(@TempDir Path dir)
            throws IOException, InterruptedException {
        Installed.require(Files.isExecutable(MULTITOOL), MULTITOOL + " is missing: the SARIF Multitool's GitHub "
                + "rules are not run (.ci/run installs @microsoft/sarif-multitool with npm)");
        Map<String, String> logs = logs();
        Path in = Files.createDirectory(dir.resolve("logs"));
        for (var log : logs.entrySet()) {
            Files.writeString(in.resolve(log.getKey() + ".sarif"), log.getValue(), StandardCharsets.UTF_8);
        }
        Path report = dir.resolve("multitool.sarif");

        // a .NET program: without ICU on the machine it runs only in invariant mode, which it needs nothing else for
        Installed.Ran multitool = Installed.run(dir, List.of(MULTITOOL.toAbsolutePath().toString(), "validate",
                in.toString(), "--rule-kind", "Gh", "--output", report.toString(), "--log", "ForceOverwrite"),
                Map.of("DOTNET_SYSTEM_GLOBALIZATION_INVARIANT", "1"));

        assertEquals(0, multitool.code(), multitool.output());
        assertTrue(multitool.output().contains("Done. " + logs.size() + " files scanned."), multitool.output());
        JsonNode run = JSON.readTree(report.toFile()).at("/runs/0");
        assertTrue(run.at("/invocations/0/executionSuccessful").asBoolean(), run.get("invocations")::toString);
        List<String> problems = new ArrayList<>();
        for (JsonNode result : run.get("results")) {
            // a result without a level is a warning (SARIF 3.27.10)
            String level = result.path("level").asText("warning");
            if (level.equals("error") || level.equals("warning")) {
                problems.add(level + " " + result.path("ruleId").asText() + " "
                        + result.at("/locations/0/physicalLocation/artifactLocation/uri").asText() + ": "
                        + result.at("/message/text").asText() + " " + result.at("/message/arguments"));
            }
        }
        assertEquals(List.of(), problems, multitool.output());
    }
}
