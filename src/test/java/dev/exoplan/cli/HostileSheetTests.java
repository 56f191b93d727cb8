package dev.exoplan.cli;

import static dev.exoplan.cli.Run.exoplan;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import dev.exoplan.cli.Run.Result;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A sheet whose every text field — notice, goal and method labels, clinic names, the exosome's source,
 * dose, manufacturer and quality control, fee, variant and package labels — holds CR, LF, ESC
 * ({@code \u001b[31m}), C1 ({@code \u009b}), DEL, U+202E, U+2028, U+2029, {@code |}, {@code "}, a comma,
 * a backslash, a tab and a leading {@code =}, {@code +}, {@code -} or {@code @}, through every command
 * and format of the real command line ({@code sheets/hostile.json}; the second clinic's English name and
 * its source hold a lone CR and nothing else that needs quotes, so that only the CR can make CSV quote
 * them). Its bytes are data: no control
 * reaches an output raw, CSV reads back to its rows and columns, Markdown tables keep their columns,
 * and .ics lines are at most 75 octets of valid UTF-8 that unfold to the text.
 */
class HostileSheetTests {

    static final String SHEET = "src/test/resources/sheets/hostile.json";
    static final String BROKEN = "src/test/resources/sheets/hostile-errors.json";

    /** What every hostile field holds after its first character and its name, as the sheet has it. */
    static final String RAW = "x\r\ny\rz\u001b[31mred\u009b2J\u007fdel\u202eevil\u2028ls\u2029ps|pipe\"quote,comma"
            + "\\back\ttab";
    /**
     * {@link #RAW} for people: CR, LF and tab each a space; ESC, U+009B, DEL, U+202E, U+2028 and U+2029
     * each U+FFFD; the rest as it is.
     */
    static final String NEUTRAL = "x  y z\uFFFD[31mred\uFFFD2J\uFFFDdel\uFFFDevil\uFFFDls\uFFFDps|pipe\"quote,comma"
            + "\\back tab";
    static final String CLINIC_A = "=HYPERLINK(\"http://x\") Clinic ";

    private static final List<String> PLANS = List.of(
            "--clinic hostile-a --method iv", "--clinic hostile-a --method shot",
            "--clinic hostile-a --method shot --variant 2cc", "--clinic hostile-b --method iv");

    @TempDir
    Path dir;

    private static Result run(Locale locale, boolean terminal, String... args) {
        return exoplan(Map.of(), "", locale, terminal, args);
    }

    private static String[] args(String line, String... more) {
        List<String> all = new ArrayList<>(List.of(line.split(" ")));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    /**
     * The first character that must not reach people raw: a C0 control other than LF, DEL, a C1
     * control, U+2028/U+2029, a bidirectional embedding, override or isolate, or a lone surrogate.
     */
    static String firstRaw(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
                continue;
            }
            boolean raw = (c < 0x20 && c != '\n') || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029
                    || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || Character.isSurrogate(c);
            if (raw) {
                return String.format("U+%04X at %d in: %s", (int) c, i,
                        text.substring(Math.max(0, i - 40), Math.min(text.length(), i + 20)));
            }
        }
        return null;
    }

    static void assertNoRaw(Result r, String what) {
        assertEquals(null, firstRaw(r.out()), what + ": stdout");
        assertEquals(null, firstRaw(r.err()), what + ": stderr");
    }

    private static List<List<String>> csv(String text) throws IOException {
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        try (MappingIterator<List<String>> rows = mapper.readerForListOf(String.class).readValues(text)) {
            return rows.readAll();
        }
    }

    /** {@code text} with a backslash before each ASCII punctuation character, as Markdown escapes a sheet's text. */
    static String markdownEscaped(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c < 0x80 && !Character.isLetterOrDigit(c) && c > ' ' && c != 0x7F) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /** The cells of a Markdown table line, split at the pipes that are not escaped. */
    static List<String> markdownCells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int backslashes = 0;
        for (char c : line.toCharArray()) {
            if (c == '|' && backslashes % 2 == 0) {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
            backslashes = c == '\\' ? backslashes + 1 : 0;
        }
        cells.add(cell.toString().strip());
        return cells.subList(1, cells.size() - 1); // the text before the first pipe and after the last
    }

    /** A spreadsheet would take a cell starting with one of these for a formula. */
    static boolean formula(String cell) {
        return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0;
    }

    @Nested
    class TextForPeople {

        @ParameterizedTest
        @ValueSource(strings = {"en", "ja"})
        void everyPlan_asTextAndJson_hasNoRawControl(String lang) {
            for (String plan : PLANS) {
                for (String format : List.of("text", "json")) {
                    Result r = exoplan(args("plan --pricing " + SHEET + " --goal skin --start 2027-01-04 " + plan,
                            "--format", format, "--lang", lang));
                    assertEquals(0, r.code(), plan + " " + format + ": " + r.err());
                    assertNoRaw(r, plan + " " + format);
                }
            }
        }

        @Test
        void aPlan_showsEveryTextNeutralised() {
            Result r = exoplan(args("plan --pricing " + SHEET + " --goal skin --start 2027-01-04 --method iv "
                    + "--clinic hostile-a --lang en"));
            // the header wraps at 78 columns, at the spaces the line breaks and the tab became
            assertTrue(r.out().contains("\nGoal     -Skin " + NEUTRAL + "\n         (skin)\n"), r.out());
            assertTrue(r.out().contains("\nClinic   " + CLINIC_A + "x  y\n         z\uFFFD[31mred\uFFFD2J\uFFFDdel"
                    + "\uFFFDevil\uFFFDls\uFFFDps|pipe\"quote,comma\\back tab (hostile-a)\n"), r.out());
            assertTrue(r.out().contains("\nNote     =Notice \uFFFD " + NEUTRAL + "\n"), "a lone surrogate is U+FFFD");
        }

        @ParameterizedTest
        @ValueSource(strings = {"list", "goals", "methods"})
        void listings_asTextAndJson_haveNoRawControl(String command) {
            for (String lang : List.of("en", "ja")) {
                for (String format : List.of("text", "json")) {
                    Result r = exoplan(command, "--pricing", SHEET, "--format", format, "--lang", lang);
                    assertEquals(0, r.code(), r.err());
                    assertNoRaw(r, command + " " + format + " " + lang);
                }
            }
        }

        @Test
        void theListing_keepsOneLinePerClinic() {
            Result r = exoplan("list", "--pricing", SHEET, "--lang", "en");
            assertTrue(r.out().contains("\n  hostile-a  " + CLINIC_A + NEUTRAL + "\n"), r.out());
        }

        @ParameterizedTest
        @ValueSource(strings = {"text", "json", "jsonl"})
        void quote_forPeopleAndPrograms_hasNoRawControl(String format) {
            for (String lang : List.of("en", "ja")) {
                Result r = exoplan("quote", "--pricing", SHEET, "--start", "2027-01-04", "--format", format,
                        "--lang", lang);
                assertEquals(0, r.code(), r.err());
                assertNoRaw(r, "quote " + format + " " + lang);
            }
        }

        @ParameterizedTest
        @ValueSource(strings = {"text", "json"})
        void compare_hasNoRawControl(String format) {
            for (String lang : List.of("en", "ja")) {
                Result r = exoplan("compare", "--pricing", SHEET, "--goal", "skin", "--start", "2027-01-04",
                        "--format", format, "--lang", lang, "--budget", "300000");
                assertEquals(0, r.code(), r.err());
                assertNoRaw(r, "compare " + format + " " + lang);
            }
        }
    }

    @Nested
    class Json {

        @Test
        void aProgram_readsBackTheSheetsOwnText_withALoneSurrogateAsU_FFFD() throws IOException {
            Result r = exoplan(args("plan --pricing " + SHEET + " --goal skin --start 2027-01-04 --method iv "
                    + "--clinic hostile-a --format json --lang en"));
            JsonNode plan = new ObjectMapper().readTree(r.out());
            assertEquals(CLINIC_A + RAW, plan.get("clinicName").asText());
            assertEquals("=Notice \uFFFD " + RAW, plan.get("notice").asText());
            assertFalse(r.out().contains("\u001b"), "escaped as \\u001b");
        }

        @Test
        void quoteJsonLines_keepOneRowPerLine() throws IOException {
            Result r = exoplan("quote", "--pricing", SHEET, "--start", "2027-01-04", "--format", "jsonl");
            List<String> lines = r.out().lines().toList();
            assertEquals(3, lines.size(), r.out()); // hostile-a: iv and shot; hostile-b: iv
            assertEquals("@Second clinic \uFFFD lone\rCR", new ObjectMapper().readTree(lines.get(2))
                    .get("clinic_name").asText());
        }
    }

    @Nested
    class Csv {

        // compare: hostile-a iv and shot, hostile-b iv, each with the 20 columns
        private static final int COMPARE_ROWS = 3;
        private static final int COMPARE_COLUMNS = 20;
        // quote: the same three courses, with the 17 columns, "variant" (the sheet prices by variant) and "prepaid"
        private static final int QUOTE_ROWS = 3;
        private static final int QUOTE_COLUMNS = 19;

        private void readsBack(String text, int rows, int columns, String what) throws IOException {
            List<List<String>> table = csv(text);
            assertEquals(rows + 1, table.size(), what + ": header and rows\n" + text);
            for (List<String> row : table) {
                assertEquals(columns, row.size(), what + ": " + row);
                for (String cell : row) {
                    assertFalse(formula(cell), what + ": a formula cell " + cell);
                }
            }
        }

        @ParameterizedTest
        @ValueSource(strings = {"en", "ja"})
        void compareToAFile_readsBackToItsRowsAndColumns_withTheTextAsData(String lang) throws IOException {
            Result r = run(Locale.US, false, "compare", "--pricing", SHEET, "--goal", "skin", "--start",
                    "2027-01-04", "--format", "csv", "--lang", lang);
            assertEquals(0, r.code(), r.err());
            readsBack(r.out(), COMPARE_ROWS, COMPARE_COLUMNS, "compare csv " + lang);
            if (lang.equals("en")) {
                List<String> first = csv(r.out()).get(1);
                // cheapest first: hostile-a's shot (typical ¥289,000)
                assertEquals("'" + CLINIC_A + RAW, first.get(2), "defused, and otherwise the sheet's text");
                assertEquals("'+SUM(1)" + RAW, first.get(12));
                List<String> last = csv(r.out()).get(3);
                assertEquals(List.of("hostile-b", "'@Second clinic \uFFFD lone\rCR", "'=cord\rblood"),
                        List.of(last.get(1), last.get(2), last.get(12)));
            }
        }

        @Test
        void compareOnATerminal_isNeutralisedToo() throws IOException {
            Result r = run(Locale.US, true, "compare", "--pricing", SHEET, "--goal", "skin", "--start",
                    "2027-01-04", "--format", "csv");
            assertEquals(0, r.code(), r.err());
            assertNoRaw(r, "compare csv on a terminal");
            readsBack(r.out(), COMPARE_ROWS, COMPARE_COLUMNS, "compare csv on a terminal");
            assertEquals("'" + CLINIC_A + NEUTRAL, csv(r.out()).get(1).get(2));
        }

        @ParameterizedTest
        @ValueSource(booleans = {false, true})
        void quote_readsBackToItsRowsAndColumns(boolean terminal) throws IOException {
            Result r = run(Locale.US, terminal, "quote", "--pricing", SHEET, "--start", "2027-01-04");
            assertEquals(0, r.code(), r.err());
            readsBack(r.out(), QUOTE_ROWS, QUOTE_COLUMNS, "quote csv, terminal " + terminal);
            assertEquals("'" + CLINIC_A + (terminal ? NEUTRAL : RAW), csv(r.out()).get(1).get(1));
            assertEquals("'@Second clinic \uFFFD lone" + (terminal ? " " : "\r") + "CR", csv(r.out()).get(3).get(1));
            if (terminal) {
                assertNoRaw(r, "quote csv on a terminal");
            }
        }

        @Test
        void quoteToAFile_isTheSameTable() throws IOException {
            Path file = dir.resolve("q.csv");
            Result r = exoplan("quote", "--pricing", SHEET, "--start", "2027-01-04", "--output", file.toString(),
                    "--bom");
            assertEquals(0, r.code(), r.err());
            String text = Files.readString(file, UTF_8);
            assertTrue(text.startsWith("\uFEFF"));
            readsBack(text.substring(1), QUOTE_ROWS, QUOTE_COLUMNS, "quote --output");
        }

        @Test
        void aLoneCr_neverEndsARow() {
            Result r = run(Locale.US, false, "quote", "--pricing", SHEET, "--start", "2027-01-04");
            // every CR the table holds is inside a quoted cell: outside quotes only LF ends a row
            boolean quoted = false;
            int rowEnds = 0;
            for (char c : r.out().toCharArray()) {
                if (c == '"') {
                    quoted = !quoted;
                } else if (!quoted) {
                    assertFalse(c == '\r', "a CR outside quotes");
                    rowEnds += c == '\n' ? 1 : 0;
                }
            }
            assertEquals(QUOTE_ROWS + 1, rowEnds);
        }
    }

    @Nested
    class Markdown {

        private void keepsItsColumns(String out, int columns, String what) {
            List<String> lines = out.lines().filter(l -> l.startsWith("|")).toList();
            assertTrue(lines.size() >= 2, what + ": a table\n" + out);
            for (int i = 0; i < lines.size(); i++) {
                List<String> cells = markdownCells(lines.get(i));
                assertEquals(columns, cells.size(), what + ": " + lines.get(i));
                if (i != 1) { // the rule under the header is dashes
                    for (String cell : cells) {
                        assertFalse(formula(cell), what + ": a formula cell " + cell);
                    }
                }
            }
        }

        @ParameterizedTest
        @ValueSource(strings = {"en", "ja"})
        void quote_keepsItsColumns(String lang) {
            Result r = run(Locale.US, true, "quote", "--pricing", SHEET, "--start", "2027-01-04", "--format",
                    "markdown", "--lang", lang);
            assertEquals(0, r.code(), r.err());
            assertNoRaw(r, "quote markdown");
            keepsItsColumns(r.out(), 18, "quote markdown " + lang);
            assertEquals(2 + 3, r.out().lines().count(), "header, rule and three rows");
        }

        @ParameterizedTest
        @ValueSource(strings = {"en", "ja"})
        void compare_keepsItsColumns(String lang) {
            for (boolean budget : List.of(false, true)) {
                List<String> args = new ArrayList<>(List.of("compare", "--pricing", SHEET, "--goal", "skin",
                        "--start", "2027-01-04", "--format", "markdown", "--lang", lang));
                if (budget) {
                    args.addAll(List.of("--budget", "300000"));
                }
                Result r = exoplan(args.toArray(String[]::new));
                assertEquals(0, r.code(), r.err());
                assertNoRaw(r, "compare markdown");
                keepsItsColumns(r.out(), budget ? 11 : 10, "compare markdown " + lang);
            }
        }

        @Test
        void aClinicsCell_isDefusedAndEscaped() {
            Result r = exoplan("quote", "--pricing", SHEET, "--start", "2027-01-04", "--format", "markdown");
            String cell = markdownCells(r.out().lines().toList().get(2)).get(1);
            assertEquals(markdownEscaped("'" + CLINIC_A + NEUTRAL).replace("http\\:", "http\\:\u2060"), cell);
        }
    }

    /**
     * The HTML pages of plan and compare: the sheet's text is text, never markup. Beyond the controls of
     * {@link #RAW}, every hostile field here also holds a script element, an image with an error handler
     * and the start of a comment ({@code |pipe} followed by them in a copy of the sheet).
     */
    @Nested
    class Html {

        static final String MARKUP = "<script>alert(1)</script><img src=x onerror=alert(2)><!--";

        private Path sheet() throws IOException {
            Path sheet = dir.resolve("hostile-html.json");
            Files.writeString(sheet, Files.readString(Path.of(SHEET), UTF_8).replace("|pipe", "|pipe" + MARKUP), UTF_8);
            return sheet;
        }

        @ParameterizedTest
        @ValueSource(strings = {"en", "ja"})
        void everyPlanAndTheComparison_showTheMarkupAsEscapedText(String lang) throws IOException {
            Path sheet = sheet();
            List<Result> pages = new ArrayList<>();
            for (String plan : PLANS) {
                pages.add(exoplan(args("plan --pricing " + sheet + " --goal skin --start 2027-01-04 " + plan,
                        "--format", "html", "--lang", lang)));
            }
            pages.add(exoplan("compare", "--pricing", sheet.toString(), "--goal", "skin", "--start", "2027-01-04",
                    "--format", "html", "--lang", lang));
            for (Result r : pages) {
                assertEquals(0, r.code(), r.err());
                assertNoRaw(r, "html " + lang);
                HtmlPageTests.assertInert(r.out(), "html " + lang);
                assertFalse(r.out().contains("<!--"), "a comment opened by the sheet");
                // every field, neutralised for people, then escaped: & < > " ' as references
                assertTrue(r.out().contains("\uFFFDevil\uFFFDls\uFFFDps|pipe&lt;script&gt;alert(1)&lt;/script&gt;"
                        + "&lt;img src=x onerror=alert(2)&gt;&lt;!--&quot;quote,comma\\back tab"), r.out());
            }
        }

        @Test
        void theSheetsTextInTheChart_isEscapedToo() throws IOException {
            // the page's title and the chart's description hold exoplan's words; the compare chart draws
            // numbers only; the sheet's words reach the <title> of the page, escaped
            Result r = exoplan("plan", "--pricing", sheet().toString(), "--goal", "skin", "--start", "2027-01-04",
                    "--clinic", "hostile-a", "--method", "iv", "--format", "html", "--lang", "en");
            assertTrue(r.out().contains("<title>Exosome therapy: treatment plan and cost estimate \u2014 =HYPERLINK("
                    + "&quot;http://x&quot;) Clinic x  y"), r.out());
        }
    }

    @Nested
    class Calendar {

        private String write(String plan, String lang) throws IOException {
            Path ics = dir.resolve("plan-" + lang + ".ics");
            Result r = exoplan(args("plan --pricing " + SHEET + " --goal skin --start 2027-01-04 " + plan, "--lang",
                    lang, "--ics", ics.toString()));
            assertEquals(0, r.code(), r.err());
            byte[] bytes = Files.readAllBytes(ics);
            try {
                return UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                throw new AssertionError("not UTF-8: " + plan, e);
            }
        }

        @Test
        void everyLine_isAtMost75OctetsOfUtf8_withoutControls() throws IOException {
            for (String plan : PLANS) {
                for (String lang : List.of("en", "ja")) {
                    String text = write(plan, lang);
                    assertTrue(text.endsWith("\r\n"));
                    for (String line : text.substring(0, text.length() - 2).split("\r\n", -1)) {
                        assertTrue(line.getBytes(UTF_8).length <= 75, plan + " " + lang + ": " + line);
                        // the RFC 5545 controls: anything below a space but tab, and DEL; also what people are spared
                        assertEquals(null, firstRaw(line), plan + " " + lang);
                    }
                }
            }
        }

        @Test
        void unfolding_givesTheTextNeutralised() throws IOException {
            String text = write("--clinic hostile-a --method iv", "en");
            String unfolded = text.replace("\r\n ", "");
            // TEXT escapes a comma and a backslash; the rest is the neutralised label
            String label = "+IV drip " + NEUTRAL.replace("\\", "\\\\").replace(",", "\\,");
            assertTrue(unfolded.contains("\r\nSUMMARY:Exosome " + label + " (1/7)\r\n"), unfolded);
            List<VEvent> events = Biweekly.parse(text).first().getEvents();
            // 7 sessions, then the last day of cooling-off of each of the 3 packages bought
            assertEquals(10, events.size());
            assertTrue(events.get(7).getUid().getValue().contains(".cooling-off."), events.get(7).getUid().getValue());
            assertEquals("Exosome +IV drip " + NEUTRAL + " (3/7)", events.get(2).getSummary().getValue());
            assertTrue(events.get(0).getDescription().getValue().startsWith("Clinic: " + CLINIC_A + NEUTRAL + "\n"),
                    events.get(0).getDescription().getValue());
        }

        @Test
        void japanese_withAnEmoji_unfoldsToTheText() throws IOException {
            String text = write("--clinic hostile-a --method iv", "ja");
            ICalendar calendar = Biweekly.parse(text).first();
            assertEquals("エクソソーム +点滴" + NEUTRAL + "😀（1/7回目）", calendar.getEvents().get(0).getSummary().getValue());
        }

        @Test
        void twoCoursesWhoseHyphenatedIdsRunTogether_shareNoUid() throws IOException {
            // clinic "a-b" with goal "c", and clinic "a" with goal "b-c": joined with hyphens, both were
            // exoplan-a-b-c-m-2027-01-04-N
            Set<String> uids = new HashSet<>();
            int events = 0;
            for (String course : List.of("--clinic a-b --goal c", "--clinic a --goal b-c")) {
                Path ics = dir.resolve("course.ics");
                Result r = exoplan(args("plan --pricing src/test/resources/sheets/hyphen-ids.json --method m "
                        + "--start 2027-01-04 " + course, "--ics", ics.toString()));
                assertEquals(0, r.code(), r.err());
                for (VEvent event : Biweekly.parse(ics.toFile()).first().getEvents()) {
                    uids.add(event.getUid().getValue());
                    events++;
                }
            }
            assertEquals(14, events, "7 sessions each");
            assertEquals(14, uids.size(), uids.toString());
            assertTrue(uids.contains("a-b.c.m.2027-01-04.1@exoplan"), uids.toString());
            assertTrue(uids.contains("a.b-c.m.2027-01-04.1@exoplan"), uids.toString());
        }
    }

    @Nested
    class Messages {

        @ParameterizedTest
        @ValueSource(strings = {"text", "json", "sarif"})
        void validate_echoesTheSheetsValuesNeutralised(String format) throws IOException {
            for (String lang : List.of("en", "ja")) {
                Result r = exoplan("validate", BROKEN, "--format", format, "--lang", lang);
                assertEquals(ExitCodes.BAD_INPUT, r.code(), r.err());
                assertNoRaw(r, "validate " + format + " " + lang);
                if (format.equals("sarif")) {
                    SarifSchema.valid(r.out());
                }
            }
        }

        @Test
        void validateOnATerminal_showsTheLinesNeutralised() {
            Result r = run(Locale.US, true, "validate", BROKEN);
            assertNoRaw(r, "validate with excerpts");
        }

        @ParameterizedTest
        @ValueSource(strings = {"plan --goal skin --method iv", "list", "compare --goal skin", "quote"})
        void aBrokenSheet_isReportedOneFindingALine(String command) {
            Result r = exoplan(args(command + " --pricing " + BROKEN));
            assertEquals(ExitCodes.BAD_INPUT, r.code(), r.err());
            assertNoRaw(r, command);
            // two errors (the rounding, the clinic id) and a warning (the unknown field), each naming its place
            List<String> lines = r.err().lines().toList();
            assertEquals(3, lines.size(), r.err());
            assertTrue(lines.stream().allMatch(l -> l.startsWith(BROKEN + ":")), r.err());
            assertEquals("", r.out());
        }

        @Test
        void thePromptsChoices_areTheLabelsNeutralised() {
            Result r = exoplan(Map.of(), "1\n1\n1\n", Locale.US, true, "plan", "--pricing", SHEET, "--start",
                    "2027-01-04");
            assertEquals(0, r.code(), r.err());
            assertNoRaw(r, "plan asking on a terminal");
            assertTrue(r.err().contains("   1) +IV drip " + NEUTRAL + " (iv)"), r.err());
        }

        @Test
        void anUnknownGoal_isEchoedNeutralised() {
            Result r = exoplan("plan", "--pricing", SHEET, "--goal", "=\u001b[31m\r\n|x", "--method", "iv");
            assertEquals(ExitCodes.USAGE, r.code());
            assertNoRaw(r, "unknown goal");
            assertTrue(r.err().contains("unknown goal '=\uFFFD[31m  |x'"), r.err());
        }

        @Test
        void aBadRequestRow_isOneLineNeutralised() {
            Result r = exoplan(Map.of(), "goal,method,clinic\n\"=sk\u001b[31m\rin\",iv,hostile-a\nskin,iv,hostile-a\n",
                    Locale.US, "quote", "--pricing", SHEET, "--requests", "-", "--start", "2027-01-04");
            assertEquals(ExitCodes.BAD_INPUT, r.code(), r.err());
            assertEquals(null, firstRaw(r.err()), "stderr (stdout is CSV for a file, its cells quoted)");
            assertEquals(1, r.err().lines().count(), r.err());
            // (the line is where the reader ends the row: the quoted CR counts as a line break there)
            assertTrue(r.err().startsWith("exoplan quote: <stdin>:"), r.err());
            assertTrue(r.err().contains("unknown goal '=sk\uFFFD[31m in'"), r.err());
        }
    }
}
