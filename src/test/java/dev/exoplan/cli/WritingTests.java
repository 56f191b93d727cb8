package dev.exoplan.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalNotFoundException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What exoplan writes, tried as a careless script and an attacker would: each case runs the real
 * command in a child JVM under bash, so that the shell sets up the descriptors, the umask, the file
 * size limit and the signals exactly as a user's shell does.
 */
class WritingTests {

    private static final String FULL = "No space left on device";

    @TempDir
    Path dir;

    /**
     * Runs {@code script} in bash in the test's folder, with {@code exoplan} a function that runs exoplan's
     * Main in a child JVM; stdout and stderr are the script's own (files, read back).
     */
    private Bash.Outcome sh(String script) throws IOException, InterruptedException {
        return sh(script, Map.of());
    }

    private Bash.Outcome sh(String script, Map<String, String> more) throws IOException, InterruptedException {
        return Bash.run(dir, script, more);
    }

    /** The files in the test's folder (or {@code folder}), the script's own two left out. */
    private static List<String> listing(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> !n.equals(Bash.OUT) && !n.equals(Bash.ERR))
                    .sorted().toList();
        }
    }

    private static String stdoutFailure(String command, String reason) {
        return "exoplan" + command + ": standard output cannot be written (" + reason + "); the output is incomplete"
                + " — make room there or send it elsewhere\n";
    }

    /** 1 header and {@code rows} request rows that all quote. */
    private Path requests(int rows) throws IOException {
        Path file = dir.resolve("requests.csv");
        try (Writer out = Files.newBufferedWriter(file, UTF_8)) {
            out.write("goal,method,clinic\n");
            for (int i = 0; i < rows; i++) {
                out.write("skin,iv,sample-a\n");
            }
        }
        return file;
    }

    @Nested
    class StandardOutput {

        @ParameterizedTest
        @ValueSource(strings = {"plan --goal skin --method iv --clinic sample-a", "plan --goal skin --method iv "
            + "--clinic sample-a --format json", "list", "goals", "compare --goal skin", "compare --goal skin "
            + "--format csv", "quote", "quote --format markdown", "schema", "completion bash", "--help",
            "plan --help", "--version"})
        void everyCommand_ontoAFullDevice_failsWithOneLineAndStatus1(String command) throws Exception {
            Bash.Outcome o = sh("exoplan " + command + " > /dev/full");
            String name = command.startsWith("-") ? "" : " " + command.split(" ")[0];
            assertEquals(stdoutFailure(name, FULL), o.err());
            assertEquals(ExitCodes.BAD_INPUT, o.code());
        }

        @Test
        void validate_ontoAFullDevice_failsWithOneLineAndStatus1() throws Exception {
            Bash.Outcome o = sh("exoplan validate \"$SHEET\" > /dev/full", Map.of("SHEET",
                    Path.of("pricing.json").toAbsolutePath().toString()));
            assertEquals(stdoutFailure(" validate", FULL), o.err());
            assertEquals(ExitCodes.BAD_INPUT, o.code());
        }

        @Test
        void aBigQuote_pastTheFileSizeLimit_failsWithOneLineAndStatus1() throws Exception {
            // ulimit -f counts 1024-byte blocks: the table's first kilobyte is written, the rest refused (EFBIG).
            Bash.Outcome o = sh("ulimit -f 1; exoplan quote --format json > out.json");
            assertEquals(stdoutFailure(" quote", "File too large"), o.err());
            assertEquals(ExitCodes.BAD_INPUT, o.code());
            assertEquals(1024, Files.size(dir.resolve("out.json")));
        }

        @Test
        void aReaderThatGoesAway_endsTheOutputQuietlyWithStatus0() throws Exception {
            // 200,000 rows are megabytes, far more than a pipe holds: quote must meet the closed pipe.
            requests(200_000);
            Bash.Outcome o = sh("exoplan quote --requests requests.csv | head -2; exit ${PIPESTATUS[0]}");
            assertEquals("", o.err(), "no message for a reader that has gone");
            assertEquals(ExitCodes.OK, o.code());
            assertEquals(2, o.out().lines().count());
        }
    }

    @Nested
    class OutputFiles {

        @Test
        void aSymbolicLink_writesItsTargetInItsOwnFolderAndStaysALink() throws Exception {
            Path elsewhere = Files.createDirectory(dir.resolve("elsewhere"));
            Files.writeString(elsewhere.resolve("quotes.csv"), "an earlier file\n");
            Files.createSymbolicLink(dir.resolve("link.csv"), Path.of("elsewhere/quotes.csv"));
            Bash.Outcome o = sh("exoplan quote --output link.csv");
            assertEquals(0, o.code(), o.err());
            assertTrue(Files.isSymbolicLink(dir.resolve("link.csv")));
            assertTrue(Files.readString(elsewhere.resolve("quotes.csv")).startsWith("clinic,clinic_name,"));
            assertEquals(List.of("quotes.csv"), listing(elsewhere), "no temporary file left beside the target");
            assertEquals(List.of("elsewhere", "link.csv"), listing(dir));
        }

        @Test
        void aDanglingSymbolicLink_createsTheFileItPointsTo() throws Exception {
            Files.createSymbolicLink(dir.resolve("plan.ics"), Path.of("calendar.ics"));
            Bash.Outcome o = sh("exoplan plan --goal skin --method iv --clinic sample-a --ics plan.ics > /dev/null");
            assertEquals(0, o.code(), o.err());
            assertTrue(Files.isSymbolicLink(dir.resolve("plan.ics")));
            assertTrue(Files.readString(dir.resolve("calendar.ics")).startsWith("BEGIN:VCALENDAR"));
        }

        @Test
        void aFifo_isWrittenAsAStreamAndStaysAFifo() throws Exception {
            Bash.Outcome o = sh("mkfifo quotes.fifo; cat quotes.fifo > got.csv & exoplan quote --output quotes.fifo;"
                    + " code=$?; wait; exit $code");
            assertEquals(0, o.code(), o.err());
            // The built-in sheet quotes 36 goal × method × clinic rows, under one header.
            assertEquals(37, Files.readAllLines(dir.resolve("got.csv")).size());
            assertTrue(Files.readAttributes(dir.resolve("quotes.fifo"), "unix:mode").get("mode") instanceof Integer m
                    && (m & 0170000) == 0010000, "still a FIFO");
            assertEquals(List.of("got.csv", "quotes.fifo"), listing(dir));
        }

        @Test
        void devStdout_isWrittenDirectly() throws Exception {
            Bash.Outcome o = sh("exoplan quote --output /dev/stdout | wc -l");
            assertEquals(0, o.code(), o.err());
            assertEquals("37", o.out().strip());
        }

        @Test
        void devStdoutRedirectedToAFile_appendsToWhatTheShellOpened() throws Exception {
            Files.writeString(dir.resolve("log"), "before\n");
            Bash.Outcome o = sh("exoplan quote --output /dev/stdout >> log");
            assertEquals(0, o.code(), o.err());
            List<String> lines = Files.readAllLines(dir.resolve("log"));
            assertEquals("before", lines.get(0), "what was there before stays");
            assertEquals(1 + 37, lines.size());
        }

        @Test
        void aDash_isStandardOutput() throws Exception {
            Bash.Outcome dash = sh("exoplan quote --output -");
            assertEquals(0, dash.code(), dash.err());
            assertEquals(sh("exoplan quote").out(), dash.out());
            assertEquals(List.of(), listing(dir), "no file named -");
        }

        @Test
        void icsDash_writesTheCalendarAloneToStandardOutput() throws Exception {
            Bash.Outcome o = sh("exoplan plan --goal skin --method iv --clinic sample-a --ics -");
            assertEquals(0, o.code(), o.err());
            assertTrue(o.out().startsWith("BEGIN:VCALENDAR\r\n"), o.out());
            assertTrue(o.out().endsWith("END:VCALENDAR\r\n"), "the plan's text does not follow the calendar");
        }

        @Test
        void aFullDevice_asOutputOrIcs_failsWithTheSystemsReason() throws Exception {
            Bash.Outcome quote = sh("exoplan quote --output /dev/full");
            assertEquals("exoplan quote: --output /dev/full: cannot be written (" + FULL + "); what reached it is"
                    + " incomplete\n", quote.err());
            assertEquals(ExitCodes.BAD_INPUT, quote.code());
            Bash.Outcome plan = sh("exoplan plan --goal skin --method iv --clinic sample-a --ics /dev/full");
            assertEquals("exoplan plan: --ics /dev/full: cannot be written (" + FULL + "); what reached it is"
                    + " incomplete\n", plan.err());
            assertEquals(ExitCodes.BAD_INPUT, plan.code());
            assertEquals("", plan.out(), "no plan is printed when its calendar failed");
        }

        @Test
        void aNameOfTheFileSystemsFull255Bytes_isWritten() throws Exception {
            // 83 three-byte characters and 6 ASCII ones: 83 × 3 + 6 = 255 bytes in UTF-8, the most a Linux
            // file name may hold; a temporary name made by adding to it would not fit.
            String name = "予".repeat(83) + "ab.csv";
            assertEquals(255, (name.getBytes(UTF_8).length));
            Bash.Outcome o = sh("exoplan quote --output \"$NAME\"", Map.of("NAME", name, "LC_ALL", "C.UTF-8"));
            assertEquals(0, o.code(), o.err());
            assertEquals(List.of(name), listing(dir));
        }

        @Test
        void anOutputThatIsTheCommandsOwnInput_isRefusedAndTheInputKept() throws Exception {
            Files.writeString(dir.resolve("requests.csv"), "goal,method,clinic\nskin,iv,sample-a\n");
            Files.copy(Path.of("pricing.json").toAbsolutePath(), dir.resolve("sheet.json"));
            Files.createSymbolicLink(dir.resolve("calendar.ics"), Path.of("sheet.json"));
            Bash.Outcome quote = sh("exoplan quote --requests requests.csv --output requests.csv");
            assertEquals("exoplan quote: --output requests.csv: is the file --requests reads; the output would"
                    + " replace it — give another name\n", quote.err());
            assertEquals(ExitCodes.USAGE, quote.code());
            assertEquals("goal,method,clinic\nskin,iv,sample-a\n", Files.readString(dir.resolve("requests.csv")));
            // Through a link too: the sheet is what the calendar's name points to.
            Bash.Outcome plan = sh("exoplan plan --pricing sheet.json --goal skin --method iv --clinic sample-a"
                    + " --ics calendar.ics");
            assertEquals("exoplan plan: --ics calendar.ics: is the file --pricing reads; the output would"
                    + " replace it — give another name\n", plan.err());
            assertEquals(ExitCodes.USAGE, plan.code());
            assertEquals(Files.readString(Path.of("pricing.json")), Files.readString(dir.resolve("sheet.json")));
        }

        @Test
        void aFailedRun_leavesTheEarlierFileAndNoTemporary() throws Exception {
            Files.writeString(dir.resolve("quotes.csv"), "an earlier file\n");
            Files.writeString(dir.resolve("requests.csv"), "goal,method,clinic\nskin,iv,nowhere\n");
            Bash.Outcome o = sh("exoplan quote --requests requests.csv --fail-fast --output quotes.csv");
            assertEquals(ExitCodes.BAD_INPUT, o.code(), o.err());
            assertEquals("an earlier file\n", Files.readString(dir.resolve("quotes.csv")));
            assertEquals(List.of("quotes.csv", "requests.csv"), listing(dir));
        }
    }

    @Nested
    class Modes {

        @Test
        void aNewFile_getsTheUmasksMode() throws Exception {
            Bash.Outcome o = sh("umask 022; exoplan quote --output open.csv; umask 077; exoplan quote --output private.csv");
            assertEquals(0, o.code(), o.err());
            // 0666 less the umask: 0644 under 022, 0600 under 077.
            assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(
                    dir.resolve("open.csv"))));
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(
                    dir.resolve("private.csv"))));
        }

        @Test
        void aReplacedFile_keepsItsMode() throws Exception {
            Path file = dir.resolve("quotes.csv");
            Files.writeString(file, "an earlier file\n");
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
            Bash.Outcome o = sh("umask 077; exoplan quote --output quotes.csv");
            assertEquals(0, o.code(), o.err());
            assertTrue(Files.readString(file).startsWith("clinic,"));
            assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        }

        @Test
        void aReplacedFileOfAnotherOwner_keepsItsOwnerWhereTheUserMayGiveIt() throws Exception {
            assumeTrue("root".equals(System.getProperty("user.name")),
                    "only root may give a file to another user; run the tests as root to see this case");
            Path file = dir.resolve("quotes.csv");
            Files.writeString(file, "an earlier file\n");
            UserPrincipal nobody;
            try {
                nobody = file.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
            } catch (UserPrincipalNotFoundException e) {
                assumeTrue(false, "this system has no user 'nobody' to give the file to");
                return;
            }
            Files.setOwner(file, nobody);
            Bash.Outcome o = sh("exoplan quote --output quotes.csv");
            assertEquals(0, o.code(), o.err());
            assertTrue(Files.readString(file).startsWith("clinic,"));
            assertEquals(nobody, Files.getOwner(file, LinkOption.NOFOLLOW_LINKS));
        }
    }

    /**
     * A run stopped half way by a signal: the quote waits on a request file that is a FIFO kept open, so
     * the signal always arrives while the temporary file is being written.
     */
    @Nested
    class Interrupts {

        @ParameterizedTest
        @ValueSource(strings = {"INT", "TERM", "HUP"})
        void aSignalHalfWay_leavesTheEarlierFileAndNoTemporary(String signal) throws Exception {
            assumeTrue(sh("command -v python3").code() == 0, "python3 is needed to give the child JVM a "
                    + "default SIGINT: bash starts background jobs with SIGINT ignored");
            Files.writeString(dir.resolve("quotes.csv"), "an earlier file\n");
            // python3 restores SIGINT's default before it becomes the JVM, which then handles it.
            Bash.Outcome o = sh("""
                    mkfifo requests.fifo
                    { printf 'goal,method,clinic\\nskin,iv,sample-a\\n'; sleep 60; } > requests.fifo & feeder=$!
                    python3 -c 'import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_DFL); \
                    os.execvp(sys.argv[1], sys.argv[1:])' "$JAVA" -cp "$CP" dev.exoplan.Main quote \
                    --requests - --output quotes.csv < requests.fifo & child=$!
                    for i in $(seq 300); do ls -a | grep -q '^\\.exoplan-' && break; sleep 0.1; done
                    ls -a | grep -c '^\\.exoplan-'
                    sleep 0.5
                    kill -%s $child; wait $child; code=$?
                    kill $feeder 2>/dev/null
                    exit $code
                    """.formatted(signal));
            assertEquals("1", o.out().strip(), "the temporary file was there while the quote ran");
            int number = switch (signal) {
                case "INT" -> 2;
                case "TERM" -> 15;
                default -> 1;
            };
            assertEquals(128 + number, o.code(), o.err());
            assertEquals("an earlier file\n", Files.readString(dir.resolve("quotes.csv")));
            assertEquals(List.of("quotes.csv", "requests.fifo"), listing(dir));
        }
    }

    /** A real full disk: a small tmpfs, where the test may mount one (root, and a kernel that lets it). */
    @Nested
    class FullDisk {

        private Path mount() throws Exception {
            Path small = Files.createDirectory(dir.resolve("small"));
            Bash.Outcome o = sh("mount -t tmpfs -o size=64k tmpfs small");
            assumeTrue(o.code() == 0, "cannot mount a small tmpfs here (needs root and mount rights): " + o.err());
            return small;
        }

        private void unmount() throws Exception {
            sh("umount small");
        }

        @Test
        void outputOntoAFullDisk_isExit1AndLeavesTheEarlierFile() throws Exception {
            Path small = mount();
            try {
                // 3,000 rows of about 120 bytes: some 360 KB, where 64 KB fit.
                requests(3_000);
                Files.writeString(small.resolve("quotes.csv"), "an earlier file\n");
                Bash.Outcome o = sh("exoplan quote --requests requests.csv --output small/quotes.csv");
                assertEquals("exoplan quote: --output small/quotes.csv: cannot be written (" + FULL + "); nothing"
                        + " was written\n", o.err());
                assertEquals(ExitCodes.BAD_INPUT, o.code());
                assertEquals("an earlier file\n", Files.readString(small.resolve("quotes.csv")));
                assertEquals(List.of("quotes.csv"), listing(small));
            } finally {
                unmount();
            }
        }

        @Test
        void standardOutputOntoAFullDisk_isExit1WithOneLine() throws Exception {
            mount();
            try {
                requests(3_000);
                Bash.Outcome o = sh("exoplan quote --requests requests.csv > small/quotes.csv");
                assertEquals(stdoutFailure(" quote", FULL), o.err());
                assertEquals(ExitCodes.BAD_INPUT, o.code());
            } finally {
                unmount();
            }
        }
    }
}
