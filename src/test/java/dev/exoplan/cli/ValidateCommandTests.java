package dev.exoplan.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.exoplan.cli.Run.Result;
import dev.exoplan.core.check.Codes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code exoplan validate} run as a user runs it. Every finding code has a fixture in
 * {@code sheets/findings/<CODE>.json}: {@code sheets/clean.json} (a sheet without any finding) changed
 * as little as possible so that it produces that code and no other. E-READ has none: it is about files
 * that cannot be read, and is tested with a missing path and a directory.
 *
 * <p>Two fixtures are bytes rather than text, generated once from clean.json and committed as they are
 * (see {@link ByteFixtures}, which checks that they still are what they claim): {@code W-BOM.json} is
 * clean.json after a UTF-8 byte-order mark, {@code E-ENCODING.json} is clean.json saved as Shift_JIS.
 *
 * <p>Line numbers of clean.json used below: 2 schemaVersion, 4 tax, 6 methods/iv, 7 methods/injection,
 * 12 goals/skin/methods, 20 the clinic's opening brace, 23 disclosure, 25 prices/iv, 29 the consultation
 * fee, 30 the anaesthetic-cream fee.
 */
class ValidateCommandTests {

    static final String CLEAN = "src/test/resources/sheets/clean.json";
    static final String FINDINGS = "src/test/resources/sheets/findings/";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Every code in the registry except E-READ, which needs an unreadable file rather than a fixture. */
    static Stream<String> codesWithFixtures() {
        return Codes.all().keySet().stream().filter(code -> !code.equals("E-READ"));
    }

    static String fixture(String code) {
        return FINDINGS + code + ".json";
    }

