package dev.exoplan.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.exoplan.cli.Run.Result;
import dev.exoplan.io.file.StandardInput;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Standard input, and every input, as it really comes (issue 23): closed ({@code <&-}), a folder, open
 * for writing only, a pipe, a FIFO, {@code /dev/stdin}, a process substitution, named twice, failing in
 * the middle. Whatever comes, the answer is one {@code E-READ} line naming the input and the system's
 * reason with exit 1, or a usage error (2) — never E-SYNTAX for an I/O error, never exit 70, never
 * "Illegal seek". Where the descriptors matter the command runs in a child JVM under bash.
 */
class StandardInputTests {

    private static final String SHEET = Path.of(PlanCommandTests.WORKED_EXAMPLE).toAbsolutePath().toString();
    private static final String PLAN = "plan --goal skin --method iv --clinic sample --start 2027-01-04";
    private static final String CLOSED_FIX = " cannot be read: standard input is closed (as <&- or a daemon leaves it)"
            + " — give %s a file instead of -, or start exoplan with something on standard input (< file, or a pipe)\n";
    private static final String REQUESTS_CLOSED = "exoplan quote: <stdin>: cannot be read: standard input is closed"
            + " (as <&- or a daemon leaves it) — give --requests a file instead of -, or start exoplan with something"
            + " on standard input (< file, or a pipe)\n";

    @TempDir
    Path dir;

    /** What the last {@link #bash} printed. */
    private Bash.Outcome last;

    /** Runs {@code script} in bash, where {@code exoplan} runs exoplan's Main in a JVM of its own ({@link Bash}). */
    private int bash(String script, Map<String, String> more) throws IOException, InterruptedException {
        Map<String, String> env = new HashMap<>(more);
        env.putIfAbsent("SHEET", SHEET);
        last = Bash.run(dir, script, env);
        return last.code();
    }

    private int bash(String script) throws IOException, InterruptedException {
        return bash(script, Map.of());
    }

    private String out() {
        return last.out();
    }

    private String err() {
        return last.err();
    }

    private void requests() throws IOException {
        Files.writeString(dir.resolve("requests.csv"), "goal,method,clinic,start,months\nskin,iv,sample,2027-01-04,6\n");
    }

