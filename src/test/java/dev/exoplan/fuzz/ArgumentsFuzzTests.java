package dev.exoplan.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.exoplan.cli.Run;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Fuzz target: the arguments of {@code plan}, {@code quote} and {@code validate}, through the real
 * command line ({@link Run#exoplan}): options and values drawn from what the commands take — the
 * hostile ones among them ({@code --months 999999999}, {@code --start 0000-01-01}) — mixed with
 * arbitrary strings. Every run ends with exit 0, 1 or 2 and no stack trace. Files the arguments name
 * are the test sheets, a folder and a missing file; whatever would be written goes to a temporary
 * folder, and arbitrary strings are kept from naming paths outside the working folder.
 */
class ArgumentsFuzzTests {

    private static final Path SHEETS = Path.of("src/test/resources/sheets").toAbsolutePath();
    private static final Path OUT = temporaryFolder();

    private static final String[] COMMANDS = {"plan", "quote", "validate"};
    private static final String[] OPTIONS = {"--goal", "--method", "--clinic", "--start", "--months", "--format",
        "--lang", "--pricing", "--budget", "--ascii", "--no-caveats", "--requests", "--bom", "--fail-fast",
        "--strict", "--max-findings", "--check", "--output", "--ics", "--stacktrace", "--help", "--version", "-h",
        "--", "-", "--contract-date"};
    private static final String[] VALUES = {"skin", "hair", "iv", "injection", "combined", "sample-a", "sample-b",
        "2027-01-04", "2027-02-29", "2028-02-29", "0000-01-01", "9999-12-31", "+10000-01-01", "12", "0", "-1", "120",
        "121", "999999999", "2147483648", "1e3", "json", "csv", "jsonl", "markdown", "text", "sarif", "ja", "en",
        "500000", "-5", "0.5", "NaN", "disclosure", "cheap", "bom", "", " ", "\u001b[31m",
        "-299999999-01-01", "0027-01-01", "9999-11-24", "9999-11-25", "2027-1-4"};
    private static final String[] FILES = {SHEETS.resolve("clean.json").toString(),
        SHEETS.resolve("worked-example.json").toString(), SHEETS.resolve("findings/E-SYNTAX.json").toString(),
        SHEETS.resolve("findings/W-BOM.json").toString(), SHEETS.resolve("findings/E-ENCODING.json").toString(),
        SHEETS.toString(), SHEETS.resolve("missing.json").toString(), "-"};

    @FuzzTest(maxDuration = "10s")
    void arguments_anyMix_endWithAUserFacingExitCode(FuzzedDataProvider data) {
        List<String> args = new ArrayList<>();
        args.add(data.pickValue(COMMANDS));
        int count = data.consumeInt(0, 12);
        for (int i = 0; i < count; i++) {
            switch (data.consumeInt(0, 5)) {
                case 0, 1 -> args.add(data.pickValue(OPTIONS));
                case 2, 3 -> args.add(data.pickValue(VALUES));
                case 4 -> args.add(data.pickValue(FILES));
                default -> args.add(contained(data.consumeString(24)));
            }
        }
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--output") || arg.equals("--ics") || arg.startsWith("--output=") || arg.startsWith("--ics=")) {
                args.set(i, arg.startsWith("--ics") ? "--ics=" + OUT.resolve("plan.ics") : "--output=" + OUT.resolve("quote"));
            }
        }
        byte[] stdin = data.consumeRemainingAsBytes();
        Run.Result result = Run.exoplan(Map.of(), stdin, data.consumeBoolean() ? Locale.US : Locale.JAPAN, false,
                args.toArray(String[]::new));
        Outcomes.assertUserFacing(result, Set.of(0, 1, 2), String.join(" ", args));
    }

    /**
     * An arbitrary argument that cannot name a path outside the working folder (or an {@code @file} of
     * arguments elsewhere): the fuzzer is not to read devices or write anywhere.
     */
    private static String contained(String arg) {
        return arg.replace('/', '_').replace('\\', '_');
    }

    private static Path temporaryFolder() {
        try {
            Path folder = Files.createTempDirectory("exoplan-fuzz-arguments");
            folder.toFile().deleteOnExit();
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
