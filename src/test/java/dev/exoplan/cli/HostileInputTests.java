package dev.exoplan.cli;

import static dev.exoplan.cli.Run.exoplan;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.exoplan.cli.Run.Result;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The hostile-input list of issue 6, one case (or more) each, end to end through the real command
 * line: the exit code and the message. Whatever the input, the answer is a line that names the file,
 * the place and the fix, with exit 1 or 2 — never a stack trace, a hang, an internal error (70) or a
 * damaged file. The cases, in the issue's order:
 *
 * <ol>
 * <li>empty file — {@link FileKinds#emptyFile_isASyntaxErrorAtTheStart}</li>
 * <li>a directory as file — {@link FileKinds#directory_isUnreadable}</li>
 * <li>unreadable file — {@link FileKinds#unreadableFile_isPermissionDenied} (skipped as root, who reads anything)</li>
 * <li>200 MB file — {@link Size}</li>
 * <li>100,000 levels of nesting — {@link Json#hundredThousandLevels_areRefusedAtTheLimit}</li>
 * <li>{@code 1e400}, {@code -0}, {@code NaN} — {@link Json}</li>
 * <li>a 50 MB string — {@link Json#fiftyMegabyteString_isRefusedAtTheTextLimit}</li>
 * <li>duplicate keys, byte-order mark, Shift_JIS — {@link Encoding}</li>
 * <li>control characters and ANSI escapes in a clinic name — {@link TerminalSafety}</li>
 * <li>formula-injection cells — {@link TerminalSafety#formulaInAClinicName_isDefusedInCsvAndMarkdown}</li>
 * <li>dates 0000-01-01 and 9999-12-31 in sheets, {@code --start} and request files — {@link Dates}</li>
 * <li>{@code --months 0, -1, 999999999} — {@link Months}</li>
 * <li>an interval of 0, {@code sessions.max} 2,000,000,000 — {@link Schedules}</li>
 * <li>1,000,000 bad request rows in a 32 MB heap — {@link ChildProcess#millionBadRows_runInA32MegabyteHeap}</li>
 * <li>stdout closed early — {@link ChildProcess}; for quote also {@code QuoteCommandTests.ClosedPipe}</li>
 * <li>{@code --output} into a missing or read-only folder — {@link Output}</li>
 * <li>found by fuzzing: a NUL in a file name — {@link FileNames}</li>
 * <li>found by fuzzing: amounts whose course totals overflow a quote — {@link Totals}</li>
 * <li>issue 11: {@code /dev/zero}, {@code /dev/urandom} and pipes that never end — {@link EndlessInputs},
 * {@link ChildProcess#aPipeThatNeverEnds_isRefusedAtTheSizeLimit}</li>
 * </ol>
 */
class HostileInputTests {

    private static final String WORKED_EXAMPLE = PlanCommandTests.WORKED_EXAMPLE;
    private static final String[] PLAN = {"plan", "--goal", "skin", "--method", "iv", "--start", "2027-01-04"};

    @TempDir
    Path dir;

    /** Exit {@code code}, nothing on stdout, and exactly {@code line} on stderr. */
    private static void assertRefused(int code, String line, Result r) {
        assertEquals(code, r.code(), r.err());
        assertEquals("", r.out());
        assertEquals(line, r.err().strip());
        assertNoStackTrace(r);
    }

    private static void assertNoStackTrace(Result r) {
        assertFalse(r.err().contains("\tat "), r.err());
        assertFalse(r.err().contains("internal error"), r.err());
    }

    private Result plan(Path sheet, String... more) {
        String[] args = new String[PLAN.length + 2 + more.length];
        System.arraycopy(PLAN, 0, args, 0, PLAN.length);
        args[PLAN.length] = "--pricing";
        args[PLAN.length + 1] = sheet.toString();
        System.arraycopy(more, 0, args, PLAN.length + 2, more.length);
        return exoplan(args);
    }

    /** The worked example with {@code from} replaced by {@code to} (which must occur). */
    private Path workedExampleWith(String name, String from, String to) throws IOException {
        String text = Files.readString(Path.of(WORKED_EXAMPLE));
        assertTrue(text.contains(from), from);
        return Files.writeString(dir.resolve(name), text.replace(from, to));
    }

    @Nested
    class FileKinds {

        @Test
        void emptyFile_isASyntaxErrorAtTheStart() throws IOException {
            Path sheet = Files.writeString(dir.resolve("empty.json"), "");
            Result r = plan(sheet);
            assertEquals(ExitCodes.BAD_INPUT, r.code());
            assertTrue(r.err().startsWith(sheet + ":1:1: error E-SYNTAX: the file is empty — write a price sheet"),
                    r.err());
            assertEquals(1, r.err().lines().count(), r.err());
        }

        @Test
        void directory_isUnreadable() {
            assertRefused(ExitCodes.BAD_INPUT, dir + ": error E-READ: " + dir + " is a directory — give the path of "
                    + "the price sheet file itself", plan(dir));
        }

        @Test
        void unreadableFile_isPermissionDenied() throws IOException {
            Path sheet = Files.copy(Path.of(WORKED_EXAMPLE), dir.resolve("locked.json"));
            Files.setPosixFilePermissions(sheet, PosixFilePermissions.fromString("---------"));
            assumeFalse(Files.isReadable(sheet), "running as a user who can read anything (root)");
            assertRefused(ExitCodes.BAD_INPUT, sheet + ": error E-READ: " + sheet + " cannot be read: permission "
                    + "denied — make the file readable", plan(sheet));
        }
    }

    /** Found by fuzzing (ArgumentsFuzzTests): a NUL in a file name once ended validate with exit 70. */
    @Nested
    class FileNames {

        private static final String NUL = "sheet\u0000.json";

        @Test
        void aNulInASheetName_isUnreadable() {
            assertRefused(ExitCodes.BAD_INPUT, "sheet\uFFFD.json: error E-READ: sheet\uFFFD.json is not a file name this "
                    + "system allows (Nul character not allowed) — check the name",
                    exoplan("plan", "--pricing", NUL, "--goal", "skin", "--method", "iv"));
            Result validate = exoplan("validate", NUL, WORKED_EXAMPLE);
            assertEquals(ExitCodes.BAD_INPUT, validate.code(), validate.err());
            assertTrue(validate.out().startsWith("sheet\uFFFD.json: error E-READ: sheet\uFFFD.json is not a file name"),
                    validate.out());
            assertTrue(validate.out().endsWith("2 files: 1 error, 0 warnings\n"), validate.out());
        }

        @Test
        void aNulInARequestOrOutputName_isRefusedInOneLine() {
            for (String[] args : List.of(new String[] {"quote", "--requests", NUL},
                    new String[] {"quote", "--output", NUL}, new String[] {"plan", "--goal", "skin", "--method", "iv",
                        "--clinic", "sample-a", "--ics", NUL})) {
                Result r = exoplan(args);
                assertTrue(r.code() == ExitCodes.BAD_INPUT || r.code() == ExitCodes.USAGE, r.err());
                assertEquals("", r.out());
                assertTrue(r.err().contains("sheet\uFFFD.json"), r.err());
                assertFalse(r.err().contains("\u0000"), r.err());
                assertNoStackTrace(r);
            }
        }
    }

    /** A 200 MB file, made sparse so that nothing is written: refused by a limit that can be raised. */
    @Nested
    class Size {

        private Path twoHundredMegabytes() throws IOException {
            Path file = dir.resolve("huge.json");
            try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
                sparse.setLength(200L * 1024 * 1024);
            }
            return file;
        }

        @Test
        void twoHundredMegabytes_areRefusedBeforeReadingAndTheMessageSaysHowToRaiseTheLimit() throws IOException {
            Path sheet = twoHundredMegabytes();
            // 200 × 1024 × 1024 = 209715200; 64 × 1024 × 1024 = 67108864
            assertRefused(ExitCodes.BAD_INPUT, sheet + ": error E-READ: " + sheet + " is 209715200 bytes, more than "
                    + "the 67108864 bytes a price sheet may have — check that this is a price sheet; to read a "
                    + "bigger one, set EXOPLAN_MAX_SHEET_BYTES", plan(sheet));
        }

        @Test
        void validate_streamsTwoHundredMegabytesAndStopsAtTheFirstBadByte() throws IOException {
            Path sheet = twoHundredMegabytes();
            Result r = exoplan("validate", sheet.toString());
            assertEquals(ExitCodes.BAD_INPUT, r.code(), r.err());
            assertTrue(r.out().startsWith(sheet + ":1:1: error E-SYNTAX: a control character (code 0) stands where "
                    + "only spaces, tabs and line breaks may — remove the character; a price sheet is plain text"),
                    r.out());
            assertNoStackTrace(r);
        }

        @Test
        void theLimit_isSetByEXOPLAN_MAX_SHEET_BYTES() {
            // The worked example is 1,328 bytes: over a limit of 1,000, under one of 2,000.
            String[] args = {"plan", "--pricing", WORKED_EXAMPLE, "--goal", "skin", "--method", "iv"};
            Result lowered = exoplan(Map.of("EXOPLAN_MAX_SHEET_BYTES", "1000"), "", Locale.US, args);
            assertEquals(ExitCodes.BAD_INPUT, lowered.code(), lowered.err());
            assertTrue(lowered.err().contains(" is 1328 bytes, more than the 1000 bytes a price sheet may have"),
                    lowered.err());
            Result raised = exoplan(Map.of("EXOPLAN_MAX_SHEET_BYTES", "2000"), "", Locale.US, args);
            assertEquals(ExitCodes.OK, raised.code(), raised.err());
        }

        @Test
        void aLimitThatIsNotANumber_isAUsageError() {
            Result r = exoplan(Map.of("EXOPLAN_MAX_SHEET_BYTES", "lots"), "", Locale.US, "plan", "--pricing",
                    WORKED_EXAMPLE, "--goal", "skin", "--method", "iv");
            assertRefused(ExitCodes.USAGE, "exoplan plan: EXOPLAN_MAX_SHEET_BYTES: 'lots' is not a size in bytes "
                    + "from 1 to 2147483631; write a whole number such as 268435456 (256 MiB), or unset it for the "
                    + "default of 67108864", r);
        }
    }

    /**
     * Inputs that never end — a device such as {@code /dev/zero} or {@code /dev/urandom}, whose size the
     * system gives as 0, or a pipe that keeps writing: at most the limit and one byte is read, then one
     * line of E-READ; never a hang or an OutOfMemoryError.
     */
    @Nested
    class EndlessInputs {

        /** Bytes that never end, counting how many were read. */
        private static final class Endless extends InputStream {
            private final byte value;
            private long read;

            Endless(char value) {
                this.value = (byte) value;
            }

            @Override
            public int read() {
                read++;
                return value;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                java.util.Arrays.fill(b, off, off + len, value);
                read += len;
                return len;
            }
        }

        private static final String TOO_BIG = " is more than the 67108864 bytes a price sheet may have — check that "
                + "this is a price sheet; to read a bigger one, set EXOPLAN_MAX_SHEET_BYTES";

        @ParameterizedTest
        @ValueSource(strings = {"/dev/zero", "/dev/urandom"})
        void aDeviceAsTheSheet_isRefusedAtTheSizeLimit(String device) {
            assumeTrue(Files.isReadable(Path.of(device)), device);
            // 64 × 1024 × 1024 = 67108864 bytes, and one more to know there are more.
            assertRefused(ExitCodes.BAD_INPUT, device + ": error E-READ: " + device + TOO_BIG,
                    exoplan("plan", "--goal", "skin", "--method", "iv", "--pricing", device));
        }

        @Test
        void aStandardInputThatNeverEnds_isReadUpToTheLimitAndOneByteMore() {
            Endless stdin = new Endless(' ');
            Result r = Run.exoplan(Map.of("EXOPLAN_MAX_SHEET_BYTES", "100000"), stdin, Locale.US, "plan", "--goal",
                    "skin", "--method", "iv", "--pricing", "-");
            assertRefused(ExitCodes.BAD_INPUT, "<stdin>: error E-READ: <stdin> is more than the 100000 bytes a price "
                    + "sheet may have — check that this is a price sheet; to read a bigger one, set "
                    + "EXOPLAN_MAX_SHEET_BYTES", r);
            assertEquals(100_001, stdin.read);
        }

        @Test
        void aRequestFileWithoutLineBreaks_stopsAtTheLineLimit() {
            assumeTrue(Files.isReadable(Path.of("/dev/zero")));
            Result r = exoplan("quote", "--requests", "/dev/zero");
            assertEquals(ExitCodes.BAD_INPUT, r.code(), r.err());
            assertEquals("", r.out(), "no header for a file that never had one");
            assertEquals(List.of("exoplan quote: /dev/zero:1: the line is longer than 65,536 characters, far more "
                    + "than any request; this is not a request file, or it has no line breaks — check the file given "
                    + "to --requests", "exoplan quote: /dev/zero:1: stopped, the rest of the request file is not read; "
                    + "no rows written"), r.err().lines().toList());
        }

        @Test
        void anEndlessLineAfterGoodRows_stopsThereHavingReadLittle() {
            byte[] rows = "goal,method,clinic\nskin,iv,sample-a\n".getBytes(UTF_8);
            Endless endless = new Endless('x');
            Result r = Run.exoplan(Map.of(), new java.io.SequenceInputStream(new java.io.ByteArrayInputStream(rows),
                    endless), Locale.US, "quote", "--requests", "-", "--start", "2027-01-04");
            assertEquals(ExitCodes.BAD_INPUT, r.code(), r.err());
            assertEquals(2, r.out().lines().count(), "the header and line 2's row: " + r.out());
            assertTrue(r.err().endsWith("exoplan quote: <stdin>:3: stopped, the rest of the request file is not "
                    + "read; 1 row written\n"), r.err());
            // One line of 65,536 characters, and what the readers buffer ahead: far less than a megabyte.
            assertTrue(endless.read < 1 << 20, endless.read + " bytes read");
        }
    }

    @Nested
    class Json {

        @Test
        void hundredThousandLevels_areRefusedAtTheLimit() throws IOException {
            Path sheet = Files.writeString(dir.resolve("deep.json"),
                    "[".repeat(100_000) + "]".repeat(100_000));
            String expected = sheet + ":1:66: error E-SYNTAX: nesting deeper than 64 levels — simplify the file: a "
                    + "price sheet nests about six levels deep and has short numbers and texts";
            assertRefused(ExitCodes.BAD_INPUT, expected, plan(sheet));
            Result validate = exoplan("validate", sheet.toString());
            assertEquals(ExitCodes.BAD_INPUT, validate.code());
            assertEquals(expected + "\n1 file: 1 error, 0 warnings\n", validate.out());
        }

        @Test
        void numberOneE400_isFarTooLarge() throws IOException {
            Path sheet = workedExampleWith("e400.json", "\"min\": 30000", "\"min\": 1e400");
            assertRefused(ExitCodes.BAD_INPUT, sheet + ":22:32: error E-RANGE /clinics/0/prices/iv/min: 1E+400 is "
                    + "far too large (more than 15 digits before the point) — write the real value", plan(sheet));
        }

        @Test
        void minusZero_isZero() throws IOException {
            Path sheet = workedExampleWith("minus-zero.json", "\"min\": 30000", "\"min\": -0");
            Result r = plan(sheet, "--format", "json");
            assertEquals(ExitCodes.OK, r.code(), r.err());
            // Low: 5 sessions at 0 and the 5,000 consultation, tax 10 % added: 5,500; no amount is "-0".
            assertTrue(r.out().contains("\"sessionPrice\": 0,"), r.out());
            assertTrue(r.out().contains("\"total\": 5500,"), r.out());
            assertFalse(r.out().contains(": -0"), r.out());
        }

        @Test
        void nan_isNotJson() throws IOException {
            Path sheet = workedExampleWith("nan.json", "\"min\": 30000", "\"min\": NaN");
            assertRefused(ExitCodes.BAD_INPUT, sheet + ":22:35: error E-SYNTAX: expected a value (a number, a text "
                    + "in double quotes, true, false, null, an object or a list), found the word 'NaN': likely NaN or "
                    + "Infinity, which are not numbers in JSON — write a number", plan(sheet));
        }

        @Test
        void recordSeparator_isRefusedAtItsPlaceWithoutNamingAJacksonSetting() throws IOException {
            // Jackson adds "(consider enabling `JsonReadFeature.ALLOW_RS_CONTROL_CHAR` to allow use of Record
            // Separators (U+001E))": a setting of exoplan's parser, which a clinic cannot change.
            Path sheet = dir.resolve("record-separator.json");
            Files.write(sheet, new byte[] {' ', 0x1e, '{', '}'});
            assertRefused(ExitCodes.BAD_INPUT, sheet + ":1:2: error E-SYNTAX: a control character (code 30) stands "
                    + "where only spaces, tabs and line breaks may — remove the character; a price sheet is plain text",
                    plan(sheet));
        }

        @Test
        void fiftyMegabyteString_isRefusedAtTheTextLimit() throws IOException {
            Path sheet = dir.resolve("long-name.json");
            try (Writer out = Files.newBufferedWriter(sheet, UTF_8)) {
                out.write("{\"schemaVersion\": 1, \"notice\": \"");
                String block = "x".repeat(1024 * 1024);
                for (int i = 0; i < 50; i++) {
                    out.write(block);
                }
                out.write("\"}");
            }
            Result r = plan(sheet);
            assertEquals(ExitCodes.BAD_INPUT, r.code(), r.err());
            assertTrue(r.err().matches("(?s)" + java.util.regex.Pattern.quote(sheet.toString())
                    + ":1:\\d+: error E-SYNTAX: a text longer than 1000000 characters — .*"), r.err());
            assertEquals(1, r.err().lines().count(), r.err());
            assertNoStackTrace(r);
        }
    }

    @Nested
    class Encoding {

        @Test
        void duplicateKeys_areEachAnError() throws IOException {
            Path sheet = workedExampleWith("duplicate.json", "\"currency\": \"JPY\",",
                    "\"currency\": \"JPY\", \"currency\": \"USD\",");
            assertRefused(ExitCodes.BAD_INPUT, sheet + ":3:22: error E-DUPLICATE-KEY /currency: key 'currency' "
                    + "appears twice in one object (first at line 3) — keep one 'currency' and remove the other",
                    plan(sheet));
        }

        @Test
        void byteOrderMark_isAWarningAndThePlanGoesOn() throws IOException {
            Path sheet = dir.resolve("bom.json");
            Files.writeString(sheet, "\uFEFF" + Files.readString(Path.of(WORKED_EXAMPLE)));
            Result r = plan(sheet);
            assertEquals(ExitCodes.OK, r.code(), r.err());
            assertEquals(sheet + ":1:1: warning W-BOM: the file starts with a UTF-8 byte-order mark, which JSON does "
                    + "not use; it is ignored — save the file as UTF-8 without BOM", r.err().strip());
        }

        @Test
        void shiftJis_isNamedAtItsFirstBadByte() throws IOException {
            Path sheet = dir.resolve("sjis.json");
            Files.write(sheet, Files.readString(Path.of(WORKED_EXAMPLE))
                    .getBytes(Charset.forName("Shift_JIS")));
            // Line 6 is `    "iv": { "label": { "ja": "点滴", …`: 点 starts at column 31, byte offset 157.
            assertRefused(ExitCodes.BAD_INPUT, sheet + ":6:31: error E-ENCODING: byte 0x93 at byte offset 157 is not "
                    + "UTF-8; the file looks like it was saved in another encoding (Shift_JIS is common for Japanese "
                    + "text) — save the file as UTF-8", plan(sheet));
        }
    }

    /** Control characters and ANSI escape sequences from a sheet never reach a terminal. */
    @Nested
    class TerminalSafety {

        private static final String EVIL = "\\u001b[2J\\u001b]0;pwned\\u0007Evil\\u009b31m\\r\\nClinic\\u202e";

        @Test
        void escapesInAClinicName_areNeutralisedInPlanListCompareAndQuote() throws IOException {
            Path sheet = workedExampleWith("evil.json", "\"name\": \"Worked Example Clinic\"", "\"name\": \"" + EVIL + "\"");
            String shown = "\uFFFD[2J\uFFFD]0;pwned\uFFFDEvil\uFFFD31m  Clinic\uFFFD";
            // Markdown also escapes the punctuation left: [, ] and ;
            String inMarkdown = "\uFFFD\\[2J\uFFFD\\]0\\;pwned\uFFFDEvil\uFFFD31m  Clinic\uFFFD";
            for (String[] args : List.of(
                    new String[] {"plan", "--goal", "skin", "--method", "iv"},
                    new String[] {"list"},
                    new String[] {"compare", "--goal", "skin"},
                    new String[] {"quote", "--format", "text"},
                    new String[] {"quote", "--format", "markdown"})) {
                String[] withSheet = java.util.stream.Stream.concat(java.util.Arrays.stream(args),
                        java.util.stream.Stream.of("--pricing", sheet.toString())).toArray(String[]::new);
                Result r = exoplan(withSheet);
                assertEquals(ExitCodes.OK, r.code(), args[0] + ": " + r.err());
                assertTrue(r.out().contains(args[args.length - 1].equals("markdown") ? inMarkdown : shown),
                        args[0] + ": " + r.out());
                assertNoControlCharacters(r.out() + r.err());
            }
        }

        @Test
        void escapesInAFieldName_areNeutralisedInValidate() throws IOException {
            Path sheet = workedExampleWith("evil-field.json", "\"typical\": 80000", "\"" + EVIL + "\": 80000");
            Result r = exoplan("validate", sheet.toString());
            assertEquals(ExitCodes.OK, r.code(), r.err());
            assertTrue(r.out().contains("warning W-UNKNOWN-FIELD /clinics/0/prices/iv/\uFFFD[2J\uFFFD]0;pwned\uFFFDEvil"
                    + "\uFFFD31m  Clinic\uFFFD: unknown field '\uFFFD[2J"), r.out());
            assertNoControlCharacters(r.out() + r.err());
        }

        /** Found by fuzzing (ArgumentsFuzzTests): JSON and SARIF once carried a file name's raw C1 control. */
        @Test
        void controlsInJsonAndSarif_areWrittenAsEscapes() throws IOException {
            String name = "x\u009b31my.json";
            for (String format : List.of("json", "sarif")) {
                Result r = exoplan("validate", "--format", format, name);
                assertEquals(ExitCodes.BAD_INPUT, r.code(), r.err());
                assertTrue(r.out().contains("x\\u009b31my.json"), r.out());
                assertNoControlCharacters(r.out() + r.err());
                if (format.equals("sarif")) {
                    SarifSchema.valid(r.out());
                }
            }
            Result japanese = exoplan("plan", "--goal", "skin", "--method", "iv", "--clinic", "sample-a", "--lang", "ja",
                    "--format", "json");
            assertTrue(japanese.out().contains("\"methodLabel\": \"点滴\""), japanese.out());
        }

        private static void assertNoControlCharacters(String text) {
            assertTrue(text.chars().noneMatch(c -> Character.isISOControl(c) && c != '\n' || c == 0x202E),
                    () -> "control character or bidirectional override in: " + text);
        }

        @Test
        void formulaInAClinicName_isDefusedInCsvAndMarkdown() throws IOException {
            Path sheet = workedExampleWith("formula.json", "\"name\": \"Worked Example Clinic\"",
                    "\"name\": \"=HYPERLINK(\\\"http://x\\\")\"");
            Result csv = exoplan("quote", "--pricing", sheet.toString(), "--start", "2027-01-04");
            assertEquals(ExitCodes.OK, csv.code(), csv.err());
            assertTrue(csv.out().contains("\nsample,\"'=HYPERLINK(\"\"http://x\"\")\",skin,iv,"), csv.out());
            Result markdown = exoplan("quote", "--pricing", sheet.toString(), "--format", "markdown");
            // defused, then its punctuation escaped and a word joiner after the colon (SafeText.markdownText)
            assertTrue(markdown.out().contains("| sample | \\'\\=HYPERLINK\\(\\\"http\\:\u2060\\/\\/x\\\"\\) |"),
                    markdown.out());
            // The full OWASP list (=, +, -, @, tab, carriage return) is QuoteCommandTests.FormulaInjection.
        }
    }

    /** Dates outside 1900-01-01 to 9999-12-31 are refused in every place a date can come from. */
    @Nested
    class Dates {

        @Test
        void startInTheYearZero_isAUsageError() {
            assertRefused(ExitCodes.USAGE, "exoplan plan: --start: 0000-01-01 is before 1900-01-01, the first date "
                    + "exoplan plans from; give a later start",
                    exoplan("plan", "--goal", "skin", "--method", "iv", "--clinic", "sample-a", "--start", "0000-01-01"));
        }

        @Test
        void startOnTheLastDay_isAUsageErrorNamingTheLatestStart() {
            // 12 months: the latest start is 9999-12-24 − 12 months = 9998-12-24 (Planner.latestStart).
            assertRefused(ExitCodes.USAGE, "exoplan plan: --start: " + pastLastDay("9999-12-31", 12, "9998-12-24"),
                    exoplan("plan", "--goal", "skin", "--method", "iv", "--clinic", "sample-a", "--start", "9999-12-31"));
        }

        /** {@code invalid.pastLastDay} in English. */
        private static String pastLastDay(String start, int months, String latest) {
            String period = months == 1 ? "1 month" : months + " months"; // one month is no plural
            return period + " from " + start + " would write dates past 9999-12-31, the last date exoplan "
                    + "writes (a session or cooling-off on the last day of the period ends in the calendar up to 8 "
                    + "days later); the latest start for " + period + " is " + latest + ": give a start on or "
                    + "before it, or fewer months";
        }

        /**
         * A year past 9999 as any output would write it: ISO with five digits or a sign, or an iCalendar
         * DATE of nine digits (DTEND:100000101).
         */
        private static final java.util.regex.Pattern PAST_9999 =
                java.util.regex.Pattern.compile("[0-9]{5,}-[0-9]{2}-[0-9]{2}|[+][0-9]{4,}-|:[0-9]{9,}\\b");

        private static void assertNoDatePast9999(String output) {
            java.util.regex.Matcher m = PAST_9999.matcher(output);
            assertFalse(m.find(), () -> "a date past 9999 (" + m.group() + ") in:\n" + output);
        }

        /**
         * The latest start of one month, 9999-12-24 − 1 month = 9999-11-24, at sample-c, which sells a course:
         * its period ends 9999-12-23 and every date it writes, in text, JSON and the calendar (a session's
         * DTEND, the cooling-off's last day and its DTEND), is on or before 9999-12-31.
         */
        @ParameterizedTest
        @ValueSource(strings = {"text", "json", "html"})
        void theLatestStart_isPlannedAndWritesNoYearPast9999(String format) throws IOException {
            Path ics = dir.resolve("plan.ics");
            Result r = exoplan("plan", "--goal", "skin", "--method", "iv", "--clinic", "sample-c", "--start",
                    "9999-11-24", "--months", "1", "--format", format, "--ics", ics.toString());
            assertEquals(ExitCodes.OK, r.code(), r.err());
            assertEquals("", r.err());
            if (format.equals("json")) {
                assertTrue(r.out().contains("\"lastDay\": \"9999-12-23\""), r.out());
                assertTrue(r.out().contains("\"coolingOffUntil\": \"9999-12-01\""), r.out()); // 9999-11-24 + 7
            }
            assertNoDatePast9999(r.out());
            String calendar = Files.readString(ics);
            assertTrue(calendar.contains("DTSTART;VALUE=DATE:99991124"), calendar);
            assertNoDatePast9999(calendar);
        }

        @Test
        void aCourseClinicAtTheLatestStart_writesItsCoolingOffEventsInsideTheDates() throws IOException {
            // examples/course-clinic.json buys two packages over 12 months from 9998-12-24 (the latest start):
            // their cooling-off events are in the calendar, and no date of it passes 9999-12-31.
            Path ics = dir.resolve("course.ics");
            Result r = exoplan("plan", "--pricing", "examples/course-clinic.json", "--clinic", "course-clinic",
                    "--goal", "skin", "--method", "iv", "--start", "9998-12-24", "--months", "12", "--format", "json",
                    "--ics", ics.toString());
            assertEquals(ExitCodes.OK, r.code(), r.err());
            assertTrue(r.out().contains("\"coolingOffUntil\""), r.out());
            assertNoDatePast9999(r.out());
            String calendar = Files.readString(ics);
            assertTrue(calendar.contains(".cooling-off."), calendar);
            assertNoDatePast9999(calendar);
        }

        @Test
        void oneDayAfterTheLatestStart_isAUsageErrorNamingIt_inPlanAndCompare() {
            assertRefused(ExitCodes.USAGE, "exoplan plan: --start: " + pastLastDay("9999-11-25", 1, "9999-11-24"),
                    exoplan("plan", "--goal", "skin", "--method", "iv", "--clinic", "sample-c", "--start",
                            "9999-11-25", "--months", "1"));
            assertRefused(ExitCodes.USAGE, "exoplan compare: --start: " + pastLastDay("9999-11-25", 1, "9999-11-24"),
                    exoplan("compare", "--goal", "skin", "--method", "iv", "--start", "9999-11-25", "--months", "1"));
        }

        @Test
        void compareAtTheLatestStart_writesNoYearPast9999() {
            // 120 months: 9999-12-24 − 120 months = 9989-12-24.
            for (String format : List.of("text", "json", "csv", "markdown", "html")) {
                Result r = exoplan("compare", "--goal", "skin", "--method", "iv", "--start", "9989-12-24",
                        "--months", "120", "--format", format);
                assertEquals(ExitCodes.OK, r.code(), r.err());
                assertNoDatePast9999(r.out());
            }
            assertRefused(ExitCodes.USAGE, "exoplan compare: --start: " + pastLastDay("9989-12-25", 120, "9989-12-24"),
                    exoplan("compare", "--goal", "skin", "--method", "iv", "--start", "9989-12-25", "--months", "120"));
        }

        @Test
        void quoteRows_pastTheLatestStart_areBadRowsAndTheRestIsQuoted() throws IOException {
            Path requests = Files.writeString(dir.resolve("edge.csv"), "goal,method,clinic,start,months\n"
                    + "skin,iv,sample-c,9999-11-24,1\nskin,iv,sample-c,9999-11-25,1\nskin,iv,sample-a,+10000-01-01,12\n"
                    + "skin,iv,sample-a,-299999999-01-01,12\n");
            for (String format : List.of("csv", "json", "jsonl", "markdown", "text")) {
                Result r = exoplan("quote", "--requests", requests.toString(), "--format", format);
                assertEquals(ExitCodes.BAD_INPUT, r.code(), r.err());
                assertEquals(List.of(
                        "exoplan quote: " + requests + ":3: " + pastLastDay("9999-11-25", 1, "9999-11-24"),
                        "exoplan quote: " + requests + ":4: " + pastLastDay("+10000-01-01", 12, "9998-12-24"),
                        "exoplan quote: " + requests + ":5: -299999999-01-01 is before 1900-01-01, the first date "
                                + "exoplan plans from; give a later start"),
                        r.err().lines().toList(), format);
                assertTrue(r.out().contains("9999-11-24"), r.out());
                assertNoDatePast9999(r.out());
            }
        }

        @Test
        void signedYears_areRefusedToo() {
            for (String start : List.of("+10000-01-01", "-0001-01-01")) {
                Result r = exoplan("plan", "--goal", "skin", "--method", "iv", "--clinic", "sample-a", "--start", start);
                assertEquals(ExitCodes.USAGE, r.code(), start);
                assertTrue(r.err().startsWith("exoplan plan: --start: "), r.err());
            }
        }

        @Test
        void requestRows_withThoseDates_areBadRows() throws IOException {
            Path requests = Files.writeString(dir.resolve("requests.csv"),
                    "goal,method,clinic,start,months\nskin,iv,sample-a,0000-01-01,12\nskin,iv,sample-a,9999-12-31,1\n"
                            + "skin,iv,sample-a,9999-12-31,0\n");
            Result r = exoplan("quote", "--requests", requests.toString());
            assertEquals(ExitCodes.BAD_INPUT, r.code(), r.err());
            assertEquals(List.of(
                    "exoplan quote: " + requests + ":2: 0000-01-01 is before 1900-01-01, the first date exoplan plans "
                            + "from; give a later start",
                    "exoplan quote: " + requests + ":3: " + pastLastDay("9999-12-31", 1, "9999-11-24"),
                    "exoplan quote: " + requests + ":4: months must be a whole number from 1 to 120, got 0"),
                    r.err().lines().toList());
        }

        @Test
        void aDateInASheet_isAWrongTypeNotADate() throws IOException {
            // A price sheet has no date fields: a date where a number belongs is E-TYPE.
            Path sheet = workedExampleWith("date.json", "\"schemaVersion\": 1", "\"schemaVersion\": \"9999-12-31\"");
            Result r = plan(sheet);
            assertEquals(ExitCodes.BAD_INPUT, r.code());
            assertTrue(r.err().startsWith(sheet + ":2:20: error E-TYPE /schemaVersion: "), r.err());
            assertNoStackTrace(r);
        }
    }

    @Nested
    class Months {

        @Test
        void zeroNegativeAndHuge_areUsageErrors() {
            for (String months : List.of("0", "-1", "999999999")) {
                assertRefused(ExitCodes.USAGE, "exoplan plan: --months: months must be a whole number from 1 to 120, "
                        + "got " + months, exoplan("plan", "--goal", "skin", "--method", "iv", "--clinic", "sample-a",
                        "--months", months));
            }
        }

        @Test
        void beyondAnInt_isAUsageError() {
            Result r = exoplan("plan", "--goal", "skin", "--method", "iv", "--months", "99999999999");
            assertEquals(ExitCodes.USAGE, r.code());
            assertEquals("exoplan plan: --months takes a whole number of months, such as 12; '99999999999' is not one\n",
                    r.err());
        }
    }

    /** picocli would read an @file argument whole into arguments; @/dev/zero would never end. */
    @Nested
    class AtFiles {

        @Test
        void anAtFileArgument_isAnArgumentNotAFileToRead() {
            Result r = exoplan("plan", "@/dev/zero");
            assertEquals(ExitCodes.USAGE, r.code());
            assertTrue(r.err().startsWith("exoplan plan: '@/dev/zero' is neither an option nor an option's value"), r.err());
            assertEquals("", r.out());
        }
    }

    /** Schedules that would loop or allocate without bound are refused when the sheet is read. */
    @Nested
    class Schedules {

        @Test
        void anIntervalOfZero_isOutOfRange() throws IOException {
            Path sheet = workedExampleWith("zero.json", "\"maintenanceIntervalMonths\": { \"min\": 2,",
                    "\"maintenanceIntervalMonths\": { \"min\": 0,");
            assertRefused(ExitCodes.BAD_INPUT, sheet + ":15:45: error E-RANGE /goals/skin/maintenanceIntervalMonths/min: "
                    + "0 months is outside 1 to 24 — use a whole number from 1 to 24", plan(sheet));
        }

        @Test
        void twoBillionSessions_areRefusedNotAllocated() throws IOException {
            Path sheet = workedExampleWith("sessions.json", "\"max\": 5 }", "\"max\": 2000000000 }");
            assertRefused(ExitCodes.BAD_INPUT, sheet + ":13:59: error E-RANGE /goals/skin/initialSessions/max: "
                    + "2000000000 is far too large — write a small whole number", plan(sheet));
        }
    }

    /** Found by fuzzing (PlanFuzzTests): totals beyond a quote's long once ended quote and compare with exit 70. */
    @Nested
    class Totals {

        @Test
        void pricesThatCouldTotalBeyondWhatAQuoteHolds_areRefusedWhenTheSheetIsRead() throws IOException {
            // 999,999,999,999,999.99 USD is 1e17 cents; 170 sessions of it, tax included, exceed 2^63 cents.
            Path sheet = dir.resolve("dear.json");
            Files.writeString(sheet, Files.readString(Path.of(WORKED_EXAMPLE))
                    .replace("\"currency\": \"JPY\"", "\"currency\": \"USD\"")
                    .replace("\"max\": 150000", "\"max\": 999999999999999.99"));
            String expected = sheet + ":19:16: error E-RANGE /clinics/0: clinic 'sample' charges so much that a course "
                    + "could total more than exoplan can add up (9223372036854775807 of the currency's smallest unit) — "
                    + "write the real prices and fees";
            for (String command : List.of("plan", "quote", "compare")) {
                Result r = exoplan(command, "--pricing", sheet.toString(), "--goal", "skin");
                assertEquals(ExitCodes.BAD_INPUT, r.code(), command + ": " + r.err());
                assertEquals(expected, r.err().strip(), command);
                assertNoStackTrace(r);
            }
        }
    }

    /** {@code --output} writes whole or not at all: a failure leaves no partial file and the old file intact. */
    @Nested
    class Output {

        @Test
        void aMissingFolder_isBadInputAndCreatesNothing() throws IOException {
            Path file = dir.resolve("nowhere").resolve("quotes.csv");
            assertRefused(ExitCodes.BAD_INPUT, "exoplan quote: --output " + file + ": cannot write there (no such "
                    + "folder); nothing was written — choose a folder that exists and can be written",
                    exoplan("quote", "--output", file.toString()));
            assertFalse(Files.exists(dir.resolve("nowhere")));
        }

        @Test
        void aReadOnlyFolder_isBadInputAndLeavesTheOldFileIntact() throws IOException {
            Path folder = Files.createDirectory(dir.resolve("read-only"));
            Path file = Files.writeString(folder.resolve("quotes.csv"), "an earlier file\n");
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
            try {
                assumeFalse(Files.isWritable(folder), "running as a user who can write anywhere (root)");
                assertRefused(ExitCodes.BAD_INPUT, "exoplan quote: --output " + file + ": cannot write there "
                        + "(permission denied); nothing was written — choose a folder that exists and can be written",
                        exoplan("quote", "--output", file.toString()));
                assertEquals("an earlier file\n", Files.readString(file));
                try (var listing = Files.list(folder)) {
                    assertEquals(List.of(file), listing.toList());
                }
            } finally {
                Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }

        @Test
        void icsIntoAMissingFolder_isBadInputAndPrintsNoPlan() {
            Path file = dir.resolve("nowhere").resolve("plan.ics");
            Result r = exoplan("plan", "--goal", "skin", "--method", "iv", "--clinic", "sample-a", "--ics",
                    file.toString());
            assertEquals(ExitCodes.BAD_INPUT, r.code(), r.err());
            assertEquals(1, r.err().lines().count(), r.err());
            assertTrue(r.err().startsWith("exoplan plan: --ics " + file + ": "), r.err());
            assertFalse(Files.exists(dir.resolve("nowhere")));
            assertNoStackTrace(r);
        }
    }

    /** Cases that need a real process: its own heap, or its standard output closed. */
    @Nested
    class ChildProcess {

        /** Runs {@code script} in bash with $EXOPLAN set to the java command that runs exoplan's Main. */
        private int bash(String script, Map<String, String> more) throws IOException, InterruptedException {
            ProcessBuilder builder = new ProcessBuilder("bash", "-c", script)
                    .redirectOutput(dir.resolve("shell-out").toFile())
                    .redirectError(dir.resolve("shell-err").toFile());
            Map<String, String> env = builder.environment();
            env.put("JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
            env.put("CP", System.getProperty("java.class.path"));
            env.remove("EXOPLAN_PRICING");
            env.remove("EXOPLAN_MAX_SHEET_BYTES");
            env.putAll(more);
            Process process = builder.start();
            // A safety net against a hang only, not a timing assertion.
            assertTrue(process.waitFor(5, TimeUnit.MINUTES), "did not finish: " + script);
            return process.exitValue();
        }

        private String read(String name) throws IOException {
            return Files.readString(dir.resolve(name), UTF_8);
        }

        @Test
        void millionBadRows_runInA32MegabyteHeap() throws IOException, InterruptedException {
            Path requests = dir.resolve("requests.csv");
            try (Writer out = Files.newBufferedWriter(requests, UTF_8)) {
                out.write("goal,method,clinic,start,months\n");
                for (int i = 0; i < 1_000_000; i++) {
                    out.write("skin,iv,sample-a,2027-01-04,0\n");
                }
            }
            // A million error lines would need far more than 32 MB if any were kept; running out exits 3.
            // stderr is counted, not kept.
            int code = bash("\"$JAVA\" -Xmx32m -XX:+ExitOnOutOfMemoryError -cp \"$CP\" dev.exoplan.Main quote "
                    + "--requests \"$REQUESTS\" 2>&1 >/dev/null | wc -l; exit \"${PIPESTATUS[0]}\"",
                    Map.of("REQUESTS", requests.toString()));
            assertEquals(ExitCodes.BAD_INPUT, code, read("shell-err"));
            assertEquals("1000000", read("shell-out").strip(), "one line per bad row");
        }

        @ParameterizedTest
        @ValueSource(strings = {"-", "/dev/stdin"})
        void aPipeThatNeverEnds_isRefusedAtTheSizeLimit(String pricing) throws IOException, InterruptedException {
            // yes writes "{\n" for ever; exoplan reads 1,000,001 bytes of it, says so, and exits: the pipe closes.
            int code = bash("yes '{' | \"$JAVA\" -Xmx64m -cp \"$CP\" dev.exoplan.Main plan --goal skin --method iv "
                    + "--pricing \"$PRICING\" 2>\"$ERR\"; exit \"${PIPESTATUS[1]}\"", Map.of("PRICING", pricing,
                    "EXOPLAN_MAX_SHEET_BYTES", "1000000", "ERR", dir.resolve("err").toString()));
            String name = pricing.equals("-") ? "<stdin>" : pricing;
            assertEquals(ExitCodes.BAD_INPUT, code, read("err"));
            assertEquals(name + ": error E-READ: " + name + " is more than the 1000000 bytes a price sheet may have "
                    + "— check that this is a price sheet; to read a bigger one, set EXOPLAN_MAX_SHEET_BYTES\n",
                    read("err"));
            assertEquals("", read("shell-out"));
        }

        @Test
        void planWithStdoutClosed_failsWithOneLineAndStatus1() throws IOException, InterruptedException {
            // A closed descriptor is not a reader that went away: the plan was lost, and a script must know.
            int code = bash("\"$JAVA\" -cp \"$CP\" dev.exoplan.Main plan --goal skin --method iv --clinic sample-a >&-",
                    Map.of());
            assertEquals("exoplan plan: standard output cannot be written (Bad file descriptor); the output is"
                    + " incomplete — make room there or send it elsewhere\n", read("shell-err"));
            assertEquals(ExitCodes.BAD_INPUT, code);
        }

        @Test
        void validateIntoHeadOne_endsQuietlyWithItsOwnStatus() throws IOException, InterruptedException {
            int code = bash("\"$JAVA\" -cp \"$CP\" dev.exoplan.Main validate \"$SHEET\" 2>\"$ERR\" | head -1; "
                    + "exit \"${PIPESTATUS[0]}\"", Map.of("SHEET", Path.of("src/test/resources/sheets/findings/"
                    + "W-UNKNOWN-FIELD.json").toAbsolutePath().toString(), "ERR", dir.resolve("err").toString()));
            assertEquals("", read("err"));
            assertEquals(1, read("shell-out").lines().count());
            assertEquals(ExitCodes.OK, code, "a sheet with warnings only");
        }
    }
}