    /** clean.json with each {@code from} replaced by its {@code to}; each {@code from} must occur exactly once. */
    static String cleanWith(String... fromTo) {
        try {
            String text = Files.readString(Path.of(CLEAN));
            for (int i = 0; i < fromTo.length; i += 2) {
                String from = fromTo[i];
                int first = text.indexOf(from);
                assertTrue(first >= 0 && text.indexOf(from, first + 1) < 0, () -> "not exactly once in "
                        + CLEAN + ": " + from);
                text = text.replace(from, fromTo[i + 1]);
            }
            return text;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The line that says which of the article's checks errors kept from running in {@code file}. */
    static String notChecked(String file, String places) {
        return file + ": not checked because of errors there: " + places
                + " — fix the errors and validate again to run these checks\n";
    }

    private static Result withStdin(String stdin, String... args) {
        return Run.exoplan(Map.of(), stdin, Locale.US, args);
    }

    private static Result onTerminal(String... args) {
        return Run.exoplan(Map.of(), "", Locale.US, true, args);
    }

    private static JsonNode json(Result result) throws IOException {
        assertEquals("", result.err());
        return JSON.readTree(result.out());
    }

    private static Set<String> codes(JsonNode run) {
        Set<String> codes = new LinkedHashSet<>();
        run.get("files").forEach(f -> f.get("findings").forEach(finding -> codes.add(finding.get("code").asText())));
        return codes;
    }

    private static void assertUsageError(Result result, String expectedErr) {
        assertEquals(ExitCodes.USAGE, result.code());
        assertEquals("", result.out());
        assertEquals(expectedErr, result.err().strip());
    }

    // ---- one fixture per code ---------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @MethodSource("codesWithFixtures")
    void everyCode_hasAFixtureThatProducesIt(String code) throws IOException {
        Result result = Run.exoplan("validate", "--format", "json", fixture(code));

        // Only this code: each fixture is clean.json changed just enough to produce it.
        assertEquals(Set.of(code), codes(json(result)), () -> fixture(code) + " gives\n" + result.out());
        if (Codes.isError(code)) {
            assertEquals(ExitCodes.BAD_INPUT, result.code());
        } else {
            assertEquals(ExitCodes.OK, result.code());
            assertEquals(ExitCodes.BAD_INPUT, Run.exoplan("validate", "--strict", fixture(code)).code());
        }
    }

    @Test
    void fixtureFolder_holdsOneFilePerCodeAndNothingElse() throws IOException {
        Set<String> expected = codesWithFixtures().map(code -> code + ".json").collect(Collectors.toCollection(
                TreeSet::new));
        Set<String> actual;
        try (Stream<Path> files = Files.list(Path.of(FINDINGS))) {
            actual = files.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }

        assertEquals(expected, actual);
        assertEquals(40, actual.size()); // 41 codes in the registry, less E-READ
    }

    @Nested
    class ByteFixtures {

        @Test
        void bomFixture_isTheCleanSheetAfterAUtf8ByteOrderMark() throws IOException {
            byte[] clean = Files.readAllBytes(Path.of(CLEAN));
            ByteArrayOutputStream expected = new ByteArrayOutputStream();
            expected.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            expected.write(clean);

            assertArrayEquals(expected.toByteArray(), Files.readAllBytes(Path.of(fixture("W-BOM"))));
        }

        @Test
        void encodingFixture_isTheCleanSheetSavedAsShiftJis() throws IOException {
            byte[] clean = Files.readAllBytes(Path.of(CLEAN));
            byte[] shiftJis = Files.readString(Path.of(CLEAN)).getBytes(Charset.forName("Shift_JIS"));
            byte[] fixture = Files.readAllBytes(Path.of(fixture("E-ENCODING")));

            assertArrayEquals(shiftJis, fixture);
            assertFalse(java.util.Arrays.equals(clean, fixture), "the fixture must differ from the UTF-8 bytes");
        }
    }

    // ---- sheets without findings ------------------------------------------------------------------

    @Nested
    class NoFindings {

        @Test
        void defaultPricingSheet_hasNoFindingAtAll() {
            Result result = Run.exoplan("validate", "pricing.json");

            assertEquals(ExitCodes.OK, result.code());
            assertEquals("1 file: 0 errors, 0 warnings\n", result.out());
            assertEquals("", result.err());
        }

        @Test
        void cleanBaseOfTheFixtures_hasNoFindingAtAll() {
            Result result = Run.exoplan("validate", CLEAN);

            assertEquals(ExitCodes.OK, result.code());
            assertEquals("1 file: 0 errors, 0 warnings\n", result.out());
            assertEquals("", result.err());
        }

        @Test
        void cleanBase_withStrict_stillPasses() {
            Result result = Run.exoplan("validate", "--strict", CLEAN);

            assertEquals(ExitCodes.OK, result.code());
            assertEquals("1 file: 0 errors, 0 warnings\n", result.out());
        }
    }

    // ---- text -------------------------------------------------------------------------------------

    @Nested
    class Text {

        @Test
        void typeError_isOneLineWithPlacePointerMessageAndFix() {
            // Column 97: the 96 characters before "5000" on line 29 are counted as characters, so 初診料 is 3.
            Result result = Run.exoplan("validate", fixture("E-TYPE"));

            assertEquals(ExitCodes.BAD_INPUT, result.code());
            assertEquals(FINDINGS + "E-TYPE.json:29:97: error E-TYPE /clinics/0/fees/0/amount: expected a number, "
                    + "found the string \"5000\" — write a number\n"
                    + notChecked(FINDINGS + "E-TYPE.json", "/clinics/0 (fees, cheap, offers)")
                    + "1 file: 1 error, 0 warnings\n", result.out());
            assertEquals("", result.err());
        }

        @Test
        void enumError_suggestsTheClosestValue() {
            Result result = Run.exoplan("validate", fixture("E-ENUM"));

            assertEquals(FINDINGS + "E-ENUM.json:30:117: error E-ENUM /clinics/0/fees/1/per: \"visits\" is not one "
                    + "of \"once\", \"visit\" (did you mean \"visit\"?) — use one of the listed values\n"
                    + notChecked(FINDINGS + "E-ENUM.json", "/clinics/0 (fees, cheap, offers)")
                    + "1 file: 1 error, 0 warnings\n", result.out());
        }

        @Test
        void duplicateKey_isPlacedAtTheSecondKeyAndNamesTheFirstLine() {
            // Line 4: "rounding" stands at column 45 and again at column 66.
            Result result = Run.exoplan("validate", fixture("E-DUPLICATE-KEY"));

            assertEquals(FINDINGS + "E-DUPLICATE-KEY.json:4:66: error E-DUPLICATE-KEY /tax/rounding: key 'rounding' "
                    + "appears twice in one object (first at line 4) — keep one 'rounding' and remove the other\n"
                    + "1 file: 1 error, 0 warnings\n", result.out());
        }

        @Test
        void unknownMethod_namesTheDefinedOnesAndTheLikelyOne() {
            // Line 12: `      "methods": ["iv", "injecton"],` — the second element starts at column 25.
            Result result = Run.exoplan("validate", fixture("E-UNKNOWN-METHOD"));

            assertEquals(FINDINGS + "E-UNKNOWN-METHOD.json:12:25: error E-UNKNOWN-METHOD /goals/skin/methods/1: "
                    + "method 'injecton' is not defined in /methods — use 'injection', or add \"injecton\" to /methods "
                    + "(defined: iv, injection)\n"
                    + notChecked(FINDINGS + "E-UNKNOWN-METHOD.json", "/goals/skin (intervals)")
                    + "1 file: 1 error, 0 warnings\n", result.out());
        }

        @Test
        void unknownField_isAWarningThatSuggestsTheKnownName() {
            Result result = Run.exoplan("validate", fixture("W-UNKNOWN-FIELD"));

            assertEquals(ExitCodes.OK, result.code());
            assertEquals(FINDINGS + "W-UNKNOWN-FIELD.json:30:126: warning W-UNKNOWN-FIELD /clinics/0/fees/1/optinal: "
                    + "unknown field 'optinal' is ignored — did you mean 'optional'? known here: id, label, amount, "
                    + "per, optional, methods\n"
                    + "1 file: 0 errors, 1 warning\n", result.out());
        }

        @Test
        void byteOrderMark_hasNoPointerAndStandsAtTheStart() {
            Result result = Run.exoplan("validate", fixture("W-BOM"));

            assertEquals(FINDINGS + "W-BOM.json:1:1: warning W-BOM: the file starts with a UTF-8 byte-order mark, "
                    + "which JSON does not use; it is ignored — save the file as UTF-8 without BOM\n"
                    + "1 file: 0 errors, 1 warning\n", result.out());
        }

        @Test
        void shiftJis_isReportedAtTheFirstJapaneseCharacter() {
            // 点 is the first non-ASCII character: line 6, column 31; the 5 lines before it take 157 bytes.
            Result result = Run.exoplan("validate", fixture("E-ENCODING"));

            assertEquals(FINDINGS + "E-ENCODING.json:6:31: error E-ENCODING: byte 0x93 at byte offset 157 is not "
                    + "UTF-8; the file looks like it was saved in another encoding (Shift_JIS is common for Japanese "
                    + "text) — save the file as UTF-8\n"
                    + "1 file: 1 error, 0 warnings\n", result.out());
        }

        @Test
        void missingDisclosureField_isPlacedAtTheDisclosure() {
            // Line 23: `      "disclosure": {` — the object starts at column 21.
            Result result = Run.exoplan("validate", fixture("W-DISCLOSE-QC"));

            assertEquals(FINDINGS + "W-DISCLOSE-QC.json:23:21: warning W-DISCLOSE-QC /clinics/0/disclosure: clinic "
                    + "'sample' does not describe its quality control (品質管理) — add disclosure.qualityControl, "
                    + "such as which tests each lot passes\n"
                    + "1 file: 0 errors, 1 warning\n", result.out());
        }

        @Test
        void summary_twoErrorsAndOneWarning_countsEachInItsOwnNumber() {
            String sheet = cleanWith("\"schemaVersion\": 1", "\"schemaVersion\": 2",
                    "\"rate\": 0.10", "\"rate\": 10",
                    "\"ja\": \"点滴\", \"en\": \"IV drip\"", "\"ja\": \"点滴\"");

            Result result = withStdin(sheet, "validate", "-");

            assertEquals(ExitCodes.BAD_INPUT, result.code());
            assertEquals("<stdin>:2:20: error E-SCHEMA-VERSION /schemaVersion: schemaVersion 2 is not one this "
                    + "exoplan reads — set \"schemaVersion\": 1, or use a newer exoplan\n"
                    + "<stdin>:4:20: error E-RANGE /tax/rate: tax rate 10 must be from 0 up to (not including) 1 — "
                    + "write the rate as a fraction: 0.10 for 10 %\n"
                    + "<stdin>:6:22: warning W-LABEL /methods/iv/label/en: no English text — add \"en\"; the Japanese "
                    + "text is shown in its place\n"
                    + "1 file: 2 errors, 1 warning\n", result.out());
        }

        @Test
        void summary_oneErrorAndTwoWarnings_isSingularThenPlural() {
            String sheet = cleanWith("\"schemaVersion\": 1", "\"schemaVersion\": 2",
                    "\"ja\": \"点滴\", \"en\": \"IV drip\"", "\"ja\": \"点滴\"",
                    "\"ja\": \"局所注射\", \"en\": \"Local injection\"", "\"en\": \"Local injection\"");

            Result result = withStdin(sheet, "validate", "-");

            assertTrue(result.out().endsWith("\n1 file: 1 error, 2 warnings\n"), result.out());
        }

        @Test
        void severalFiles_areReportedInArgumentOrderWithOneSummary() {
            Result result = Run.exoplan("validate", CLEAN, fixture("E-TYPE"), fixture("W-LABEL"), "pricing.json");

            assertEquals(ExitCodes.BAD_INPUT, result.code());
            assertEquals(FINDINGS + "E-TYPE.json:29:97: error E-TYPE /clinics/0/fees/0/amount: expected a number, "
                    + "found the string \"5000\" — write a number\n"
                    + notChecked(FINDINGS + "E-TYPE.json", "/clinics/0 (fees, cheap, offers)")
                    + FINDINGS + "W-LABEL.json:6:22: warning W-LABEL /methods/iv/label/en: no English text — add "
                    + "\"en\"; the Japanese text is shown in its place\n"
                    + "4 files: 1 error, 1 warning\n", result.out());
        }

        @Test
        void severalFilesWithOnlyWarnings_exitZero() {
            Result result = Run.exoplan("validate", fixture("W-LABEL"), fixture("W-CHEAP"));

            assertEquals(ExitCodes.OK, result.code());
            assertTrue(result.out().endsWith("\n2 files: 0 errors, 2 warnings\n"), result.out());
        }
    }

    @Nested
    class UnreadableFiles {

        @TempDir
        Path dir;

        @Test
        void directory_isAnEReadLineWithoutPlace() {
            Result result = Run.exoplan("validate", "src/test/resources/sheets");

            assertEquals(ExitCodes.BAD_INPUT, result.code());
            assertEquals("src/test/resources/sheets: error E-READ: src/test/resources/sheets is a directory — give "
                    + "the path of the price sheet file itself\n"
                    + "1 file: 1 error, 0 warnings\n", result.out());
        }

        @Test
        void missingFile_isAnEReadLineSayingItDoesNotExist() {
            String missing = dir.resolve("missing.json").toString();

            Result result = Run.exoplan("validate", missing);

            assertEquals(ExitCodes.BAD_INPUT, result.code());
            // validate has no --pricing, so its fix does not suggest leaving --pricing out (plan's does).
            assertEquals(missing + ": error E-READ: " + missing + " does not exist — check the path\n"
                    + "1 file: 1 error, 0 warnings\n", result.out());
        }

        @Test
        void unreadableFiles_doNotStopTheOtherFilesFromBeingChecked() {
            String missing = dir.resolve("missing.json").toString();

            Result result = Run.exoplan("validate", missing, fixture("W-LABEL"), "src/test/resources/sheets", CLEAN);

            assertEquals(ExitCodes.BAD_INPUT, result.code());
            assertEquals(missing + ": error E-READ: " + missing + " does not exist — check the path\n"
                    + FINDINGS + "W-LABEL.json:6:22: warning W-LABEL /methods/iv/label/en: no English text — add "
                    + "\"en\"; the Japanese text is shown in its place\n"
                    + "src/test/resources/sheets: error E-READ: src/test/resources/sheets is a directory — give "
                    + "the path of the price sheet file itself\n"
                    + "4 files: 2 errors, 1 warning\n", result.out());
        }
    }

    // ---- excerpts on a terminal -------------------------------------------------------------------

    @Nested
    class Excerpts {

        @Test
        void onATerminal_theLineIsShownWithACaretUnderTheValue() {
            // Column 97 of line 29; of the 96 characters before it, 初診料 are 3 wide ones, which a terminal
            // shows in 2 columns each: 96 + 3 = 99 columns before the caret.
            Result result = onTerminal("validate", fixture("E-TYPE"));

            assertEquals(FINDINGS + "E-TYPE.json:29:97: error E-TYPE /clinics/0/fees/0/amount: expected a number, "
                    + "found the string \"5000\" — write a number\n"
                    + " 29 |         { \"id\": \"consultation\", \"label\": { \"ja\": \"初診料\", \"en\": \"First "
                    + "consultation\" }, \"amount\": \"5000\", \"per\": \"once\" },\n"
                    + "    | " + " ".repeat(99) + "^\n"
                    + notChecked(FINDINGS + "E-TYPE.json", "/clinics/0 (fees, cheap, offers)")
                    + "1 file: 1 error, 0 warnings\n", result.out());
        }

        @Test
        void onATerminal_aLongLineIsCutAroundTheColumn() {
            // Line 30 has 170 characters, more than 2 × 60, so the excerpt runs from character 57 (60 before
            // column 117) to the end, after "…". Before the caret: "…" (1) + 60 characters, of which 酔クリーム
            // are 5 wide ones: 1 + 60 + 5 = 66 columns.
            Result result = onTerminal("validate", fixture("E-ENUM"));

            assertEquals(FINDINGS + "E-ENUM.json:30:117: error E-ENUM /clinics/0/fees/1/per: \"visits\" is not one "
                    + "of \"once\", \"visit\" (did you mean \"visit\"?) — use one of the listed values\n"
                    + " 30 | …酔クリーム\", \"en\": \"Anaesthetic cream\" }, \"amount\": 3000, \"per\": \"visits\", "
                    + "\"optional\": true, \"methods\": [\"injection\"] }\n"
                    + "    | " + " ".repeat(66) + "^\n"
                    + notChecked(FINDINGS + "E-ENUM.json", "/clinics/0 (fees, cheap, offers)")
                    + "1 file: 1 error, 0 warnings\n", result.out());
        }

        @Test
        void onATerminal_aOneDigitLineNumberHasANarrowGutter() {
            // Line 6: `    "iv": { "label": { "ja": "点滴" } },` — the label object starts at column 22,
            // with nothing wide before it.
            Result result = onTerminal("validate", fixture("W-LABEL"));

            assertEquals(FINDINGS + "W-LABEL.json:6:22: warning W-LABEL /methods/iv/label/en: no English text — add "
                    + "\"en\"; the Japanese text is shown in its place\n"
                    + " 6 |     \"iv\": { \"label\": { \"ja\": \"点滴\" } },\n"
                    + "   | " + " ".repeat(21) + "^\n"
                    + "1 file: 0 errors, 1 warning\n", result.out());
        }

        @Test
        void notOnATerminal_thereIsNoExcerpt() {
            Result result = Run.exoplan(Map.of(), "", Locale.US, false, "validate", fixture("E-TYPE"));

            assertEquals(FINDINGS + "E-TYPE.json:29:97: error E-TYPE /clinics/0/fees/0/amount: expected a number, "
                    + "found the string \"5000\" — write a number\n"
                    + notChecked(FINDINGS + "E-TYPE.json", "/clinics/0 (fees, cheap, offers)")
                    + "1 file: 1 error, 0 warnings\n", result.out());
        }

        @Test
        void onATerminal_anUnreadableFileHasNoExcerpt() {
            Result result = onTerminal("validate", "src/test/resources/sheets");

            assertEquals("src/test/resources/sheets: error E-READ: src/test/resources/sheets is a directory — give "
                    + "the path of the price sheet file itself\n"
                    + "1 file: 1 error, 0 warnings\n", result.out());
        }
    }

    // ---- --max-findings ---------------------------------------------------------------------------

    @Nested
    class MaxFindings {

        /** clean.json without its disclosure: four warnings, all placed at the clinic (line 20, column 5). */
        private final String undisclosed = cleanWith("      \"disclosure\": { \"source\": \"adipose\", \"dose\": \"2 mL\", "
                + "\"manufacturer\": \"Example Lab\", \"qualityControl\": \"lot tested\" },\n", "");

        private static final String SOURCE = "<stdin>:20:5: warning W-DISCLOSE-SOURCE /clinics/0/disclosure: clinic "
                + "'sample' does not say where its exosome comes from (由来) — add disclosure.source: adipose, "
                + "umbilical-cord, dental-pulp, bone-marrow or the clinic's own words\n";
        private static final String DOSE = "<stdin>:20:5: warning W-DISCLOSE-DOSE /clinics/0/disclosure: clinic "
                + "'sample' does not state the dose or concentration (濃度) — add disclosure.dose, such as the "
                + "particles or millilitres per session\n";
        private static final String MANUFACTURER = "<stdin>:20:5: warning W-DISCLOSE-MANUFACTURER "
                + "/clinics/0/disclosure: clinic 'sample' does not name the manufacturer — add "
                + "disclosure.manufacturer\n";
        private static final String QC = "<stdin>:20:5: warning W-DISCLOSE-QC /clinics/0/disclosure: clinic "
                + "'sample' does not describe its quality control (品質管理) — add disclosure.qualityControl, such "
                + "as which tests each lot passes\n";

        @Test
        void two_showsTheFirstTwoAndCountsTheRest() {
            Result result = withStdin(undisclosed, "validate", "--max-findings", "2", "-");

            assertEquals(ExitCodes.OK, result.code());
            assertEquals(SOURCE + DOSE
                    + "… 2 more findings not shown (--max-findings 2; 0 shows all)\n"
                    + "1 file: 0 errors, 4 warnings\n", result.out());
        }

        @Test
        void three_leavesOutOneFindingInTheSingular() {
            Result result = withStdin(undisclosed, "validate", "--max-findings", "3", "-");

            assertEquals(SOURCE + DOSE + MANUFACTURER
                    + "… 1 more finding not shown (--max-findings 3; 0 shows all)\n"
                    + "1 file: 0 errors, 4 warnings\n", result.out());
        }

        @Test
        void zero_showsAll() {
            Result result = withStdin(undisclosed, "validate", "--max-findings", "0", "-");

            assertEquals(SOURCE + DOSE + MANUFACTURER + QC + "1 file: 0 errors, 4 warnings\n", result.out());
        }

        @Test
        void byDefault_allFourAreShown() {
            Result result = withStdin(undisclosed, "validate", "-");

            assertEquals(SOURCE + DOSE + MANUFACTURER + QC + "1 file: 0 errors, 4 warnings\n", result.out());
        }

        @Test
        void theCap_countsAcrossFilesAndTheLeftOutErrorStillFailsTheRun() {
            Result result = Run.exoplan("validate", "--max-findings", "1", fixture("W-LABEL"), fixture("E-TYPE"));

            assertEquals(ExitCodes.BAD_INPUT, result.code());
            assertEquals(FINDINGS + "W-LABEL.json:6:22: warning W-LABEL /methods/iv/label/en: no English text — add "
                    + "\"en\"; the Japanese text is shown in its place\n"
                    + notChecked(FINDINGS + "E-TYPE.json", "/clinics/0 (fees, cheap, offers)")
                    + "… 1 more finding not shown (--max-findings 1; 0 shows all)\n"
                    + "2 files: 1 error, 1 warning\n", result.out());
        }

        @Test
        void inJson_leftOutCountsWhatIsNotListed() throws IOException {
            JsonNode file = json(withStdin(undisclosed, "validate", "--format", "json", "--max-findings", "2", "-"))
                    .get("files").get(0);

            assertEquals(2, file.get("findings").size());
            assertEquals(2, file.get("leftOut").asInt());
            assertEquals(4, file.get("warnings").asInt());
        }

        @Test
        void negative_isAUsageError() {
            assertUsageError(Run.exoplan("validate", "--max-findings", "-1", CLEAN),
                    "exoplan validate: --max-findings must be 0 (show all) or more, got -1");
        }
    }

    // ---- --check ----------------------------------------------------------------------------------

    @Nested
    class CheckOption {

        /** No disclosure (4 W-DISCLOSE-*), no English iv label (W-LABEL), an iv price from 3000 (W-CHEAP). */
        private final String manyWarnings = cleanWith(
                "      \"disclosure\": { \"source\": \"adipose\", \"dose\": \"2 mL\", \"manufacturer\": \"Example Lab\", "
                        + "\"qualityControl\": \"lot tested\" },\n", "",
                "\"ja\": \"点滴\", \"en\": \"IV drip\"", "\"ja\": \"点滴\"",
                "\"min\": 30000,", "\"min\": 3000,");

        private List<String> codesShown(Result result) {
            List<String> codes = new ArrayList<>();
            result.out().lines().filter(l -> l.startsWith("<stdin>:")).forEach(l -> codes.add(l.split(" ")[2]));
            return codes;
        }

        @Test
        void withoutCheck_everyWarningIsShown() {
            Result result = withStdin(manyWarnings, "validate", "-");

            assertEquals(List.of("W-LABEL", "W-DISCLOSE-SOURCE", "W-DISCLOSE-DOSE", "W-DISCLOSE-MANUFACTURER",
                    "W-DISCLOSE-QC", "W-CHEAP"), codesShown(result));
        }

        @Test
        void disclosure_keepsOnlyTheDisclosureWarnings() {
            Result result = withStdin(manyWarnings, "validate", "--check", "disclosure", "-");

            assertEquals(ExitCodes.OK, result.code());
            assertEquals(List.of("W-DISCLOSE-SOURCE", "W-DISCLOSE-DOSE", "W-DISCLOSE-MANUFACTURER", "W-DISCLOSE-QC"),
                    codesShown(result));
            assertTrue(result.out().endsWith("\n1 file: 0 errors, 4 warnings\n"), result.out());
        }

        @Test
        void repeated_keepsTheWarningsOfEachNamedCheck() {
            Result result = withStdin(manyWarnings, "validate", "--check", "labels", "--check", "cheap", "-");

            assertEquals(List.of("W-LABEL", "W-CHEAP"), codesShown(result));
        }

        @Test
        void disclosure_stillReportsErrors() {
            // An error (the quoted amount) beside a warning of another check (no English iv label).
            String sheet = cleanWith("\"amount\": 5000,", "\"amount\": \"5000\",",
                    "\"ja\": \"点滴\", \"en\": \"IV drip\"", "\"ja\": \"点滴\"");

            Result result = withStdin(sheet, "validate", "--check", "disclosure", "-");

            assertEquals(ExitCodes.BAD_INPUT, result.code());
            assertEquals("<stdin>:29:97: error E-TYPE /clinics/0/fees/0/amount: expected a number, found the string "
                    + "\"5000\" — write a number\n"
                    + "1 file: 1 error, 0 warnings\n", result.out());
        }

        @Test
        void unknownId_isAUsageErrorThatSuggestsTheClosestCheck() {
            assertUsageError(Run.exoplan("validate", "--check", "disclosur", CLEAN),
                    "exoplan validate: --check: unknown check 'disclosur'; did you mean 'disclosure'? checks: "
                            + "unknown-fields, labels, duplicates, bom, goals-offered, disclosure, fees, cheap, "
                            + "intervals, offers, courses, financing");
        }
    }

    // ---- --strict ---------------------------------------------------------------------------------

    @Nested
    class Strict {

        @Test
        void warning_isReportedAsAnErrorAndFailsTheRun() {
            Result result = Run.exoplan("validate", "--strict", fixture("W-LABEL"));

            assertEquals(ExitCodes.BAD_INPUT, result.code());
            assertEquals(FINDINGS + "W-LABEL.json:6:22: error W-LABEL /methods/iv/label/en: no English text — add "
                    + "\"en\"; the Japanese text is shown in its place\n"
                    + "1 file: 1 error, 0 warnings\n", result.out());
        }

        @Test
        void inJson_theWarningBecomesAnErrorAndTheFileInvalid() throws IOException {
            JsonNode file = json(Run.exoplan("validate", "--strict", "--format", "json", fixture("W-CHEAP")))
                    .get("files").get(0);

            assertFalse(file.get("valid").asBoolean());
            assertEquals(1, file.get("errors").asInt());
            assertEquals(0, file.get("warnings").asInt());
            assertEquals("error", file.get("findings").get(0).get("severity").asText());
            assertEquals("W-CHEAP", file.get("findings").get(0).get("code").asText());
        }
    }

    // ---- --format json ----------------------------------------------------------------------------

    @Nested
    class JsonFormat {

        @Test
        void oneFile_hasTheDocumentedStructure() throws IOException {
            Result result = Run.exoplan("validate", "--format", "json", fixture("E-ENUM"));

            assertEquals(ExitCodes.BAD_INPUT, result.code());
            assertEquals(JSON.readTree("""
                    {
                      "formatVersion": 1,
                      "files": [ {
                        "file": "src/test/resources/sheets/findings/E-ENUM.json",
                        "valid": false,
                        "errors": 1,
                        "warnings": 0,
                        "leftOut": 0,
                        "findings": [ {
                          "severity": "error",
                          "code": "E-ENUM",
                          "pointer": "/clinics/0/fees/1/per",
                          "line": 30,
                          "column": 117,
                          "message": "\\"visits\\" is not one of \\"once\\", \\"visit\\" (did you mean \\"visit\\"?)",
                          "fix": "use one of the listed values"
                        } ],
                        "skipped": [ {"pointer": "/clinics/0", "checks": ["fees", "cheap", "offers"]} ]
                      } ]
                    }
                    """), json(result));
        }

        @Test
        void validFile_isValidWithAnEmptyListOfFindings() throws IOException {
            JsonNode file = json(Run.exoplan("validate", "--format", "json", CLEAN)).get("files").get(0);

            assertTrue(file.get("valid").asBoolean());
            assertEquals(0, file.get("errors").asInt());
            assertTrue(file.get("findings").isArray());
            assertEquals(0, file.get("findings").size());
        }

        @Test
        void warningOnly_keepsTheFileValid() throws IOException {
            Result result = Run.exoplan("validate", "--format", "json", fixture("W-INTERVAL-MAINTENANCE"));
            JsonNode file = json(result).get("files").get(0);

            assertEquals(ExitCodes.OK, result.code());
            assertTrue(file.get("valid").asBoolean());
            assertEquals(1, file.get("warnings").asInt());
            JsonNode finding = file.get("findings").get(0);
            assertEquals("warning", finding.get("severity").asText());
            assertEquals("/goals/skin/maintenanceIntervalMonths/max", finding.get("pointer").asText());
            // Line 15: `      "maintenanceIntervalMonths": { "min": 2, "typical": 3, "max": 12 },` — 12 at column 69.
            assertEquals(15, finding.get("line").asInt());
            assertEquals(69, finding.get("column").asInt());
        }

        @Test
        void unreadableFile_hasAnEReadFindingWithoutLineOrColumn() throws IOException {
            JsonNode run = json(Run.exoplan("validate", "--format", "json", "src/test/resources/sheets", CLEAN));

            assertEquals(2, run.get("files").size());
            JsonNode file = run.get("files").get(0);
            assertEquals("src/test/resources/sheets", file.get("file").asText());
            assertFalse(file.get("valid").asBoolean());
            JsonNode finding = file.get("findings").get(0);
            assertEquals("E-READ", finding.get("code").asText());
            assertEquals("", finding.get("pointer").asText());
            assertFalse(finding.has("line"), finding::toString);
            assertFalse(finding.has("column"), finding::toString);
            assertEquals("src/test/resources/sheets is a directory", finding.get("message").asText());
            assertEquals("give the path of the price sheet file itself", finding.get("fix").asText());
            assertTrue(run.get("files").get(1).get("valid").asBoolean());
        }
    }

    // ---- --format sarif ---------------------------------------------------------------------------

    @Nested
    class Sarif {

        /** The SARIF of {@code validate --format sarif ARGS}, checked against OASIS's schema. */
        private JsonNode sarif(String... args) throws IOException {
            String[] all = Stream.concat(Stream.of("validate", "--format", "sarif"), Stream.of(args))
                    .toArray(String[]::new);
            Result result = Run.exoplan(all);
            assertEquals("", result.err());
            return SarifSchema.valid(result.out());
        }

        private JsonNode sarifOfStdin(String sheet, String... args) throws IOException {
            String[] all = Stream.concat(Stream.of("validate", "--format", "sarif"), Stream.concat(Stream.of(args),
                    Stream.of("-"))).toArray(String[]::new);
            Result result = withStdin(sheet, all);
            assertEquals("", result.err());
            return SarifSchema.valid(result.out());
        }

        /** A logical location's fields come in one order in every run, so the same sheet gives the same bytes. */
        @Test
        void logicalLocations_nameThePointerThenTheKind() throws IOException {
            JsonNode sarif = sarif(fixture("E-ENUM"));
            JsonNode logical = sarif.at("/runs/0/results/0/locations/0/logicalLocations/0");
            assertEquals(List.of("fullyQualifiedName", "kind"), iteratorToList(logical.fieldNames()));
        }

        private static List<String> iteratorToList(java.util.Iterator<String> names) {
            List<String> list = new java.util.ArrayList<>();
            names.forEachRemaining(list::add);
            return list;
        }

        @Test
        void run_isSarif210FromTheToolExoplan() throws IOException {
            JsonNode sarif = sarif(fixture("E-ENUM"));

            assertEquals("2.1.0", sarif.get("version").asText());
            assertEquals(1, sarif.get("runs").size());
            assertEquals("exoplan", sarif.at("/runs/0/tool/driver/name").asText());
        }

        @Test
        void rules_areOnePerCodeUsedWithTheRegistrysDescription() throws IOException {
            JsonNode sarif = sarif(fixture("E-ENUM"), fixture("W-LABEL"), fixture("E-ENUM"),
                    "src/test/resources/sheets");

            List<String> ids = new ArrayList<>();
            sarif.at("/runs/0/tool/driver/rules").forEach(rule -> {
                ids.add(rule.get("id").asText());
                assertEquals(Codes.all().get(rule.get("id").asText()), rule.at("/shortDescription/text").asText());
            });
            assertEquals(List.of("E-ENUM", "W-LABEL", "E-READ"), ids);
            assertEquals("A value is not one of the listed values (tax.rounding, per).",
                    sarif.at("/runs/0/tool/driver/rules/0/shortDescription/text").asText());
        }

        @Test
        void result_carriesRuleLevelMessageFileRegionAndPointer() throws IOException {
            JsonNode result = sarif(fixture("E-ENUM")).at("/runs/0/results/0");

            assertEquals("E-ENUM", result.get("ruleId").asText());
            assertEquals("error", result.get("level").asText());
            assertEquals("\"visits\" is not one of \"once\", \"visit\" (did you mean \"visit\"?) — use one of the listed "
                    + "values", result.at("/message/text").asText());
            JsonNode location = result.at("/locations/0");
            assertEquals(FINDINGS + "E-ENUM.json", location.at("/physicalLocation/artifactLocation/uri").asText());
            assertEquals(30, location.at("/physicalLocation/region/startLine").asInt());
            assertEquals(117, location.at("/physicalLocation/region/startColumn").asInt());
            assertEquals("/clinics/0/fees/1/per", location.at("/logicalLocations/0/fullyQualifiedName").asText());
        }

        @Test
        void warning_hasLevelWarning() throws IOException {
            JsonNode result = sarif(fixture("W-DUPLICATE")).at("/runs/0/results/0");

            assertEquals("W-DUPLICATE", result.get("ruleId").asText());
            assertEquals("warning", result.get("level").asText());
            // Line 12: `      "methods": ["iv", "injection", "iv"],` — the second "iv" at column 38.
            assertEquals(12, result.at("/locations/0/physicalLocation/region/startLine").asInt());
            assertEquals(38, result.at("/locations/0/physicalLocation/region/startColumn").asInt());
        }

        @Test
        void cancelCap_isAWarningRuleAtTheClinicsPolicyWithTheRefundsItCompares() throws IOException {
            JsonNode sarif = sarif(fixture("W-CANCEL-CAP"));
            JsonNode result = sarif.at("/runs/0/results/0");

            assertEquals(1, sarif.at("/runs/0/results").size());
            assertEquals("W-CANCEL-CAP", sarif.at("/runs/0/tool/driver/rules/0/id").asText());
            assertEquals("warning", sarif.at("/runs/0/tool/driver/rules/0/defaultConfiguration/level").asText());
            assertEquals("W-CANCEL-CAP", result.get("ruleId").asText());
            assertEquals("warning", result.get("level").asText());
            // 350,000 for 5 sessions, stopped before the first: the clinic's fee 30,000 leaves 320,000; the
            // law's cap of 20,000 leaves 330,000.
            assertTrue(result.at("/message/text").asText().startsWith("the cancellation policy for the 5-session "
                    + "package of iv charges more than the law's caps on a covered course contract: stopping after "
                    + "0 sessions refunds 320000, where the caps leave at least 330000 — state a policy inside the "
                    + "caps: "), result.toString());
            // Line 32: `      "cancellation": {` — the clinic's policy object (the package states none) at column 23.
            JsonNode location = result.at("/locations/0");
            assertEquals(FINDINGS + "W-CANCEL-CAP.json", location.at("/physicalLocation/artifactLocation/uri").asText());
            assertEquals(32, location.at("/physicalLocation/region/startLine").asInt());
            assertEquals(23, location.at("/physicalLocation/region/startColumn").asInt());
            assertEquals("/clinics/0/cancellation", location.at("/logicalLocations/0/fullyQualifiedName").asText());
        }

        @Test
        void unreadableFile_hasAnArtifactButNoRegion() throws IOException {
            JsonNode result = sarif("src/test/resources/sheets").at("/runs/0/results/0");

            assertEquals("E-READ", result.get("ruleId").asText());
            JsonNode physical = result.at("/locations/0/physicalLocation");
            assertEquals("src/test/resources/sheets", physical.at("/artifactLocation/uri").asText());
            assertFalse(physical.has("region"), physical::toString);
        }

        @Test
        void cleanSheet_hasNoResults() throws IOException {
            JsonNode run = sarif(CLEAN).at("/runs/0");

            assertEquals(0, run.get("results").size());
            assertEquals(0, run.at("/tool/driver/rules").size());
        }

        /** What GitHub code scanning shows for a rule: both descriptions, help in text and Markdown, and where the code is documented. */
        @Test
        void rule_carriesDescriptionsHelpAndTheAnchorOfItsCode() throws IOException {
            JsonNode rule = sarif(fixture("E-ENUM")).at("/runs/0/tool/driver/rules/0");

            String docs = "https://github.com/exoplan/exoplan/blob/main/docs/clinics.md#e-enum";
            String meaning = "A value is not one of the values its field allows (tax.rounding, a fee's per); the "
                    + "closest one is suggested.";
            assertEquals(JSON.createObjectNode()
                    .put("id", "E-ENUM")
                    .<com.fasterxml.jackson.databind.node.ObjectNode>set("shortDescription", JSON.createObjectNode()
                            .put("text", "A value is not one of the listed values (tax.rounding, per)."))
                    .<com.fasterxml.jackson.databind.node.ObjectNode>set("fullDescription", JSON.createObjectNode()
                            .put("text", meaning))
                    .<com.fasterxml.jackson.databind.node.ObjectNode>set("help", JSON.createObjectNode()
                            .put("text", meaning + "\n\nFix: Use one of the listed values.\n\nMore: " + docs)
                            .put("markdown", meaning + "\n\n**Fix:** Use one of the listed values.\n\n"
                                    + "[E-ENUM in exoplan's documentation](" + docs + ")"))
                    .put("helpUri", docs)
                    .set("defaultConfiguration", JSON.createObjectNode().put("level", "error")), rule);
        }

        @Test
        void rule_inJapanese_isInTheJapaneseBundlesWords() throws IOException {
            JsonNode rule = sarif("--lang", "ja", fixture("W-LABEL")).at("/runs/0/tool/driver/rules/0");

            assertEquals("文に日本語版か英語版がありません。", rule.at("/shortDescription/text").asText());
            assertEquals("ない方の言語を追加してください。", rule.at("/help/text").asText().split("\n\n")[1]
                    .replace("直し方：", ""));
            assertEquals("https://github.com/exoplan/exoplan/blob/main/docs/clinics.md#w-label",
                    rule.get("helpUri").asText());
            assertEquals("warning", rule.at("/defaultConfiguration/level").asText());
        }

        @Test
        void driver_namesExoplansHomeAndItsVersionAsASemanticVersion() throws IOException {
            JsonNode driver = sarif(CLEAN).at("/runs/0/tool/driver");

            assertEquals("https://github.com/exoplan/exoplan", driver.get("informationUri").asText());
            assertEquals(new VersionProvider().version(), driver.get("version").asText());
            // the build writes the pom's version, 0.1.0, which is one
            assertEquals(driver.get("version").asText(), driver.get("semanticVersion").asText());
        }

        private static String fingerprint(JsonNode sarif, int result) {
            return sarif.at("/runs/0/results/" + result + "/partialFingerprints/exoplanFinding~1v1").asText();
        }

        @Test
        void fingerprint_staysWhenLinesAboveTheFindingMove() throws IOException {
            String sheet = Files.readString(Path.of(fixture("W-LABEL")));
            JsonNode before = sarifOfStdin(sheet);
            JsonNode after = sarifOfStdin(sheet.replaceFirst("\\{\n", "{\n\n\n"));

            assertEquals(6, before.at("/runs/0/results/0/locations/0/physicalLocation/region/startLine").asInt());
            assertEquals(8, after.at("/runs/0/results/0/locations/0/physicalLocation/region/startLine").asInt());
            assertTrue(fingerprint(before, 0).matches("[0-9a-f]{64}:1"), fingerprint(before, 0));
            assertEquals(fingerprint(before, 0), fingerprint(after, 0));
        }

        /** Its message names a line ("first at line 4"), which the fingerprint leaves out. */
        @Test
        void fingerprint_ofADuplicateKey_staysWhenItsFirstLineMoves() throws IOException {
            String sheet = Files.readString(Path.of(fixture("E-DUPLICATE-KEY")));
            JsonNode before = sarifOfStdin(sheet);
            JsonNode after = sarifOfStdin(sheet.replaceFirst("\\{\n", "{\n\n\n"));

            assertTrue(before.at("/runs/0/results/0/message/text").asText().contains("first at line 4"));
            assertTrue(after.at("/runs/0/results/0/message/text").asText().contains("first at line 6"));
            assertEquals(fingerprint(before, 0), fingerprint(after, 0));
        }

        @Test
        void fingerprint_changesWithTheOffendingValue() throws IOException {
            String sheet = Files.readString(Path.of(fixture("E-ENUM")));
            JsonNode visits = sarifOfStdin(sheet);
            JsonNode weekly = sarifOfStdin(sheet.replace("\"visits\"", "\"weekly\""));

            assertEquals(visits.at("/runs/0/results/0/locations").toString(),
                    weekly.at("/runs/0/results/0/locations").toString());
            assertFalse(fingerprint(visits, 0).equals(fingerprint(weekly, 0)), fingerprint(visits, 0));
        }

        @Test
        void fingerprint_isTheSameInEveryLanguage() throws IOException {
            assertEquals(fingerprint(sarif(fixture("W-LABEL")), 0), fingerprint(sarif("--lang", "ja",
                    fixture("W-LABEL")), 0));
        }

        @Test
        void fingerprint_ofAFileGivenTwice_countsTheSecondOccurrence() throws IOException {
            JsonNode sarif = sarif(fixture("W-LABEL"), fixture("W-LABEL"));

            String hash = fingerprint(sarif, 0).replace(":1", "");
            assertEquals(hash + ":1", fingerprint(sarif, 0));
            assertEquals(hash + ":2", fingerprint(sarif, 1));
        }

        /** Code scanning closes an alert missing from a run as fixed: the cut is said in the run itself. */
        @Test
        void maxFindings_aCut_isAWarningOfTheInvocationAndCountedInTheRunsProperties() throws IOException {
            // E-ENUM.json has 1 error and W-LABEL.json 1 warning: 2 findings, the second left out.
            JsonNode sarif = sarif("--max-findings", "1", fixture("E-ENUM"), fixture("W-LABEL"));
            JsonNode run = sarif.at("/runs/0");

            assertEquals(1, run.get("results").size());
            JsonNode notifications = run.at("/invocations/0/toolExecutionNotifications");
            JsonNode cut = notifications.get(notifications.size() - 1);
            assertEquals(JSON.readTree("""
                    {"level": "warning", "message": {"text": "1 finding of 2 not in this log (--max-findings 1): \
                    code scanning would close its alert as if fixed; run with --max-findings 0 to report all"}}"""), cut);
            assertEquals(JSON.readTree("""
                    {"files": 2, "errors": 1, "warnings": 1, "results": 1, "leftOut": 1, "maxFindings": 1}"""),
                    run.get("properties"));
        }

        @Test
        void maxFindingsZero_reportsEveryFindingAndNoCut() throws IOException {
            JsonNode run = sarif("--max-findings", "0", fixture("E-ENUM"), fixture("W-LABEL")).at("/runs/0");

            assertEquals(2, run.get("results").size());
            run.at("/invocations/0/toolExecutionNotifications")
                    .forEach(n -> assertEquals("note", n.get("level").asText(), n::toString));
            assertEquals(JSON.readTree("""
                    {"files": 2, "errors": 1, "warnings": 1, "results": 2, "leftOut": 0, "maxFindings": 0}"""),
                    run.get("properties"));
        }

        @Test
        void maxFindings_inJapanese_saysTheCutInJapanese() throws IOException {
            JsonNode notifications = sarif("--lang", "ja", "--max-findings", "1", fixture("E-ENUM"), fixture("W-LABEL"))
                    .at("/runs/0/invocations/0/toolExecutionNotifications");

            assertEquals("2 件のうち 1 件はこのログにありません（--max-findings 1）：コードスキャンではそのアラートが直ったもの"
                    + "として閉じられます。すべて報告するには --max-findings 0 で実行してください",
                    notifications.get(notifications.size() - 1).at("/message/text").asText());
        }
    }

    // ---- standard input ---------------------------------------------------------------------------

    @Nested
    class StandardInput {

        @Test
        void dash_readsTheSheetFromStandardInput() throws IOException {
            Result result = withStdin(Files.readString(Path.of(fixture("W-LABEL"))), "validate", "-");

            assertEquals(ExitCodes.OK, result.code());
            assertEquals("<stdin>:6:22: warning W-LABEL /methods/iv/label/en: no English text — add \"en\"; the "
                    + "Japanese text is shown in its place\n"
                    + "1 file: 0 errors, 1 warning\n", result.out());
        }

        @Test
        void dash_withACleanSheet_passes() throws IOException {
            Result result = withStdin(Files.readString(Path.of(CLEAN)), "validate", "-");

            assertEquals(ExitCodes.OK, result.code());
            assertEquals("1 file: 0 errors, 0 warnings\n", result.out());
        }

        @Test
        void dash_besideFiles_isOneOfThem() throws IOException {
            Result result = withStdin(Files.readString(Path.of(fixture("E-ID"))), "validate", CLEAN, "-");

            assertEquals(ExitCodes.BAD_INPUT, result.code());
            assertEquals("<stdin>:21:13: error E-ID /clinics/0/id: clinic id 'Sample' is not a valid id — use "
                    + "lower-case letters, digits and hyphens, starting with a letter or digit (e.g. \"sample\")\n"
                    + notChecked("<stdin>", "/clinics/0 (disclosure, fees, cheap, offers)")
                    + "2 files: 1 error, 0 warnings\n", result.out());
        }

        @Test
        void dashTwice_isAUsageError() {
            assertUsageError(withStdin("{}", "validate", "-", "-"),
                    "exoplan validate: '-' (standard input) can be given only once");
        }

        @Test
        void dash_inSarif_isTheDocumentedUriStdin() throws IOException {
            Result result = withStdin(Files.readString(Path.of(fixture("W-LABEL"))), "validate", "--format", "sarif",
                    "-");

            assertEquals("stdin", SarifSchema.valid(result.out()).at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri")
                    .asText());
        }
    }

    // ---- wording ----------------------------------------------------------------------------------

    @Nested
    class Wording {

        @Test
        void weeklyInitialSessions_areWrittenInTheSingular() {
            Result result = Run.exoplan("validate", fixture("W-INTERVAL-INITIAL"));

            assertTrue(result.out().contains("initial sessions every week is outside"), result.out());
        }

        @Test
        void maintenanceInterval_namesTheValueAndTheArticlesRange() {
            Result result = Run.exoplan("validate", fixture("W-INTERVAL-MAINTENANCE"));

            assertEquals(FINDINGS + "W-INTERVAL-MAINTENANCE.json:15:69: warning W-INTERVAL-MAINTENANCE "
                    + "/goals/skin/maintenanceIntervalMonths/max: maintenance every 12 months is outside the article's "
                    + "once every few months (2 to 6) — check the interval with the doctor; if it is right, keep it "
                    + "(this is a note, not an error)\n"
                    + "1 file: 0 errors, 1 warning\n", result.out());
        }

        @Test
        void everyFixture_isReportedOnStdoutWithoutAStackTrace() {
            for (String code : codesWithFixtures().toList()) {
                Result result = Run.exoplan("validate", fixture(code));
                assertFalse(result.out().contains("Exception"), result.out());
                assertFalse(result.out().contains("\tat "), result.out());
                assertEquals("", result.err(), code);
            }
        }
    }

    /**
     * The article's checks run on every clinic, and every part of one, whose structure allows it, even
     * when another part of the sheet has errors; what cannot run is named, so that fixing the errors
     * brings no warning this run could have given.
     */
    @Nested
    class ChecksBesideErrors {

        /** Two clinics, neither disclosing anything; clinic B's iv price is negative (line 20, column 69). */
        private static final String TWO_CLINICS = """
                {
                  "schemaVersion": 1,
                  "currency": "JPY",
                  "tax": {"rate": 0.10, "included": true, "rounding": "floor"},
                  "methods": {
                    "iv": {"label": {"ja": "点滴", "en": "IV drip"}}
                  },
                  "goals": {
                    "skin": {
                      "label": {"ja": "美肌", "en": "Skin"},
                      "methods": ["iv"],
                      "initialSessions": {"min": 3, "max": 4},
                      "initialIntervalWeeks": {"min": 2, "max": 4},
                      "maintenanceIntervalMonths": {"min": 2, "max": 6}
                    }
                  },
                  "clinics": [
                    {"id": "clinic-a", "name": "Clinic A", "prices": {"iv": {"min": 30000, "max": 80000}},
                     "fees": [{"id": "consultation", "label": {"ja": "初診料", "en": "Consultation"}, "amount": 5000, "per": "once"}]},
                    {"id": "clinic-b", "name": "Clinic B", "prices": {"iv": {"min": -30000, "max": 80000}}}
                  ]
                }
                """;

        /** Both clinics' disclosure warnings at their objects (18:5, 20:5); clinic B lists no consultation fee. */
        private static final List<String> WARNINGS = List.of(
                "18:5 warning W-DISCLOSE-SOURCE /clinics/0/disclosure",
                "18:5 warning W-DISCLOSE-DOSE /clinics/0/disclosure",
                "18:5 warning W-DISCLOSE-MANUFACTURER /clinics/0/disclosure",
                "18:5 warning W-DISCLOSE-QC /clinics/0/disclosure",
                "20:5 warning W-DISCLOSE-SOURCE /clinics/1/disclosure",
                "20:5 warning W-DISCLOSE-DOSE /clinics/1/disclosure",
                "20:5 warning W-DISCLOSE-MANUFACTURER /clinics/1/disclosure",
                "20:5 warning W-DISCLOSE-QC /clinics/1/disclosure",
                "20:5 warning W-FEE-CONSULTATION /clinics/1/fees");

        /** "line:column severity code pointer" of each finding line of {@code <stdin>}. */
        private static List<String> located(Result result) {
            return result.out().lines().filter(l -> l.startsWith("<stdin>:") && !l.startsWith("<stdin>: "))
                    .map(l -> l.substring("<stdin>:".length()).split(" "))
                    .map(w -> w[0].substring(0, w[0].length() - 1) + " " + w[1] + " " + w[2] + " "
                            + w[3].substring(0, w[3].length() - 1))
                    .toList();
        }

        private static List<String> warnings(Result result) {
            return located(result).stream().filter(l -> l.contains(" warning ")).toList();
        }

        @Test
        void anErrorInClinicB_leavesClinicAChecked_andClinicBsDisclosureAndFeesToo() {
            Result result = withStdin(TWO_CLINICS, "validate", "-");

            assertEquals(ExitCodes.BAD_INPUT, result.code());
            List<String> expected = new java.util.ArrayList<>(WARNINGS);
            expected.add("20:69 error E-RANGE /clinics/1/prices/iv/min");
            assertEquals(expected, located(result));
        }

        @Test
        void anErrorInClinicB_theSummaryNamesTheChecksThatNeedItsPrices() {
            Result result = withStdin(TWO_CLINICS, "validate", "-");

            assertTrue(result.out().endsWith("<stdin>:20:69: error E-RANGE /clinics/1/prices/iv/min: -30000 must be "
                    + "0 or more — set a non-negative amount\n"
                    + "<stdin>: not checked because of errors there: /clinics/1 (cheap, offers) — fix the errors and "
                    + "validate again to run these checks\n"
                    + "1 file: 1 error, 9 warnings\n"), result.out());
        }

        @Test
        void anErrorInClinicB_theSummaryNamesTheSkippedChecksInJapaneseToo() {
            Result result = withStdin(TWO_CLINICS, "validate", "--lang", "ja", "-");

            assertTrue(result.out().endsWith("<stdin>：エラーがあるため次の確認を実行していません：/clinics/1 (cheap, "
                    + "offers) — エラーを直してもう一度 validate するとこれらの確認も実行されます\n"
                    + "1 ファイル：エラー 1 件、警告 9 件\n"), result.out());
        }

        @Test
        void anErrorInClinicB_theJsonListsThePlaceAndTheSkippedChecks() throws IOException {
            Result result = withStdin(TWO_CLINICS, "validate", "--format", "json", "-");

            assertEquals(JSON.readTree("[{\"pointer\": \"/clinics/1\", \"checks\": [\"cheap\", \"offers\"]}]"),
                    JSON.readTree(result.out()).at("/files/0/skipped"));
            assertTrue(JSON.readTree(result.out()).at("/files/0/skippedLeftOut").isMissingNode(), result.out());
            Result fixed = withStdin(TWO_CLINICS.replace("\"min\": -30000", "\"min\": 30000"), "validate",
                    "--format", "json", "-");
            assertTrue(JSON.readTree(fixed.out()).at("/files/0/skipped").isMissingNode(), fixed.out());
        }

        @Test
        void anErrorInClinicB_sarifCarriesANoteNamingTheSkippedChecks() throws IOException {
            Result result = withStdin(TWO_CLINICS, "validate", "--format", "sarif", "-");

            assertEquals(JSON.readTree("""
                    {"executionSuccessful": true, "toolExecutionNotifications": [{
                      "level": "note",
                      "message": {"text": "/clinics/1: not checked because of errors there: cheap, offers — fix the \
                    errors and validate again to run these checks"},
                      "locations": [{"physicalLocation": {"artifactLocation": {"uri": "stdin"}},
                                     "logicalLocations": [{"fullyQualifiedName": "/clinics/1", "kind": "element"}]}]
                    }]}"""), SarifSchema.valid(result.out()).at("/runs/0/invocations/0"));
            Result fixed = withStdin(TWO_CLINICS.replace("\"min\": -30000", "\"min\": 30000"), "validate",
                    "--format", "sarif", "-");
            assertTrue(SarifSchema.valid(fixed.out()).at("/runs/0/invocations").isMissingNode(), fixed.out());
        }

        @Test
        void fixingClinicB_bringsNoNewWarning() {
            Result broken = withStdin(TWO_CLINICS, "validate", "-");
            Result fixed = withStdin(TWO_CLINICS.replace("\"min\": -30000", "\"min\": 30000"), "validate", "-");

            assertEquals(ExitCodes.OK, fixed.code());
            assertEquals(warnings(broken), warnings(fixed));
            assertEquals(WARNINGS, warnings(fixed));
            assertFalse(fixed.out().contains("not checked"), fixed.out());
        }

        @Test
        void anErrorInTheHeader_leavesEveryClinicChecked() {
            Result result = withStdin(TWO_CLINICS.replace("\"min\": -30000", "\"min\": 30000")
                    .replace("\"rate\": 0.10", "\"rate\": 2"), "validate", "-");

            // the rate 2 on line 4: two spaces, "tax": {"rate": — the value at column 19
            List<String> expected = new java.util.ArrayList<>(List.of("4:19 error E-RANGE /tax/rate"));
            expected.addAll(WARNINGS);
            assertEquals(expected, located(result));
            assertFalse(result.out().contains("not checked"), result.out());
        }

        @Test
        void checksNotAskedFor_areNotNamedAsSkipped() {
            Result result = withStdin(TWO_CLINICS, "validate", "--check", "disclosure", "-");

            assertEquals(WARNINGS.subList(0, 8), warnings(result));
            assertFalse(result.out().contains("not checked"), result.out());
        }

        @Test
        void aClinicWhosePriceKeysCannotBeRead_keepsGoalsOfferedFromRunning() {
            Result result = withStdin(TWO_CLINICS.replace("\"prices\": {\"iv\": {\"min\": -30000, \"max\": 80000}}",
                    "\"prices\": \"on request\""), "validate", "-");

            // without clinic B's price keys, whether a goal is offered cannot be told; nor whether it needs a cream
            assertTrue(result.out().contains(notChecked("<stdin>", "/clinics/1 (fees, cheap, offers); "
                    + "/goals (goals-offered)")), result.out());
            assertEquals(WARNINGS.subList(0, 8), warnings(result));
        }

        @Test
        void manyClinicsWithErrors_theFirstFiveAreNamedAndTheRestCounted() {
            StringBuilder more = new StringBuilder();
            for (char c = 'c'; c <= 'g'; c++) {
                more.append(",\n    {\"id\": \"clinic-").append(c).append("\", \"name\": \"Clinic\", \"prices\": "
                        + "{\"iv\": {\"min\": -1, \"max\": 1}}}");
            }
            Result result = withStdin(TWO_CLINICS.replace("\"max\": 80000}}}\n", "\"max\": 80000}}}" + more + "\n"),
                    "validate", "-");

            // clinics 1 to 6 have errors: 1 to 5 are named, the sixth counted
            assertTrue(result.out().contains(notChecked("<stdin>", "/clinics/1 (cheap, offers); /clinics/2 (cheap, "
                    + "offers); /clinics/3 (cheap, offers); /clinics/4 (cheap, offers); /clinics/5 (cheap, offers); "
                    + "and 1 more place")), result.out());
        }

        @Test
        void aClinicWithoutAValidId_namesItsDisclosureAndFeesSkippedToo() {
            Result result = withStdin(TWO_CLINICS.replace("\"clinic-b\"", "\"Clinic B!\""), "validate", "-");

            assertTrue(result.out().contains(notChecked("<stdin>", "/clinics/1 (disclosure, fees, cheap, offers)")),
                    result.out());
            assertEquals(WARNINGS.subList(0, 4), warnings(result));
        }
    }
}
