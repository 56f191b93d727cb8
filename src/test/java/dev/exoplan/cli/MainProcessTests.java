package dev.exoplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
        return run(List.of(), locale, args);
    }

    /** With {@code jvm} options for the child JVM, such as a heap size. */
    private Outcome run(List<String> jvm, java.util.Map<String, String> locale, String... args) throws IOException,
            InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java, "-Duser.language=en"));
        command.addAll(jvm);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "dev.exoplan.Main"));
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

    /** Out of memory: one line that names the input and the fix, exit 1, and no stack trace of any thread. */
    private static void assertOneLineAboutMemory(Outcome o, String expectedStart, String expectedEnd) {
        assertEquals(ExitCodes.BAD_INPUT, o.code(), o.err());
        assertEquals(1, o.err().lines().count(), o.err());
        assertTrue(o.err().startsWith(expectedStart), o.err());
        assertTrue(o.err().strip().endsWith(expectedEnd), o.err());
        assertFalse(o.err().contains("at dev.exoplan"), o.err());
        assertFalse(o.err().contains("Exception in thread"), o.err());
        assertFalse(o.err().contains("OutOfMemoryError"), o.err());
    }

    @Test
    void aTextTableLargerThanTheHeap_isOneLineThatSaysToUseAStreamingFormat() throws Exception {
        // The text format holds every row to align the columns: 400,000 rows need far more than 16 MB.
        Path requests = dir.resolve("requests.csv");
        try (java.io.Writer out = Files.newBufferedWriter(requests)) {
            out.write("goal,method,clinic,start,months\n");
            for (int i = 0; i < 400_000; i++) {
                out.write("skin,iv,sample-a,2027-01-04,12\n");
            }
        }
        Outcome o = run(List.of("-Xmx16m"), java.util.Map.of("LC_ALL", "C"), "quote", "--requests",
                requests.toString(), "--format", "text");
        assertOneLineAboutMemory(o, "exoplan quote: out of memory with --requests " + requests + ": the Java heap (",
                "MB) is full — use --format csv or jsonl, which write each row as it goes (markdown and text hold "
                        + "every row to align them), or give Java more memory, such as EXOPLAN_JAVA_OPTS=-Xmx1g "
                        + "bin/exoplan …");
    }

    @Test
    void aSheetLargerThanTheHeap_isOneLineThatNamesTheSheet() throws Exception {
        // 20,000,000 spaces and {}: under the 64 MiB limit, so it is read whole, into a 16 MB heap.
        Path sheet = dir.resolve("big.json");
        try (java.io.OutputStream out = Files.newOutputStream(sheet)) {
            byte[] spaces = new byte[1_000_000];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 20; i++) {
                out.write(spaces);
            }
            out.write("{}".getBytes(StandardCharsets.UTF_8));
        }
        Outcome o = run(List.of("-Xmx16m"), java.util.Map.of("LANG", "ja_JP.UTF-8"), "plan", "--goal", "skin",
                "--method", "iv", "--pricing", sheet.toString());
        assertOneLineAboutMemory(o, "exoplan plan: --pricing " + sheet + " の処理中にメモリが足りなくなりました。",
                "Java にもっとメモリを与えてください（EXOPLAN_JAVA_OPTS=-Xmx1g bin/exoplan … や java -Xmx1g -jar "
                        + "exoplan.jar … のように）");
        assertEquals("", o.out());
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
        for (String format : List.of("text", "json", "html")) {
            Outcome o = run("plan", "--pricing", HostileSheetTests.SHEET, "--goal", "skin", "--method", "iv",
                    "--clinic", "hostile-a", "--start", "2027-01-04", "--lang", "en", "--format", format);
            assertEquals(0, o.code(), o.err());
            assertEquals(null, HostileSheetTests.firstRaw(o.out()), format);
            assertEquals("", o.err());
            assertTrue(o.out().contains("=Notice \uFFFD x"), o.out());
        }
    }
}
