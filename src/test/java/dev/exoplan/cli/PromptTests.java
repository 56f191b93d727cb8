package dev.exoplan.cli;

import static dev.exoplan.cli.Run.exoplan;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.exoplan.cli.Run.Result;
import dev.exoplan.io.text.DisplayWidth;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** plan on a terminal without --goal or --method asks, with numbered choices; elsewhere it does not. */
class PromptTests {

    private static Result onATerminal(String answers, String... args) {
        return exoplan(Map.of(), answers, Locale.US, true, args);
    }

    /** Every line of {@code text} fits 80 columns, as a terminal counts them (wide characters are 2). */
    private static void assertFits80Columns(String text) {
        for (String line : text.split("\n", -1)) {
            assertTrue(DisplayWidth.of(line) <= 80, () -> DisplayWidth.of(line) + " columns: " + line);
        }
    }

    @Test
    void missingGoalMethodAndClinic_areAskedForByNumberOrId() {
        // goal by id, method by number (skin: 1 iv), clinic by number (iv: 1 sample-a, 2 sample-b)
        Result r = onATerminal("skin\n1\n2\n", "plan", "--start", "2027-01-04", "--format", "json");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\"clinic\": \"sample-b\""), r.out());
        assertTrue(r.out().contains("\"method\": \"iv\""), r.out());
        assertTrue(r.err().startsWith("Which goal?\n   1) Skin rejuvenation / anti-ageing (skin)\n"), r.err());
        assertTrue(r.err().contains("Which method?\n   1) IV drip (iv)\n   2) Local injection (injection)\n"
                + "   3) Injection combined with another procedure (combined)\n"), r.err());
        assertTrue(r.err().contains("Which clinic?\n   1) Sample Clinic A (fictional) (sample-a)"), r.err());
    }

    @Test
    void aWrongAnswer_isAskedAgain() {
        Result r = onATerminal("12\nhair\n9\n1\n1\n", "plan", "--start", "2027-01-04", "--format", "json");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("'12' is not one of the choices; type its number or its id"), r.err());
        assertTrue(r.out().contains("\"goal\": \"hair\""), r.out());
    }

    @Nested
    class DidYouMean {

        @Test
        void aMistypedId_getsTheClosestId_asOnTheCommandLine() {
            Result r = onATerminal("skn\nskin\n1\n1\n", "plan", "--start", "2027-01-04", "--format", "json");
            Result command = exoplan("plan", "--goal", "skn", "--method", "iv", "--clinic", "sample-a");

            assertEquals(0, r.code(), r.err());
            assertTrue(r.err().contains("--goal [1-11]: "
                    + "  'skn' is not one of the choices; did you mean 'skin'? type its number or id\n"
                    + "--goal [1-11]: Which method?\n"), r.err());
            // the command line's suggestion for the same word
            assertTrue(command.err().contains("did you mean 'skin'?"), command.err());
        }

        @Test
        void inJapanese() {
            Result r = onATerminal("skn\n1\n1\n1\n", "plan", "--lang", "ja", "--start", "2027-01-04");

            assertEquals(0, r.code(), r.err());
            assertTrue(r.err().contains(
                    "  'skn' は選択肢にありません。もしかして 'skin' ですか？（番号か ID で）\n"), r.err());
        }

        @Test
        void anAnswerCloseToNoId_getsNoSuggestion() {
            Result r = onATerminal("zzzz\n", "plan", "--start", "2027-01-04");

            assertTrue(r.err().contains("  'zzzz' is not one of the choices; type its number or its id\n"), r.err());
            assertFalse(r.err().contains("did you mean"), r.err());
        }
    }

    @Nested
    class ClinicPrices {

        @Test
        void eachClinic_showsItsTypicalPriceOfOneSessionOfTheChosenMethod() {
            // The built-in sheet's iv: sample-a 30,000–150,000 typical 80,000; sample-b typical 77,000;
            // sample-c typical 88,000 (its 5-session course is not a price of one session).
            Result r = onATerminal("1\n", "plan", "--goal", "skin", "--method", "iv", "--start", "2027-01-04");

            assertEquals(0, r.code(), r.err());
            assertTrue(r.err().startsWith("""
                    Which clinic?
                       1) Sample Clinic A (fictional) (sample-a)  typical ¥80,000 a session
                       2) Sample Clinic B (fictional) (sample-b)  typical ¥77,000 a session
                       3) Sample Clinic C (fictional) (sample-c)  typical ¥88,000 a session
                    --clinic [1-3]: \
                    """), r.err());
            assertFits80Columns(r.err());
        }

        @Test
        void inJapanese() {
            // injection: sample-a typical 100,000, sample-b typical 90,000 (sample-c does not price it)
            Result r = onATerminal("2\n", "plan", "--lang", "ja", "--goal", "skin", "--method", "injection",
                    "--start", "2027-01-04");

            assertEquals(0, r.code(), r.err());
            assertTrue(r.err().startsWith("""
                    クリニックを選んでください：
                       1) サンプルクリニックA（架空） (sample-a)  1回 標準 100,000円
                       2) サンプルクリニックB（架空） (sample-b)  1回 標準 90,000円
                    --clinic [1-2]: \
                    """), r.err());
            assertFits80Columns(r.err());
        }

        @Test
        void aMethodPricedByVariant_showsTheTypicalVariant_orTheOneVariantNames() {
            // examples/course-clinic.json, iv: course-clinic 150,000 flat; dose-clinic by dose, 1 cc 44,000,
            // 2 cc 77,000, 3 cc 110,000: typical is the middle one, 2 cc; --variant 3cc picks 110,000 there
            // (course-clinic has no variants: its one price).
            String sheet = "examples/course-clinic.json";
            Result typical = onATerminal("2\n", "plan", "--pricing", sheet, "--goal", "skin", "--method", "iv",
                    "--start", "2027-01-04");
            Result chosen = onATerminal("2\n", "plan", "--pricing", sheet, "--goal", "skin", "--method", "iv",
                    "--variant", "3cc", "--start", "2027-01-04");

            // Beside the labels it would take 6 + 52 + 2 + 27 = 87 columns: each price goes on the line below.
            assertTrue(typical.err().contains("""
                       1) Course Example Clinic (fictional) (course-clinic)
                          typical ¥150,000 a session
                       2) Dose Example Clinic (fictional) (dose-clinic)
                          typical ¥77,000 a session
                    """), typical.err());
            assertTrue(chosen.err().contains("""
                       2) Dose Example Clinic (fictional) (dose-clinic)
                          typical ¥110,000 a session
                    """), chosen.err());
            assertFits80Columns(typical.err());
        }
    }

    @Test
    void moreThan50ClinicsPricingTheMethod_areNotListed_theUsageErrorNamesThem(@TempDir Path dir) throws Exception {
        // the built-in sheet with sample-a copied as c01 … c51: 51 clinics price iv, one more than a list
        ObjectNode sheet = (ObjectNode) new ObjectMapper().readTree(Files.readString(Path.of("pricing.json")));
        ArrayNode clinics = sheet.putArray("clinics");
        JsonNode a = new ObjectMapper().readTree(Files.readString(Path.of("pricing.json"))).get("clinics").get(0);
        for (int i = 1; i <= 51; i++) {
            clinics.add(((ObjectNode) a.deepCopy()).put("id", String.format(Locale.ROOT, "c%02d", i)));
        }
        Path file = dir.resolve("chain.json");
        Files.writeString(file, sheet.toString());

        Result r = onATerminal("1\n", "plan", "--pricing", file.toString(), "--goal", "skin", "--method", "iv");

        assertEquals(ExitCodes.USAGE, r.code(), r.err());
        assertFalse(r.err().contains("Which clinic?"), r.err());
        assertTrue(r.err().startsWith("exoplan plan: --clinic: the sheet has 51 clinics, so a clinic must be chosen"),
                r.err());
    }

    @Nested
    class EndOfInput {

        @Test
        void noAnswer_isAUsageError_onALineOfItsOwn() {
            Result r = onATerminal("", "plan", "--method", "iv");
            assertEquals(ExitCodes.USAGE, r.code());
            assertTrue(r.err().endsWith(
                    "--goal [1-11]: \nexoplan plan: --goal is required and no choice was made; give --goal\n"),
                    r.err());
            assertEquals("", r.out());
        }

        @Test
        void afterAnAnswer_theRefusalOfTheNextQuestionStartsALine() {
            Result r = onATerminal("skin\n", "plan", "--lang", "ja", "--start", "2027-01-04");
            assertEquals(ExitCodes.USAGE, r.code());
            assertTrue(r.err().endsWith("--method [1-3]: \n"
                    + "exoplan plan: --method が選ばれていません。--method を指定してください\n"), r.err());
            assertEquals("", r.out());
        }
    }

    @Test
    void withoutATerminal_nothingIsAsked() {
        Result r = exoplan(Map.of(), "skin\n", Locale.US, "plan", "--method", "iv");
        assertEquals(ExitCodes.USAGE, r.code());
        assertTrue(r.err().startsWith("exoplan plan: --goal is required;"), r.err());
    }

    /**
     * The prompt as a person meets it: exoplan in a child JVM whose standard input, output and error are a
     * pseudo-terminal (python3's pty module), answers typed into it, Ctrl-D and Ctrl-C as the terminal sends
     * them. The transcript holds the terminal's echo of what is typed ("^C" for Ctrl-C).
     */
    @Nested
    class InAPseudoTerminal {

        /** Types each answer after the next "[1-N]: " appears; then reads to the end and prints the exit code. */
        private static final String DRIVER = """
                import os, pty, sys
                i = sys.argv.index('--')
                answers, command = sys.argv[1:i], sys.argv[i + 1:]
                pid, fd = pty.fork()
                if pid == 0:
                    os.execvp(command[0], command)
                out = b''
                def read():
                    global out
                    try:
                        data = os.read(fd, 4096)
                    except OSError:
                        return False
                    out += data
                    return len(data) > 0
                for n, answer in enumerate(answers):
                    while out.count(b']: ') <= n and read():
                        pass
                    os.write(fd, answer.encode())
                while read():
                    pass
                _, status = os.waitpid(pid, 0)
                sys.stdout.write(out.decode('utf-8', 'replace').replace('\\r\\n', '\\n'))
                sys.stdout.write('[exit %d]' % os.waitstatus_to_exitcode(status))
                """;

        @TempDir
        Path dir;

        private String transcript(List<String> answers, String... args) throws IOException, InterruptedException {
            assumeTrue(available(), "python3 with its pty module is needed to run exoplan in a pseudo-terminal");
            Path driver = dir.resolve("drive.py");
            Files.writeString(driver, DRIVER, UTF_8);
            List<String> command = new ArrayList<>(List.of("python3", driver.toString()));
            command.addAll(answers);
            command.addAll(List.of("--", Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), "dev.exoplan.Main"));
            command.addAll(List.of(args));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().remove("EXOPLAN_PRICING");
            Process process = builder.start();
            byte[] out = process.getInputStream().readAllBytes();
            // A safety net against a hang only, not a timing assertion.
            assertTrue(process.waitFor(5, TimeUnit.MINUTES), "did not finish");
            return new String(out, UTF_8);
        }

        private static boolean available() throws InterruptedException {
            try {
                Process p = new ProcessBuilder("python3", "-c", "import pty, os; os.waitstatus_to_exitcode")
                        .redirectErrorStream(true).start();
                p.getInputStream().readAllBytes();
                return p.waitFor(1, TimeUnit.MINUTES) && p.exitValue() == 0;
            } catch (IOException e) {
                return false;
            }
        }

        @Test
        void answers_andAMistypedId_planOnTheTerminal() throws Exception {
            String t = transcript(List.of("skn\n", "1\n", "1\n", "3\n"), "plan", "--lang", "en",
                    "--start", "2027-01-04", "--no-caveats");

            assertTrue(t.contains("--goal [1-11]: skn\n"
                    + "  'skn' is not one of the choices; did you mean 'skin'? type its number or id\n"
                    + "--goal [1-11]: 1\nWhich method?\n"), t);
            assertTrue(t.contains("   3) Sample Clinic C (fictional) (sample-c)  typical ¥88,000 a session\n"
                    + "--clinic [1-3]: 3\n"), t);
            assertTrue(t.contains("Sample Clinic C"), t);
            assertTrue(t.endsWith("[exit 0]"), t);
            assertFits80Columns(t);
        }

        @Test
        void ctrlD_endsOnAFreshLine_withExit2() throws Exception {
            String t = transcript(List.of("\u0004"), "plan", "--lang", "en", "--start", "2027-01-04");

            assertTrue(t.endsWith("  11) Allergy (allergy)\n--goal [1-11]: \n"
                    + "exoplan plan: --goal is required and no choice was made; give --goal\n[exit 2]"), t);
        }

        @Test
        void ctrlC_endsOnAFreshLine_withExit130() throws Exception {
            String t = transcript(List.of("1\n", "\u0003"), "plan", "--lang", "ja", "--start", "2027-01-04");

            // the terminal echoes Ctrl-C as ^C after the question; exoplan's line starts a line of its own
            assertTrue(t.endsWith("--method [1-3]: ^C\n"
                    + "exoplan plan: --method が選ばれていません。--method を指定してください\n"
                    + "[exit 130]"), t);
            assertFits80Columns(t);
        }
    }
}
