package dev.exoplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code dev.exoplan.Main} in a child JVM, as a user does: what the in-process tests cannot see
 * — library log lines on the real stderr, the real exit status, UTF-8 output under a C locale.
 */
class MainProcessTests {

    @TempDir
    Path dir;

    private record Outcome(int code, String out, String err) {
    }

    private Outcome run(String... args) throws IOException, InterruptedException {
        return run(java.util.Map.of("LC_ALL", "C"), args);
    }

    private Outcome run(java.util.Map<String, String> locale, String... args) throws IOException,
            InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java, "-Duser.language=en", "-cp",
                System.getProperty("java.class.path"), "dev.exoplan.Main"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(dir.resolve("out").toFile())
                .redirectError(dir.resolve("err").toFile());
        builder.environment().remove("LC_ALL");
        builder.environment().remove("LC_MESSAGES");
        builder.environment().remove("LANG");
        builder.environment().putAll(locale);
        builder.environment().remove("EXOPLAN_PRICING");
        Process process = builder.start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "exoplan did not finish");
        return new Outcome(process.exitValue(), Files.readString(dir.resolve("out"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("err"), StandardCharsets.UTF_8));
    }

    @Test
    void aNormalRun_printsThePlanInUtf8AndNothingOnStderr() throws Exception {
        Outcome o = run("plan", "--goal", "skin", "--method", "iv", "--clinic", "sample-a", "--start", "2027-01-04",
                "--lang", "ja");
        assertEquals(0, o.code(), o.err());
        assertEquals("", o.err(), "no library log line may reach stderr");
        assertTrue(o.out().contains("お支払い合計"), o.out());
    }

    @Test
    void aRunWithItsOwnSheetAndLanguage_printsWhatTheInProcessCommandPrints() throws Exception {
        // Main begins start-up work on a second thread (the built-in sheet, the formats of a language);
        // with --pricing and --lang naming others, the output must still be exactly the command's.
        Path sheet = Path.of("src/test/resources/sheets/worked-example.json").toAbsolutePath();
        String[] args = {"plan", "--pricing", sheet.toString(), "--goal", "skin", "--method", "iv", "--start",
            "2027-01-04", "--lang=ja"};
        Outcome o = run(args);
        assertEquals(0, o.code(), o.err());
        assertEquals("", o.err());
        assertEquals(Run.exoplan(args).out(), o.out());
    }

    @Test
    void langJaJP_printsJapaneseEvenWhereTheMachineLacksThatLocale() throws Exception {
        Outcome o = run(java.util.Map.of("LANG", "ja_JP.UTF-8"), "plan", "--goal", "skin", "--method", "iv",
                "--clinic", "sample-a", "--start", "2027-01-04");
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().startsWith("エクソソーム治療"), o.out());
    }

    @Test
    void aUsageError_exitsWithStatus2() throws Exception {
        Outcome o = run("plan", "--goal", "skin", "--method", "iv", "--clinic", "nowhere");
        assertEquals(ExitCodes.USAGE, o.code());
        assertEquals("", o.out());
        assertTrue(o.err().startsWith("exoplan plan: --clinic: unknown clinic 'nowhere'"), o.err());
    }

    @Test
    void aMissingSheet_exitsWithStatus1() throws Exception {
        Outcome o = run("plan", "--pricing", dir.resolve("none.json").toString(), "--goal", "skin", "--method", "iv");
        assertEquals(ExitCodes.BAD_INPUT, o.code());
        assertTrue(o.err().contains("error E-READ"), o.err());
    }

    @Test
    void aHostileSheet_reachesTheRealStdoutNeutralised_aLoneSurrogateAsU_FFFD() throws Exception {
        // The real UTF-8 encoder would write a lone surrogate as '?': exoplan writes U+FFFD before it.
        for (String format : List.of("text", "json")) {
            Outcome o = run("plan", "--pricing", HostileSheetTests.SHEET, "--goal", "skin", "--method", "iv",
                    "--clinic", "hostile-a", "--start", "2027-01-04", "--lang", "en", "--format", format);
            assertEquals(0, o.code(), o.err());
            assertEquals(null, HostileSheetTests.firstRaw(o.out()), format);
            assertEquals("", o.err());
            assertTrue(o.out().contains("=Notice \uFFFD x"), o.out());
        }
    }
}