    /** Descriptor 0 closed at start: the JVM's own lib/modules takes it, and is never read as input. */
    @Nested
    class Closed {

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            PLAN + " --pricing -          | <stdin>    | --pricing",
            PLAN + " --pricing /dev/stdin | /dev/stdin | --pricing",
            "list --pricing -             | <stdin>    | --pricing",
            "compare --goal skin --method iv --pricing - | <stdin> | --pricing"})
        void aSheetFromClosedStandardInput_isOneReadErrorAndExit1(String command, String name, String option)
                throws IOException, InterruptedException {
            int code = bash("exoplan " + command + " <&-");
            assertEquals(name + ": error E-READ: " + name + CLOSED_FIX.formatted(option), err());
            assertEquals("", out());
            assertEquals(ExitCodes.BAD_INPUT, code);
        }

        @Test
        void theVariableNamingClosedStandardInput_isNamedInTheFix() throws IOException, InterruptedException {
            int code = bash("exoplan " + PLAN + " <&-", Map.of("EXOPLAN_PRICING", "-"));
            assertEquals("<stdin>: error E-READ: <stdin>" + CLOSED_FIX.formatted("EXOPLAN_PRICING"), err());
            assertEquals(ExitCodes.BAD_INPUT, code);
        }

        @Test
        void validateOfClosedStandardInput_reportsOneReadError() throws IOException, InterruptedException {
            int code = bash("exoplan validate - <&-");
            assertEquals("<stdin>: error E-READ: <stdin>" + CLOSED_FIX.formatted("validate")
                    + "1 file: 1 error, 0 warnings\n", out());
            assertEquals("", err());
            assertEquals(ExitCodes.BAD_INPUT, code);
        }

        @Test
        void requestsFromClosedStandardInput_areOneLineBeforeTheSheetIsRead() throws IOException, InterruptedException {
            // Once: "not UTF-8 … Shift_JIS" (lib/modules read as requests), and a SIGSEGV (exit 139).
            int code = bash("exoplan quote --pricing \"$SHEET\" --requests - <&-");
            assertEquals(REQUESTS_CLOSED, err());
            assertEquals("", out());
            assertEquals(ExitCodes.BAD_INPUT, code);
        }

        @Test
        void standardInputRedirectedFromTheJdksOwnModules_isReadAsInputNotCalledClosed()
                throws IOException, InterruptedException {
            // The same file the JVM keeps open, but given by the user: the JVM then holds it twice.
            Path modules = Path.of(System.getProperty("java.home"), "lib", "modules");
            assumeTrue(Files.isRegularFile(modules), "this JDK has no lib/modules");
            int code = bash("exoplan validate - < \"$MODULES\"", Map.of("MODULES", modules.toString(),
                    "EXOPLAN_MAX_SHEET_BYTES", "1000"));
            assertEquals("<stdin>: error E-READ: <stdin> is more than the 1000 bytes a price sheet may have — check that"
                    + " this is a price sheet; to read a bigger one, set EXOPLAN_MAX_SHEET_BYTES\n"
                    + "1 file: 1 error, 0 warnings\n", out());
            assertEquals(ExitCodes.BAD_INPUT, code);
        }
    }

    /** Pipes, FIFOs, /dev/stdin and process substitutions are streams: read forward, never asked to seek. */
    @Nested
    class Streams {

        @ParameterizedTest
        @ValueSource(strings = {
            "exoplan validate <(cat \"$SHEET\")",
            "cat \"$SHEET\" | exoplan validate /dev/stdin",
            "cat \"$SHEET\" | exoplan validate -",
            "mkfifo fifo && { cat \"$SHEET\" > fifo & } && exoplan validate fifo"})
        void validateOfAStream_readsTheSheet(String script) throws IOException, InterruptedException {
            // Was: "E-SYNTAX: cannot be read: Illegal seek" (exit 1) for all but "-".
            int code = bash(script);
            assertEquals("", err());
            assertEquals("1 file: 0 errors, 0 warnings\n", out());
            assertEquals(ExitCodes.OK, code);
        }

        @ParameterizedTest
        @ValueSource(strings = {
            "exoplan " + PLAN + " --format json --pricing <(cat \"$SHEET\")",
            "cat \"$SHEET\" | exoplan " + PLAN + " --format json --pricing /dev/stdin",
            "mkfifo fifo && { cat \"$SHEET\" > fifo & } && exoplan " + PLAN + " --format json --pricing fifo"})
        void aPlanOfAStreamedSheet_isThePlanOfTheFile(String script) throws IOException, InterruptedException {
            assertEquals(ExitCodes.OK, bash("exoplan " + PLAN + " --format json --pricing \"$SHEET\""), err());
            String fromFile = out();
            int code = bash(script);
            assertEquals("", err());
            assertEquals(fromFile, out());
            assertEquals(ExitCodes.OK, code);
        }

        @ParameterizedTest
        @ValueSource(strings = {
            "exoplan quote --pricing \"$SHEET\" --requests <(cat requests.csv)",
            "cat requests.csv | exoplan quote --pricing \"$SHEET\" --requests /dev/stdin",
            "mkfifo fifo && { cat requests.csv > fifo & } && exoplan quote --pricing \"$SHEET\" --requests fifo"})
        void requestsFromAStream_areQuotedAsFromTheFile(String script) throws IOException, InterruptedException {
            requests();
            assertEquals(ExitCodes.OK, bash("exoplan quote --pricing \"$SHEET\" --requests requests.csv"), err());
            String fromFile = out();
            int code = bash(script);
            assertEquals("", err());
            assertEquals(fromFile, out());
            assertEquals(ExitCodes.OK, code);
        }
    }

    /** A FIFO validated for a terminal: read once, its findings without excerpts (opened again, it would wait). */
    @Nested
    class Excerpts {

        @Test
        void aFifoValidatedForATerminal_isReadOnceWithoutExcerpts() throws Exception {
            Path sheet = Path.of("src/test/resources/sheets/findings/W-UNKNOWN-FIELD.json").toAbsolutePath();
            Path fifo = dir.resolve("fifo");
            Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
            assumeTrue(mkfifo.waitFor(1, TimeUnit.MINUTES) && mkfifo.exitValue() == 0, "mkfifo is not available");
            Thread writer = new Thread(() -> {
                try {
                    Files.write(fifo, Files.readAllBytes(sheet)); // waits for the reader, writes once
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            writer.start();
            Result fromFifo = Run.exoplan(Map.of(), new byte[0], Locale.US, true, "validate", fifo.toString());
            writer.join();
            Result plain = Run.exoplan(Map.of(), new byte[0], Locale.US, false, "validate", sheet.toString());
            assertEquals(plain.out().replace(sheet.toString(), fifo.toString()), fromFifo.out());
            assertEquals(ExitCodes.OK, fromFifo.code(), fromFifo.err());
            Result excerpts = Run.exoplan(Map.of(), new byte[0], Locale.US, true, "validate", sheet.toString());
            assertTrue(excerpts.out().length() > plain.out().length(), "a regular file still has its excerpts");
        }
    }

    /** Standard input that cannot be read: the system's reason, one line, exit 1. */
    @Nested
    class Unreadable {

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "< /          | Is a directory",
            "0>>written   | Bad file descriptor"})
        void aSheetFromStandardInputThatCannotBeRead_isOneReadError(String redirect, String reason)
                throws IOException, InterruptedException {
            int code = bash("exoplan " + PLAN + " --pricing - " + redirect);
            assertEquals("<stdin>: error E-READ: <stdin> cannot be read: " + reason + " — check the input\n", err());
            assertEquals("", out());
            assertEquals(ExitCodes.BAD_INPUT, code);
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "< /          | Is a directory",
            "0>>written   | Bad file descriptor"})
        void validateOfStandardInputThatCannotBeRead_isOneReadError(String redirect, String reason)
                throws IOException, InterruptedException {
            int code = bash("exoplan validate - " + redirect);
            assertEquals("<stdin>: error E-READ: <stdin> cannot be read: " + reason + " — check the input\n"
                    + "1 file: 1 error, 0 warnings\n", out());
            assertEquals(ExitCodes.BAD_INPUT, code);
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "< /          | Is a directory",
            "0>>written   | Bad file descriptor"})
        void requestsFromStandardInputThatCannotBeRead_areExit1NotABug(String redirect, String reason)
                throws IOException, InterruptedException {
            // Was: exit 70, "internal error … a bug in exoplan".
            int code = bash("exoplan quote --pricing \"$SHEET\" --requests - " + redirect);
            assertEquals("exoplan quote: <stdin>:1: cannot be read here (" + reason + ") — check the file given to"
                    + " --requests, or the command that writes it\n"
                    + "exoplan quote: <stdin>:1: stopped, the rest of the request file is not read; no rows written\n",
                    err());
            assertEquals("", out());
            assertEquals(ExitCodes.BAD_INPUT, code);
        }
    }

    /** Standard input can be read once: naming it twice in one command is a usage error. */
    @Nested
    class Twice {

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "-          | -",
            "/dev/stdin | -",
            "-          | /dev/stdin"})
        void quoteWithSheetAndRequestsBothFromStandardInput_isAUsageError(String pricing, String requests) {
            // Was: a header and exit 0, a silent empty success.
            Result r = Run.exoplan(Map.of(), "goal\nskin\n", Locale.US, "quote", "--pricing", pricing, "--requests",
                    requests);
            assertEquals(ExitCodes.USAGE, r.code(), r.err());
            assertEquals("exoplan quote: '-' (standard input) can be given only once: --pricing and --requests both"
                    + " read it — save one of them to a file and give its path\n", r.err());
            assertEquals("", r.out());
        }

        @Test
        void quoteWithTheVariableAndRequestsBothFromStandardInput_isAUsageError() {
            Result r = Run.exoplan(Map.of("EXOPLAN_PRICING", "-"), "goal\nskin\n", Locale.US, "quote", "--requests",
                    "-");
            assertEquals(ExitCodes.USAGE, r.code(), r.err());
            assertEquals("", r.out());
        }

        @Test
        void validateOfDashAndDevStdin_isAUsageError() {
            Result r = Run.exoplan(Map.of(), "{}", Locale.US, "validate", "-", "/dev/stdin");
            assertEquals(ExitCodes.USAGE, r.code(), r.err());
            assertEquals("exoplan validate: '-' (standard input) can be given only once\n", r.err());
            assertEquals("", r.out());
        }
    }

    /** Failures that need no child process: an input that fails midway, a closed input passed in, a file. */
    @Nested
    class InProcess {

        /** Gives {@code good} and then fails, as a disk with a bad sector does (EIO). */
        private static InputStream failingAfter(String good) {
            byte[] bytes = good.getBytes(UTF_8);
            return new InputStream() {
                private int at;

                @Override
                public int read() throws IOException {
                    if (at == bytes.length) {
                        throw new IOException("Input/output error");
                    }
                    return bytes[at++] & 0xFF;
                }
            };
        }

        @Test
        void validateOfASheetThatFailsMidway_isAReadErrorNotASyntaxError() {
            // Was: "E-SYNTAX: cannot be read: …" at 1:1, as if the text were wrong.
            Result r = Run.exoplan(Map.of(), failingAfter("{\"formatVersion\": 1, \"cli"), Locale.US, "validate", "-");
            assertEquals("<stdin>: error E-READ: <stdin> cannot be read: Input/output error — check the input\n"
                    + "1 file: 1 error, 0 warnings\n", r.out());
            assertEquals(ExitCodes.BAD_INPUT, r.code());
        }

        @Test
        void aPlanOfASheetThatFailsMidway_isOneReadError() {
            Result r = Run.exoplan(Map.of(), failingAfter("{\"formatVersion\": 1"), Locale.US,
                    (PLAN + " --pricing -").split(" "));
            assertEquals("<stdin>: error E-READ: <stdin> cannot be read: Input/output error — check the input\n",
                    r.err());
            assertEquals("", r.out());
            assertEquals(ExitCodes.BAD_INPUT, r.code());
        }

        @Test
        void closedStandardInput_isRefusedInJapaneseToo() {
            Result r = Run.exoplan(Map.of(), StandardInput.CLOSED, Locale.JAPAN, (PLAN + " --pricing -").split(" "));
            assertEquals("<stdin>: error E-READ: <stdin> を読み込めません：標準入力が閉じています（<&- やデーモンから起動したときの"
                    + "ように） — --pricing に - ではなくファイルを指定するか、標準入力に何かをつないで（< ファイル、またはパイプ）"
                    + "exoplan を起動してください\n", r.err());
            assertEquals(ExitCodes.BAD_INPUT, r.code());
        }

        /** A real EIO, cheaply: /proc/self/mem read at offset 0, where nothing is mapped. */
        private static final String EIO = "/proc/self/mem";

        @Test
        void validateOfAFileThatFailsWithEio_isAReadErrorNotASyntaxError() {
            assumeTrue(Files.exists(Path.of(EIO)), "no " + EIO + " (not Linux)");
            // Was: "E-SYNTAX: cannot be read: Input/output error" at 1:1.
            Result r = Run.exoplan("validate", EIO);
            assertEquals(EIO + ": error E-READ: " + EIO + " cannot be read: Input/output error — check the file\n"
                    + "1 file: 1 error, 0 warnings\n", r.out());
            assertEquals(ExitCodes.BAD_INPUT, r.code());
        }

        @Test
        void aPlanOfASheetThatFailsWithEio_isOneReadError() {
            assumeTrue(Files.exists(Path.of(EIO)), "no " + EIO + " (not Linux)");
            Result r = Run.exoplan((PLAN + " --pricing " + EIO).split(" "));
            assertEquals(EIO + ": error E-READ: " + EIO + " cannot be read: Input/output error — check the file\n",
                    r.err());
            assertEquals("", r.out());
            assertEquals(ExitCodes.BAD_INPUT, r.code());
        }

        @Test
        void requestsThatFailWithEio_areExit1NotABug() {
            assumeTrue(Files.exists(Path.of(EIO)), "no " + EIO + " (not Linux)");
            Result r = Run.exoplan("quote", "--pricing", SHEET, "--requests", EIO);
            assertEquals("exoplan quote: " + EIO + ":1: cannot be read here (Input/output error) — check the file given"
                    + " to --requests, or the command that writes it\n"
                    + "exoplan quote: " + EIO + ":1: stopped, the rest of the request file is not read; no rows written\n",
                    r.err());
            assertEquals("", r.out());
            assertEquals(ExitCodes.BAD_INPUT, r.code());
        }

        @Test
        void anUnreadableFile_isPermissionDenied() throws IOException {
            assumeFalse("root".equals(System.getProperty("user.name")), "root reads a file of mode 000");
            Path sheet = Files.copy(Path.of(SHEET), dir.resolve("sheet.json"));
            Files.setPosixFilePermissions(sheet, PosixFilePermissions.fromString("---------"));
            Result r = Run.exoplan("validate", sheet.toString());
            assertTrue(r.out().contains("E-READ"), r.out());
            assertEquals(ExitCodes.BAD_INPUT, r.code());
        }

        @Test
        void aFolderGivenAsRequests_isOneLine() {
            Map<String, String> none = new HashMap<>();
            Result r = Run.exoplan(none, "", Locale.US, "quote", "--pricing", SHEET, "--requests", "/");
            assertEquals("exoplan quote: /: is a directory — give the request file itself\n", r.err());
            assertFalse(r.err().contains("internal error"));
            assertEquals(ExitCodes.BAD_INPUT, r.code());
        }
    }
}
