package dev.exoplan.cli;

import static dev.exoplan.cli.Run.exoplan;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.exoplan.cli.Run.Result;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code exoplan quote} as scripts use it: every output format pinned byte for byte, the table of
 * every course, request files with good and bad rows, formula injection, the byte-order mark, atomic
 * {@code --output}, a closed pipe, and agreement with {@code exoplan plan}.
 *
 * <p>Most rows are the worked example (one clinic {@code sample}, goal {@code skin}, iv 30,000 /
 * 80,000 / 150,000 yen a session, a 5,000 yen consultation once, 10 % tax added and floored),
 * starting 2027-01-04 for 12 months: 5 / 7 / 10 sessions. Every later visit costs the session price
 * × 1.1, the first one (price + 5,000) × 1.1:
 * <ul>
 * <li>low: 38,500 + 4 × 33,000 = 170,500, tax 3,500 + 4 × 3,000 = 15,500;</li>
 * <li>typical: 93,500 + 6 × 88,000 = 621,500, tax 8,500 + 6 × 8,000 = 56,500;</li>
 * <li>high: 170,500 + 9 × 165,000 = 1,655,500, tax 15,500 + 9 × 15,000 = 150,500;</li>
 * <li>monthly typical: 621,500 ÷ 12 = 51,791.67 → 51,792.</li>
 * </ul>
 */
class QuoteCommandTests {

    static final String WORKED_EXAMPLE = PlanCommandTests.WORKED_EXAMPLE;
    /** One clinic {@code dollar} in USD, 8 % added, half up: amounts with cents. */
    static final String USD = "src/test/resources/quote/usd.json";
    /** Clinics {@code zeta} (iv, injection) and {@code alpha} (iv only), goals skin (iv, injection) and hair (injection). */
    static final String TWO_CLINICS = "src/test/resources/quote/two-clinics.json";
    /** Five clinics with the worked example's prices whose names a spreadsheet would run as formulas. */
    static final String FORMULA_NAMES = "src/test/resources/quote/formula-names.json";

    static final String HEADER = "clinic,clinic_name,goal,method,start,months,currency,sessions_low,sessions_typical,"
            + "sessions_high,total_low,total_typical,total_high,tax_low,tax_typical,tax_high,monthly_typical";

    /** The header of a table of requests from a file: today's columns, then the request's data-row number. */
    static final String REQUEST_HEADER = HEADER + ",request";

    /** {@code row} as the answer to request {@code n} of a request file: its number appended. */
    static String answer(String row, int n) {
        return row + "," + n;
    }

    /** The worked example, 2027-01-04, 12 months (the class comment has the arithmetic). */
    static final String WORKED_ROW = "sample,Worked Example Clinic,skin,iv,2027-01-04,12,JPY,5,7,10,"
            + "170500,621500,1655500,15500,56500,150500,51792";

    /**
     * The worked example from 2027-03-01 for 6 months (up to 2027-08-31):
     * low 3 initial every 4 weeks (Mar 1, Mar 29, Apr 26) + every 4 months (Aug 26) = 4 sessions;
     * typical 4 every 3 weeks (Mar 1, 22, Apr 12, May 3) + every 3 months (Aug 3) = 5;
     * high 5 every 2 weeks (Mar 1 … Apr 26) + every 2 months (Jun 26, Aug 26) = 7.
     * Totals 38,500 + 3 × 33,000 = 137,500; 93,500 + 4 × 88,000 = 445,500; 170,500 + 6 × 165,000 = 1,160,500;
     * tax 3,500 + 3 × 3,000 = 12,500; 8,500 + 4 × 8,000 = 40,500; 15,500 + 6 × 15,000 = 105,500;
     * monthly 445,500 ÷ 6 = 74,250.
     */
    static final String WORKED_ROW_MARCH = "sample,Worked Example Clinic,skin,iv,2027-03-01,6,JPY,4,5,7,"
            + "137500,445500,1160500,12500,40500,105500,74250";

    /**
     * The USD sheet, same schedule as the worked example (5 / 7 / 10 sessions); iv 99.99 / 250.50 / 499.05,
     * consultation 35.00 once, tax 8 % added, half up to the cent:
     * <ul>
     * <li>low: first 134.99 + 10.80 (10.7992) = 145.79, later 99.99 + 8.00 (7.9992) = 107.99;
     * 145.79 + 4 × 107.99 = 577.75, tax 10.80 + 4 × 8.00 = 42.80;</li>
     * <li>typical: first 285.50 + 22.84 = 308.34, later 250.50 + 20.04 = 270.54;
     * 308.34 + 6 × 270.54 = 1,931.58, tax 22.84 + 6 × 20.04 = 143.08;</li>
     * <li>high: first 534.05 + 42.72 (42.724) = 576.77, later 499.05 + 39.92 (39.924) = 538.97;
     * 576.77 + 9 × 538.97 = 5,427.50, tax 42.72 + 9 × 39.92 = 402.00;</li>
     * <li>monthly typical: 1,931.58 ÷ 12 = 160.965 → 160.97 (half up).</li>
     * </ul>
     */
    static final String USD_ROW = "dollar,Dollar Clinic,skin,iv,2027-01-04,12,USD,5,7,10,"
            + "577.75,1931.58,5427.50,42.80,143.08,402.00,160.97";

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    @TempDir
    Path dir;

    /**
     * A CSV table as exoplan writes it: these lines, each followed by the prepaid column that CSV and JSON
     * tables end with (its name in the header; 0, or 0.00 in dollars, in each row here: no sheet of these
     * tests sells packages).
     */
    static String table(String... lines) {
        List<String> withPrepaid = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            withPrepaid.add(lines[i] + (i == 0 ? ",prepaid" : lines[i].contains(",USD,") ? ",0.00" : ",0"));
        }
        return lines(withPrepaid.toArray(String[]::new));
    }

    /** {@link #table} of a table built line by line ("\n" after each). */
    static String table(CharSequence lines) {
        return table(lines.toString().split("\n"));
    }

    private static String lines(String... lines) {
        return String.join("\n", lines) + "\n";
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static List<String> listing(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static void assertNoStackTrace(Result r) {
        assertFalse(r.err().contains("\tat "), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Nested
    class Formats {

        private Result quote(String sheet, String format) {
            Result r = exoplan("quote", "--pricing", sheet, "--start", "2027-01-04", "--format", format);
            assertEquals(ExitCodes.OK, r.code(), r.err());
            assertEquals("", r.err());
            return r;
        }

        @Test
        void csv_isTheHeaderAndOneRowOfPlainAmounts() {
            assertEquals(table(HEADER, WORKED_ROW), quote(WORKED_EXAMPLE, "csv").out());
        }

        @Test
        void csv_isTheDefaultFormat() {
            Result r = exoplan("quote", "--pricing", WORKED_EXAMPLE, "--start", "2027-01-04");
            assertEquals(table(HEADER, WORKED_ROW), r.out());
        }

        @Test
        void csvInDollars_writesEveryAmountWithTwoDecimals() {
            // 5427.50, 42.80 and 402.00 keep their trailing zeros: cents, not a float.
            assertEquals(table(HEADER, USD_ROW), quote(USD, "csv").out());
        }

        @Test
        void json_isAPrettyArrayOfObjectsWithNumbersForAmounts() {
            assertEquals("""
                    [ {
                      "clinic": "sample",
                      "clinic_name": "Worked Example Clinic",
                      "goal": "skin",
                      "method": "iv",
                      "start": "2027-01-04",
                      "months": 12,
                      "currency": "JPY",
                      "sessions_low": 5,
                      "sessions_typical": 7,
                      "sessions_high": 10,
                      "total_low": 170500,
                      "total_typical": 621500,
                      "total_high": 1655500,
                      "tax_low": 15500,
                      "tax_typical": 56500,
                      "tax_high": 150500,
                      "monthly_typical": 51792,
                      "prepaid": 0
                    } ]
                    """, quote(WORKED_EXAMPLE, "json").out());
        }

        @Test
        void jsonInDollars_writesCentsAsDecimalNumbers() {
            String out = quote(USD, "json").out();
            assertTrue(out.contains("""
                      "currency": "USD",
                      "sessions_low": 5,
                      "sessions_typical": 7,
                      "sessions_high": 10,
                      "total_low": 577.75,
                      "total_typical": 1931.58,
                      "total_high": 5427.50,
                      "tax_low": 42.80,
                      "tax_typical": 143.08,
                      "tax_high": 402.00,
                      "monthly_typical": 160.97,
                      "prepaid": 0.00
                    } ]
                    """), out);
        }

        @Test
        void jsonl_isOneCompactObjectPerLine() {
            assertEquals("{\"clinic\":\"sample\",\"clinic_name\":\"Worked Example Clinic\",\"goal\":\"skin\","
                    + "\"method\":\"iv\",\"start\":\"2027-01-04\",\"months\":12,\"currency\":\"JPY\","
                    + "\"sessions_low\":5,\"sessions_typical\":7,\"sessions_high\":10,\"total_low\":170500,"
                    + "\"total_typical\":621500,\"total_high\":1655500,\"tax_low\":15500,\"tax_typical\":56500,"
                    + "\"tax_high\":150500,\"monthly_typical\":51792,\"prepaid\":0}\n",
                    quote(WORKED_EXAMPLE, "jsonl").out());
        }

        @Test
        void jsonlInDollars_writesCents() {
            assertEquals("{\"clinic\":\"dollar\",\"clinic_name\":\"Dollar Clinic\",\"goal\":\"skin\","
                    + "\"method\":\"iv\",\"start\":\"2027-01-04\",\"months\":12,\"currency\":\"USD\","
                    + "\"sessions_low\":5,\"sessions_typical\":7,\"sessions_high\":10,\"total_low\":577.75,"
                    + "\"total_typical\":1931.58,\"total_high\":5427.50,\"tax_low\":42.80,\"tax_typical\":143.08,"
                    + "\"tax_high\":402.00,\"monthly_typical\":160.97,\"prepaid\":0.00}\n", quote(USD, "jsonl").out());
        }

        @Test
        void markdown_isAPaddedTableWithNumbersRightAlignedAndMoneyForPeople() {
            // For people the headers are words ("total, typical"); CSV and JSON keep the stable names.
            assertEquals(lines(
                    "| clinic | clinic name           | goal | method | start      | months | currency | sessions, low "
                            + "| sessions, typical | sessions, high | total, low | total, typical | total, high | tax, low "
                            + "| tax, typical | tax, high | per month, typical |",
                    "| ------ | --------------------- | ---- | ------ | ---------- | -----: | -------- | ------------: "
                            + "| ----------------: | -------------: | ---------: | -------------: | ----------: | -------: "
                            + "| -----------: | --------: | -----------------: |",
                    "| sample | Worked Example Clinic | skin | iv     | 2027-01-04 |     12 | JPY      |             5 "
                            + "|                 7 |             10 |   ¥170,500 |       ¥621,500 |  ¥1,655,500 |  ¥15,500 "
                            + "|      ¥56,500 |  ¥150,500 |            ¥51,792 |"),
                    quote(WORKED_EXAMPLE, "markdown").out());
        }

        @Test
        void markdownInDollars_showsDollarsAndCents() {
            List<String> rows = quote(USD, "markdown").out().lines().toList();
            assertEquals(3, rows.size());
            assertTrue(rows.get(2).startsWith("| dollar | Dollar Clinic | skin | iv     | 2027-01-04 |     12 | USD      |"),
                    rows.get(2));
            assertTrue(rows.get(2).endsWith("|    $577.75 |      $1,931.58 |   $5,427.50 |   $42.80 |      $143.08 "
                    + "|   $402.00 |            $160.97 |"), rows.get(2));
        }

        @Test
        void text_isAnIndentedAlignedTable() {
            // Seventeen columns are wider than 80: each quote is a block, its clinic, name, goal and method
            // first, then every other column after its header, whole pairs per line.
            assertEquals(lines(
                    "  sample  Worked Example Clinic  skin  iv",
                    "      start 2027-01-04 · months 12 · currency JPY · sessions, low 5",
                    "      sessions, typical 7 · sessions, high 10 · total, low ¥170,500",
                    "      total, typical ¥621,500 · total, high ¥1,655,500 · tax, low ¥15,500",
                    "      tax, typical ¥56,500 · tax, high ¥150,500 · per month, typical ¥51,792"),
                    quote(WORKED_EXAMPLE, "text").out());
        }

        @Test
        void textInDollars_showsDollarsAndCents() {
            assertEquals(lines(
                    "  dollar  Dollar Clinic  skin  iv",
                    "      start 2027-01-04 · months 12 · currency USD · sessions, low 5",
                    "      sessions, typical 7 · sessions, high 10 · total, low $577.75",
                    "      total, typical $1,931.58 · total, high $5,427.50 · tax, low $42.80",
                    "      tax, typical $143.08 · tax, high $402.00 · per month, typical $160.97"),
                    quote(USD, "text").out());
        }

        @Test
        void anUnknownFormat_isAUsageError() {
            Result r = exoplan("quote", "--pricing", WORKED_EXAMPLE, "--format", "xml");
            assertEquals(ExitCodes.USAGE, r.code());
            assertEquals("", r.out());
            assertTrue(r.err().startsWith("exoplan quote: --format: 'xml' is not one of csv, json, jsonl, markdown, text"), r.err());
        }
    }

    @Nested
    class WithoutRequests {

        @Test
        void filtersThatMatchNothing_printTheHeaderAloneAndSaySoOnStderr() {
            // two-clinics: alpha prices no injection, the only method of hair
            Result r = exoplan("quote", "--pricing", TWO_CLINICS, "--start", "2027-01-04", "--clinic", "alpha",
                    "--goal", "hair");
            assertEquals(ExitCodes.OK, r.code(), r.err());
            assertEquals(HEADER + ",prepaid\n", r.out());
            assertEquals("exoplan quote: no goal, method and clinic of the sheet match the filters (a clinic must "
                    + "price a method its goal lists)\n", r.err());
        }

        /** The (clinic, goal, method) of each CSV row, in order. */
        private List<String> courses(Result r) {
            assertEquals(ExitCodes.OK, r.code(), r.err());
            List<String> rows = new ArrayList<>(Arrays.asList(r.out().split("\n")));
            assertEquals(HEADER + ",prepaid", rows.remove(0));
            return rows.stream().map(row -> {
                String[] cells = row.split(",");
                return cells[0] + " " + cells[2] + " " + cells[3];
            }).toList();
        }

        @Test
        void everyCourse_isARowSortedByClinicGoalAndMethod() {
            // The sheet lists zeta before alpha, skin before hair and iv before injection; alpha prices no
            // injection, so it has neither hair nor skin by injection: 1 + 3 rows.
            assertEquals(List.of("alpha skin iv", "zeta hair injection", "zeta skin injection", "zeta skin iv"),
                    courses(exoplan("quote", "--pricing", TWO_CLINICS, "--start", "2027-01-04")));
        }

        @Test
        void everyCourse_hasItsOwnPrices() {
            // zeta by injection: 50,000 / 100,000 / 200,000 + 5,000 once, 10 % added: low
            // 60,500 + 4 × 55,000 = 280,500; typical 115,500 + 6 × 110,000 = 775,500; high 225,500 + 9 × 220,000
            // = 2,205,500; tax 5,500 + 4 × 5,000 = 25,500; 10,500 + 6 × 10,000 = 70,500; 20,500 + 9 × 20,000 =
            // 200,500; monthly 775,500 ÷ 12 = 64,625.
            Result r = exoplan("quote", "--pricing", TWO_CLINICS, "--start", "2027-01-04", "--clinic", "zeta",
                    "--goal", "hair");
            assertEquals(table(HEADER, "zeta,Zeta Clinic,hair,injection,2027-01-04,12,JPY,5,7,10,"
                    + "280500,775500,2205500,25500,70500,200500,64625"), r.out());
        }

        @Test
        void theBuiltInSheet_quotesEveryCourseOfList() {
            // 'exoplan list': sample-a prices iv, injection and combined: skin 3 + hair 2 + fatigue, immunity,
            // vascular, neuro, menopause, allergy 1 each + inflammation 2 + ed 1 + joint 1 = 15; sample-b prices
            // no combined: 15 − 2 = 13; sample-c prices iv only: the 8 goals that list iv. Together 36.
            List<String> courses = courses(exoplan("quote"));
            assertEquals(36, courses.size());
            assertEquals(courses.stream().sorted().toList(), courses, "sorted by clinic, goal, method");
            assertEquals(List.of("sample-a allergy iv", "sample-a ed injection", "sample-a fatigue iv"),
                    courses.subList(0, 3));
            assertEquals("sample-b vascular iv", courses.get(27));
            assertEquals("sample-c vascular iv", courses.get(35));
        }

        @Test
        void filters_narrowTheTable() {
            assertEquals(List.of("zeta hair injection", "zeta skin injection"),
                    courses(exoplan("quote", "--pricing", TWO_CLINICS, "--goal", "skin", "--goal", "hair",
                            "--method", "injection")));
            assertEquals(List.of("alpha skin iv"),
                    courses(exoplan("quote", "--pricing", TWO_CLINICS, "--clinic", "alpha")));
        }

        @Test
        void withoutStart_theRowsStartToday() {
            // Run's clock says today is 2027-01-04.
            Result r = exoplan("quote", "--pricing", WORKED_EXAMPLE);
            assertEquals(table(HEADER, WORKED_ROW), r.out());
        }

        @Test
        void anUnknownGoal_isAUsageErrorThatSuggestsTheClosest() {
            Result r = exoplan("quote", "--pricing", TWO_CLINICS, "--goal", "skni");
            assertEquals(ExitCodes.USAGE, r.code());
            assertEquals("", r.out());
            assertEquals("exoplan quote: --goal: unknown goal 'skni'; did you mean 'skin'? goals in this sheet: skin, hair\n",
                    r.err());
        }

        @Test
        void anUnknownMethodOrClinic_isAUsageErrorThatSuggestsTheClosest() {
            Result method = exoplan("quote", "--pricing", TWO_CLINICS, "--method", "ivv");
            assertEquals(ExitCodes.USAGE, method.code());
            assertEquals("exoplan quote: --method: unknown method 'ivv'; did you mean 'iv'? methods in this sheet: iv, injection\n",
                    method.err());
            Result clinic = exoplan("quote", "--pricing", TWO_CLINICS, "--clinic", "aplha");
            assertEquals(ExitCodes.USAGE, clinic.code());
            assertEquals("", clinic.out());
            assertEquals("exoplan quote: --clinic: unknown clinic 'aplha'; did you mean 'alpha'? clinics in this sheet: zeta, alpha\n",
                    clinic.err());
        }

        @Test
        void monthsOutOfRange_isAUsageError() {
            Result r = exoplan("quote", "--pricing", WORKED_EXAMPLE, "--months", "0");
            assertEquals(ExitCodes.USAGE, r.code());
            assertEquals("", r.out());
            assertEquals("exoplan quote: --months: months must be a whole number from 1 to 120, got 0\n", r.err());
        }
    }

    @Nested
    class Requests {

        /**
         * Line 2 and 8 are good; 3 to 7 are each bad in one way. --start 2027-01-04 fills line 3 to 7's blank
         * starts, the default 12 their blank months.
         */
        private static final String MIXED = lines(
                "goal,method,start,months",  // 1
                "skin,iv,2027-01-04,12",     // 2 good
                "hiar,iv,,",                 // 3 unknown goal
                "skin,iv,2027-02-30,",       // 4 no such date
                "skin,iv,,0",                // 5 months out of range
                "skin,injection,,",          // 6 the clinic prices no injection
                ",iv,,",                     // 7 no goal, and no --goal
                "skin,iv,2027-03-01,6");     // 8 good

        @Test
        void goodRows_areQuotedInOrderAndBadRowsInventNone() throws IOException {
            Path file = write("requests.csv", MIXED);
            Result r = exoplan("quote", "--pricing", WORKED_EXAMPLE, "--requests", file.toString(), "--start",
                    "2027-01-04");
            assertEquals(ExitCodes.BAD_INPUT, r.code());
            // Line 2 is request 1, line 8 request 7: bad rows keep their numbers, so the numbers join.
            assertEquals(table(REQUEST_HEADER, answer(WORKED_ROW, 1), answer(WORKED_ROW_MARCH, 7)), r.out());
        }

        @Test
        void badRows_areEachReportedWithTheirFileAndLine() throws IOException {
            Path file = write("requests.csv", MIXED);
            Result r = exoplan("quote", "--pricing", WORKED_EXAMPLE, "--requests", file.toString(), "--start",
                    "2027-01-04");
            List<String> err = r.err().lines().toList();
            String at = "exoplan quote: " + file + ":";
            assertEquals(5, err.size(), r.err());
            assertAll(
                    () -> assertEquals(at + "3: unknown goal 'hiar'; goals in this sheet: skin", err.get(0)),
                    () -> assertTrue(err.get(1).startsWith(at + "4: start '2027-02-30' is not a date"), err.get(1)),
                    () -> assertTrue(err.get(1).endsWith("; write YYYY-MM-DD, such as 2027-01-04"), err.get(1)),
                    () -> assertEquals(at + "5: months must be a whole number from 1 to 120, got 0", err.get(2)),
                    () -> assertEquals(at + "6: clinic 'sample' has no price for method 'injection'; methods for "
                            + "skin at sample: iv; clinics that price injection: none", err.get(3)),
                    () -> assertEquals(at + "7: no goal: the cell is blank and --goal is not given", err.get(4)));
            assertNoStackTrace(r);
        }

        @Test
        void thousandsOfRows_keepTheirOrderAndTheirLineNumbers() throws IOException {
            // 3,000 requests alternating the two good rows, with an unknown goal on every 700th line: every good row
            // comes out in the file's order and every bad one is reported with its own line.
            StringBuilder file = new StringBuilder("goal,method,start,months\n");
            StringBuilder expected = new StringBuilder(REQUEST_HEADER + "\n");
            List<String> errors = new ArrayList<>();
            for (int line = 2; line <= 3001; line++) {
                int request = line - 1; // the header is line 1
                if (line % 700 == 0) {
                    file.append("hiar,iv,,\n");
                    errors.add(":" + line + ": unknown goal 'hiar'; goals in this sheet: skin");
                } else if (line % 2 == 0) {
                    file.append("skin,iv,2027-01-04,12\n");
                    expected.append(answer(WORKED_ROW, request)).append('\n');
                } else {
                    file.append("skin,iv,2027-03-01,6\n");
                    expected.append(answer(WORKED_ROW_MARCH, request)).append('\n');
                }
            }
            Path path = write("many.csv", file.toString());
            Result r = exoplan("quote", "--pricing", WORKED_EXAMPLE, "--requests", path.toString());
            assertEquals(ExitCodes.BAD_INPUT, r.code());
            assertEquals(table(expected), r.out());
            assertEquals(errors, r.err().lines().map(l -> l.substring(l.indexOf(path.toString())
                    + path.toString().length())).toList());
        }

        @Test
        void badRowsOfTheReaderAndOfTheQuoterAcrossBatches_areReportedInTheFilesOrder() throws IOException {
            // 2,500 requests (three of the pipeline's batches of 1,024): a date that is not one (the reading
            // thread's to refuse) on every 500th line, an unknown goal (the quoting thread's) on every other 700th
            // (line 3500 would be both, but the file ends at 2501). The errors interleave in line order.
            StringBuilder file = new StringBuilder("goal,method,start,months\n");
            StringBuilder expected = new StringBuilder(REQUEST_HEADER + "\n");
            List<String> errors = new ArrayList<>();
            for (int line = 2; line <= 2501; line++) {
                if (line % 500 == 0) {
                    file.append("skin,iv,2027-02-30,12\n");
                    errors.add(line + ": start '2027-02-30'");
                } else if (line % 700 == 0) {
                    file.append("hiar,iv,2027-01-04,12\n");
                    errors.add(line + ": unknown goal 'hiar'");
                } else {
                    file.append("skin,iv,2027-01-04,12\n");
                    expected.append(answer(WORKED_ROW, line - 1)).append('\n');
                }
            }
            Path path = write("mixed.csv", file.toString());
            Result r = exoplan("quote", "--pricing", WORKED_EXAMPLE, "--requests", path.toString());
            assertEquals(ExitCodes.BAD_INPUT, r.code());
            assertEquals(table(expected), r.out());
            String at = "exoplan quote: " + path + ":";
            List<String> err = r.err().lines().toList();
            assertEquals(List.of("500", "700", "1000", "1400", "1500", "2000", "2100", "2500"),
                    errors.stream().map(e -> e.substring(0, e.indexOf(':'))).toList());
            assertEquals(errors.size(), err.size(), r.err());
            for (int i = 0; i < errors.size(); i++) {
                assertTrue(err.get(i).startsWith(at + errors.get(i)), err.get(i));
            }
        }

        @Test
        void failFastAtARowTheQuoterRefusesInALaterBatch_writesEveryRowBeforeItAndNothingAfter() throws IOException {
            // Lines 2-2001 good (requests 1-2,000, two batches and part of a third), line 2002 asks for a method
            // the clinic does not price (refused by the quoting thread, while the reader reads on), then more.
            StringBuilder file = new StringBuilder("goal,method\n");
            StringBuilder expected = new StringBuilder(REQUEST_HEADER + "\n");
            for (int request = 1; request <= 2000; request++) {
                file.append("skin,iv\n");
                expected.append(answer(WORKED_ROW, request)).append('\n');
            }
            file.append("skin,injection\n");
            for (int i = 0; i < 1000; i++) {
                file.append("skin,iv\n");
            }
            Path path = write("late.csv", file.toString());
            Result r = exoplan("quote", "--pricing", WORKED_EXAMPLE, "--requests", path.toString(), "--start",
                    "2027-01-04", "--fail-fast");
            assertEquals(ExitCodes.BAD_INPUT, r.code());
            assertEquals(table(expected), r.out());
            assertEquals(lines("exoplan quote: " + path + ":2002: clinic 'sample' has no price for method 'injection'; "
                    + "methods for skin at sample: iv; clinics that price injection: none",
                    "exoplan quote: " + path + ":2002: stopped (--fail-fast); 2,000 rows written"), r.err());
        }

        @Test
        void aFileThatStopsBeingUtf8AfterTwoBatches_writesEveryRowBeforeItAndSaysWhere() throws IOException {
            StringBuilder text = new StringBuilder("goal,method\n");
            StringBuilder expected = new StringBuilder(REQUEST_HEADER + "\n");
            for (int request = 1; request <= 2100; request++) {
                text.append("skin,iv\n");
                expected.append(answer(WORKED_ROW, request)).append('\n');
            }
            byte[] good = text.toString().getBytes(StandardCharsets.UTF_8);
            byte[] bytes = Arrays.copyOf(good, good.length + 4);
            bytes[good.length] = 's';
            bytes[good.length + 1] = (byte) 0xFF; // line 2102
            bytes[good.length + 2] = ',';
            bytes[good.length + 3] = '\n';
            Path path = dir.resolve("late-latin1.csv");
            Files.write(path, bytes);
            Result r = exoplan("quote", "--pricing", WORKED_EXAMPLE, "--requests", path.toString(), "--start",
                    "2027-01-04");
            assertEquals(ExitCodes.BAD_INPUT, r.code());
            assertEquals(table(expected), r.out());
            List<String> err = r.err().lines().toList();
            assertEquals(2, err.size(), r.err());
            assertTrue(err.get(0).startsWith("exoplan quote: " + path + ":2102: not UTF-8 here"), err.get(0));
            assertEquals("exoplan quote: " + path + ":2102: stopped, the rest of the request file is not read; "
                    + "2,100 rows written", err.get(1));
        }

        @Test
        void aReadThatFailsInTheReadingThread_isAReadErrorAfterTheRowsBeforeIt() {
            // Standard input that fails after 3,000 good lines: the failure, met on the reading thread, is the
            // file's (exit 1, as a folder or EIO is), not a bug; reported at its line after the rows before it.
            byte[] good = ("goal,method\n" + "skin,iv\n".repeat(3000)).getBytes(StandardCharsets.UTF_8);
            InputStream failing = new InputStream() {
                private int at;

                @Override
                public int read() throws IOException {
                    if (at == good.length) {
                        throw new IOException("the device went away");
                    }
                    return good[at++] & 0xFF;
                }
            };
            Result r = Run.exoplan(Map.of(), failing, Locale.US, "quote", "--pricing", WORKED_EXAMPLE, "--requests",
                    "-", "--start", "2027-01-04");
            assertEquals(ExitCodes.BAD_INPUT, r.code(), r.err());
            StringBuilder all = new StringBuilder(REQUEST_HEADER + "\n");
            for (int request = 1; request <= 3000; request++) {
                all.append(answer(WORKED_ROW, request)).append('\n');
            }
            assertEquals(table(all), r.out());
            // 1 header line + 3,000 rows: the failure is met reading line 3,002
            assertEquals("exoplan quote: <stdin>:3002: cannot be read here (the device went away) — check the file given"
                    + " to --requests, or the command that writes it\n"
                    + "exoplan quote: <stdin>:3002: stopped, the rest of the request file is not read; 3,000 rows"
                    + " written\n", r.err());
        }

        @Test
        void aFileThatIsNotUtf8_stopsAtTheLineOfItsFirstBadByte() throws IOException {
            // Found by fuzzing: a Shift_JIS or Latin-1 byte ended the run as an internal error (exit 70).
            Path file = dir.resolve("latin1.csv");
            Files.write(file, new byte[] {'g', 'o', 'a', 'l', ',', 'm', 'e', 't', 'h', 'o', 'd', '\n', 's', 'k', 'i', 'n',
                ',', 'i', 'v', '\n', 's', 'k', (byte) 0xFF, 'n', ',', 'i', 'v', '\n'});
            Result r = exoplan("quote", "--pricing", WORKED_EXAMPLE, "--requests", file.toString(), "--start",
                    "2027-01-04");

            assertEquals(ExitCodes.BAD_INPUT, r.code(), r.err());
            assertEquals(table(REQUEST_HEADER, answer(WORKED_ROW, 1)), r.out());
            assertEquals(lines("exoplan quote: " + file + ":3: not UTF-8 here: byte 0xFF at byte offset 22 is not "
                    + "UTF-8; the file looks like it was saved in another encoding (Shift_JIS is common for Japanese "
                    + "text); save the file as UTF-8", "exoplan quote: " + file + ":3: stopped, the rest of the "
                    + "request file is not read; 1 row written"), r.err());
        }

        @Test
        void windowsLineEndings_keepTheLineNumbers() throws IOException {
            Path file = write("requests.csv", MIXED.replace("\n", "\r\n"));
            Result r = exoplan("quote", "--pricing", WORKED_EXAMPLE, "--requests", file.toString(), "--start",
                    "2027-01-04");
            assertEquals(table(REQUEST_HEADER, answer(WORKED_ROW, 1), answer(WORKED_ROW_MARCH, 7)), r.out());
            assertTrue(r.err().startsWith("exoplan quote: " + file + ":3: unknown goal 'hiar'"), r.err());
            assertTrue(r.err().contains("exoplan quote: " + file + ":7: no goal"), r.err());
        }

        @Test
        void blankLines_areSkippedButCounted() throws IOException {
            Path file = write("requests.csv", lines("goal,method", "", "hiar,iv", "", "", "skin,iv"));
            Result r = exoplan("quote", "--pricing", WORKED_EXAMPLE, "--requests", file.toString(), "--start",
                    "2027-01-04");
            assertEquals(ExitCodes.BAD_INPUT, r.code());
            // Line 6 is the second data row: blank lines count as lines, not as requests.
            assertEquals(table(REQUEST_HEADER, answer(WORKED_ROW, 2)), r.out());
            assertEquals("exoplan quote: " + file + ":3: unknown goal 'hiar'; goals in this sheet: skin\n", r.err());
        }

        @Test
        void failFast_stopsAtTheFirstBadRow() throws IOException {
            Path file = write("requests.csv", MIXED);
            Result r = exoplan("quote", "--pricing", WORKED_EXAMPLE, "--requests", file.toString(), "--start",
                    "2027-01-04", "--fail-fast");
            assertEquals(ExitCodes.BAD_INPUT, r.code());
            assertEquals(lines("exoplan quote: " + file + ":3: unknown goal 'hiar'; goals in this sheet: skin",
                    "exoplan quote: " + file + ":3: stopped (--fail-fast); 1 row written"), r.err());
            assertFalse(r.out().contains("2027-03-01"), "line 8, after the bad line 3, is not quoted: " + r.out());
        }

        @Test
        void failFast_writesTheRowsBeforeTheBadOneWhole() throws IOException {
            StringBuilder text = new StringBuilder("goal,method\n");
            StringBuilder expected = new StringBuilder(REQUEST_HEADER + "\n");
            for (int i = 1; i <= 100; i++) {
                text.append("skin,iv\n");
                expected.append(answer(WORKED_ROW, i)).append('\n');
            }
            text.append("hiar,iv\nskin,iv\n");
            Path file = write("requests.csv", text.toString());
            Result r = exoplan("quote", "--pricing", WORKED_EXAMPLE, "--requests", file.toString(), "--start",
                    "2027-01-04", "--fail-fast");
            assertEquals(ExitCodes.BAD_INPUT, r.code());
            // Lines 2–101 good, 102 bad: the 100 rows before it, each whole, and not line 103's.
            assertEquals(table(expected), r.out());
            assertTrue(r.err().endsWith(file + ":102: stopped (--fail-fast); 100 rows written\n"), r.err());
            Path small = write("small.csv", MIXED);
            assertEquals(table(REQUEST_HEADER, answer(WORKED_ROW, 1)), exoplan("quote", "--pricing", WORKED_EXAMPLE, "--requests",
                    small.toString(), "--start", "2027-01-04", "--fail-fast").out());
        }

        @Test
        void blankCells_takeTheStartMonthsAndClinicOfTheCommand() throws IOException {
            Path file = write("requests.csv", lines(
                    "goal,method,clinic,start,months",
                    "skin,iv,,,",
                    "skin,iv,alpha,2027-01-04,12"));
            Result r = exoplan("quote", "--pricing", TWO_CLINICS, "--requests", file.toString(), "--clinic", "zeta",
                    "--start", "2027-03-01", "--months", "6");
            assertEquals(ExitCodes.OK, r.code(), r.err());
            // Line 2 is zeta, 2027-03-01, 6 months: the worked example's March row (zeta has its prices).
            assertEquals(table(REQUEST_HEADER,
                    answer(WORKED_ROW_MARCH.replace("sample,Worked Example Clinic", "zeta,Zeta Clinic"), 1),
                    answer(WORKED_ROW.replace("sample,Worked Example Clinic", "alpha,Alpha Clinic"), 2)), r.out());
        }

        @Test
        void blankCells_withoutStartOrMonths_takeTodayAnd12Months() throws IOException {
            Path file = write("requests.csv", lines("goal,method,start,months", "skin,iv,,"));
            Result r = exoplan("quote", "--pricing", WORKED_EXAMPLE, "--requests", file.toString());
            assertEquals(table(REQUEST_HEADER, answer(WORKED_ROW, 1)), r.out());
        }

        @Test
        void blankGoalOrMethod_takesTheOneGivenOnTheCommandLine() throws IOException {
            Path file = write("requests.csv", lines("goal,method,start", ",,2027-01-04", "skin,,2027-03-01"));
            Result r = exoplan("quote", "--pricing", WORKED_EXAMPLE, "--requests", file.toString(), "--goal",
                    "skin", "--method", "iv", "--months", "6");
            assertEquals(ExitCodes.OK, r.code(), r.err());
            // From 2027-01-04 for 6 months (up to 2027-07-03): low Jan 4, Feb 1, Mar 1, Jul 1; typical Jan 4, 25,
            // Feb 15, Mar 8, Jun 8; high Jan 4, 18, Feb 1, 15, Mar 1, May 1, Jul 1 — 4 / 5 / 7 sessions, so the
            // March row's amounts.
            assertEquals(table(REQUEST_HEADER, answer(WORKED_ROW_MARCH.replace("2027-03-01", "2027-01-04"), 1),
                    answer(WORKED_ROW_MARCH, 2)), r.out());
        }

        @Test
        void twoGoalsWithRequests_isAUsageError() throws IOException {
            Path file = write("requests.csv", lines("goal,method", "skin,iv"));
            Result r = exoplan("quote", "--pricing", TWO_CLINICS, "--requests", file.toString(), "--goal", "skin",
                    "--goal", "hair");
            assertEquals(ExitCodes.USAGE, r.code());
            assertEquals("", r.out());
            assertEquals("exoplan quote: with --requests, --goal, --method and --clinic give the one value that "
                    + "blank cells take; got skin, hair\n", r.err());
        }

        @Test
        void jsonLines_areReadLikeCsvWithTheirOwnLineNumbers() throws IOException {
            Path file = write("requests.jsonl", lines(
                    "{\"goal\":\"skin\",\"method\":\"iv\",\"start\":\"2027-01-04\"}",            // 1 good
                    "{\"goal\":\"hiar\",\"method\":\"iv\"}",                                     // 2 unknown goal
                    "",                                                                          // 3
                    "{\"goal\":\"skin\",\"method\":\"iv\",\"months\":0}",                        // 4 months
                    "{\"goal\":\"skin\",\"method\":\"iv\",\"start\":\"2027-03-01\",\"months\":6}"));  // 5 good
            Result r = exoplan("quote", "--pricing", WORKED_EXAMPLE, "--requests", file.toString(), "--start",
                    "2027-01-04");
            assertEquals(ExitCodes.BAD_INPUT, r.code());
            // JSON Lines number every non-blank line: line 5 is request 4. A JSON Lines file may give ids on any
            // line, so its tables always have the id column, blank here.
            assertEquals(table(REQUEST_HEADER + ",id", answer(WORKED_ROW, 1) + ",", answer(WORKED_ROW_MARCH, 4) + ","),
                    r.out());
            assertEquals(lines(
                    "exoplan quote: " + file + ":2: unknown goal 'hiar'; goals in this sheet: skin",
                    "exoplan quote: " + file + ":4: months must be a whole number from 1 to 120, got 0"), r.err());
        }

        @Test
        void jsonLinesWithFailFast_stopAtTheFirstBadLine() throws IOException {
            Path file = write("requests.jsonl", lines(
                    "{\"goal\":\"hiar\",\"method\":\"iv\"}",
                    "{\"goal\":\"skin\",\"method\":\"iv\",\"start\":\"2027-03-01\",\"months\":6}"));
            Result r = exoplan("quote", "--pricing", WORKED_EXAMPLE, "--requests", file.toString(), "--fail-fast");
            assertEquals(ExitCodes.BAD_INPUT, r.code());
            assertEquals(lines("exoplan quote: " + file + ":1: unknown goal 'hiar'; goals in this sheet: skin",
                    "exoplan quote: " + file + ":1: stopped (--fail-fast); no rows written"), r.err());
            assertFalse(r.out().contains("2027-03-01"), r.out());
        }

        @Test
        void dash_readsTheRequestsFromStandardInput() {
            Result r = exoplan(Map.of(), lines("goal,method,start", "skin,iv,2027-01-04", "hiar,iv,"), Locale.US,
                    "quote", "--pricing", WORKED_EXAMPLE, "--requests", "-");
            assertEquals(ExitCodes.BAD_INPUT, r.code());
            assertEquals(table(REQUEST_HEADER, answer(WORKED_ROW, 1)), r.out());
            assertEquals("exoplan quote: <stdin>:3: unknown goal 'hiar'; goals in this sheet: skin\n", r.err());
        }

        @Test
        void anUnknownColumn_isNamedAndNothingIsQuoted() throws IOException {
            Path file = write("requests.csv", lines("goal,method,colour", "skin,iv,red"));
            Result r = exoplan("quote", "--pricing", WORKED_EXAMPLE, "--requests", file.toString());
            assertEquals(ExitCodes.BAD_INPUT, r.code());
            assertEquals("", r.out());
            assertEquals(lines("exoplan quote: " + file + ":1: unknown column 'colour' in the header; request columns "
                    + "are goal, method, clinic, start, months, variant, id", "exoplan quote: " + file + ":1: stopped, "
                    + "the rest of the request file is not read; no rows written"), r.err());
        }

        @Test
        void anUnknownJsonKey_isNamedWithItsLineAndColumnAndTheLinesAfterAreQuoted() throws IOException {
            Path file = write("requests.jsonl", lines("{\"goal\":\"skin\",\"method\":\"iv\"}",
                    "{\"goal\":\"skin\",\"colour\":\"red\"}",
                    "{\"goal\":\"skin\",\"method\":\"iv\",\"start\":\"2027-03-01\",\"months\":6}"));
            Result r = exoplan("quote", "--pricing", WORKED_EXAMPLE, "--requests", file.toString(), "--start",
                    "2027-01-04");
            assertEquals(ExitCodes.BAD_INPUT, r.code());
            // {"goal":"skin", is 15 characters: "colour" starts in column 16.
            assertEquals("exoplan quote: " + file + ":2:16: unknown key 'colour'; request keys are goal, method, "
                    + "clinic, start, months, variant, id\n", r.err());
            assertEquals(table(REQUEST_HEADER + ",id", answer(WORKED_ROW, 1) + ",", answer(WORKED_ROW_MARCH, 3) + ","),
                    r.out());
        }

        @Test
        void aMissingFile_isBadInputInOneLine() {
            Path missing = dir.resolve("missing.csv");
            Result r = exoplan("quote", "--pricing", WORKED_EXAMPLE, "--requests", missing.toString());
            assertEquals(ExitCodes.BAD_INPUT, r.code());
            assertEquals("", r.out());
            assertEquals("exoplan quote: " + missing + ": does not exist — check the path given to --requests\n",
                    r.err());
        }

        @Test
        void aFolder_isBadInputInOneLine() {
            Result r = exoplan("quote", "--pricing", WORKED_EXAMPLE, "--requests", dir.toString());
            assertEquals(ExitCodes.BAD_INPUT, r.code());
            assertEquals("exoplan quote: " + dir + ": is a directory — give the request file itself\n", r.err());
        }

        @Test
        void malformedCsv_isReportedAtItsLineAndTheRowsAfterItAreQuoted() throws IOException {
            Path file = write("requests.csv", lines("goal,method", "skin,iv", "skin,\"iv\"x", "skin,iv"));
            Result r = exoplan("quote", "--pricing", WORKED_EXAMPLE, "--requests", file.toString());
            assertEquals(ExitCodes.BAD_INPUT, r.code());
            // Lines 2 and 4 (requests 1 and 3) are quoted; the broken line 3 is skipped.
            assertEquals(table(REQUEST_HEADER, answer(WORKED_ROW, 1), answer(WORKED_ROW, 3)), r.out());
            assertTrue(r.err().startsWith("exoplan quote: " + file + ":3:"), r.err());
            assertTrue(r.err().contains(": not CSV here: found 'x' after the closing quote of a cell — put a comma after "
                    + "the closing quote, or write a quote inside a cell as \"\"\n"), r.err());
            assertEquals(1, r.err().lines().count(), r.err());
            assertNoStackTrace(r);
        }
    }

    /** Issue 11: a bad row never ends the run; each is reported at its line and the rows after it are quoted. */
    @Nested
    class BadRowsAreSkipped {

        private Result quote(Path file, String... more) {
            List<String> args = new ArrayList<>(List.of("quote", "--pricing", WORKED_EXAMPLE, "--requests",
                    file.toString(), "--start", "2027-01-04"));
            args.addAll(List.of(more));
            return exoplan(args.toArray(String[]::new));
        }

        @Test
        void csvRowsWithTooManyOrTooFewCells_areReportedAndTheRowsAfterThemQuoted() throws IOException {
            Path file = write("requests.csv", lines(
                    "goal,method,months",       // 1
                    "skin,iv,12,extra",         // 2 request 1: four cells
                    "skin,iv",                  // 3 request 2: two cells
                    "skin,iv,12"));             // 4 request 3: good
            Result r = quote(file);
            assertEquals(ExitCodes.BAD_INPUT, r.code(), r.err());
            assertEquals(table(REQUEST_HEADER, answer(WORKED_ROW, 3)), r.out());
            assertEquals(lines(
                    "exoplan quote: " + file + ":2: the row has 4 cells but the header has 3 columns; give every row "
                            + "one cell per column (a blank cell takes the default)",
                    "exoplan quote: " + file + ":3: the row has 2 cells but the header has 3 columns; give every row "
                            + "one cell per column (a blank cell takes the default)"), r.err());
        }

        @Test
        void aMalformedJsonLine_isReportedWithItsColumnAndTheLinesAfterItQuoted() throws IOException {
            Path file = write("requests.jsonl", lines(
                    "{\"goal\":\"skin\",\"method\":\"iv\"",                   // 1: never closed
                    "{\"goal\":\"skin\",\"method\":\"iv\"} {\"goal\":\"skin\"}",  // 2: two objects
                    "{\"goal\":\"skin\",\"method\":\"iv\"}"));                 // 3: good
            Result r = quote(file);
            assertEquals(ExitCodes.BAD_INPUT, r.code(), r.err());
            assertEquals(table(REQUEST_HEADER + ",id", answer(WORKED_ROW, 3) + ","), r.out());
            // Line 1 is 28 characters: its end is column 29. On line 2 the first object is 29 characters and a
            // space: the second starts in column 31.
            assertEquals(lines(
                    "exoplan quote: " + file + ":1:29: not JSON here: expected '}' to close the object, found the end of the file "
                            + "— close every '{' and '[' where its object or list ends; the file may have been cut short",
                    "exoplan quote: " + file + ":2:31: more follows the request object on this line; write one JSON "
                            + "object per line"), r.err());
        }

        @Test
        void aJsonLinesSyntaxError_isExplainedInTheChosenLanguageNotInJacksonsEnglish() throws IOException {
            Path file = write("requests.jsonl", lines(
                    "{\"goal\":\"skin\",\"method\":\"iv\",}",   // 1: a trailing comma; the } is column 30
                    "{\"goal\":\"skin\",\"method\":\"iv\"}"));   // 2: good
            Result en = quote(file);
            assertEquals(ExitCodes.BAD_INPUT, en.code(), en.err());
            assertEquals("exoplan quote: " + file + ":1:30: not JSON here: expected a field name in double quotes, "
                    + "found '}': likely a trailing comma after the last entry — remove the comma before the closing "
                    + "bracket; JSON allows no comma after the last entry\n", en.err());
            Result ja = exoplan("quote", "--pricing", WORKED_EXAMPLE, "--requests", file.toString(), "--lang", "ja");
            assertEquals(ExitCodes.BAD_INPUT, ja.code(), ja.err());
            assertTrue(ja.err().startsWith("exoplan quote: " + file + ":1:30: ここは JSON として読めません："), ja.err());
            assertTrue(ja.err().contains("カンマ"), ja.err());
            assertFalse(ja.err().contains("Unexpected character"), ja.err());
        }

        @Test
        void aDuplicateJsonKey_isRefusedNamingItAndTheLinesAfterItQuoted() throws IOException {
            Path file = write("requests.jsonl", lines(
                    "{\"goal\":\"skin\",\"method\":\"iv\",\"goal\":\"hair\"}",
                    "{\"goal\":\"skin\",\"method\":\"iv\"}"));
            Result r = quote(file);
            assertEquals(ExitCodes.BAD_INPUT, r.code(), r.err());
            assertEquals(table(REQUEST_HEADER + ",id", answer(WORKED_ROW, 2) + ","), r.out());
            // {"goal":"skin","method":"iv", is 29 characters: the second "goal" starts in column 30.
            assertEquals("exoplan quote: " + file + ":1:30: key 'goal' appears twice in this request; keep one\n",
                    r.err());
        }

        @Test
        void aDuplicateHeaderColumn_isRefusedNamingItAndNothingIsQuoted() throws IOException {
            Path file = write("requests.csv", lines("goal,method,goal", "skin,iv,hair"));
            Result r = quote(file);
            assertEquals(ExitCodes.BAD_INPUT, r.code(), r.err());
            assertEquals("", r.out());
            assertEquals(lines("exoplan quote: " + file + ":1: column 'goal' appears twice in the header; keep one",
                    "exoplan quote: " + file + ":1: stopped, the rest of the request file is not read; no rows "
                            + "written"), r.err());
        }

        @Test
        void failFast_atABadRow_saysThatTheRunStoppedAndHowManyRowsItWrote() throws IOException {
            Path file = write("requests.csv", lines("goal,method", "skin,iv", "skin,iv", "skin", "skin,iv"));
            Result r = quote(file, "--fail-fast");
            assertEquals(ExitCodes.BAD_INPUT, r.code(), r.err());
            assertEquals(table(REQUEST_HEADER, answer(WORKED_ROW, 1), answer(WORKED_ROW, 2)), r.out());
            assertEquals(lines("exoplan quote: " + file + ":4: the row has 1 cell but the header has 2 columns; give "
                    + "every row one cell per column (a blank cell takes the default)", "exoplan quote: " + file
                    + ":4: stopped (--fail-fast); 2 rows written"), r.err());
        }

        @Test
        void failFast_inJapanese_saysSoInJapanese() throws IOException {
            Path file = write("requests.csv", lines("goal,method", "skin,iv", "hiar,iv"));
            Result r = quote(file, "--fail-fast", "--lang", "ja");
            assertEquals(ExitCodes.BAD_INPUT, r.code(), r.err());
            assertTrue(r.err().endsWith("exoplan quote: " + file + ":3: ここで止めました（--fail-fast）。書き出したのは 1 行です\n"),
                    r.err());
        }
    }

    /** Issue 11: every row of a request file's table says which request it answers, after today's columns. */
    @Nested
    class RequestAndId {

        /** Requests 1 (id A-7, line 2) and 3 (id "=1+1 ", line 5); request 2 on line 4 is a bad one. */
        private static final String WITH_IDS = lines(
                "id,goal,method,start,months",
                "A-7,skin,iv,2027-01-04,12",
                "",
                "B-2,hiar,iv,,",
                "=1+1 ,skin,iv,2027-03-01,6");

        private Result quote(String format) throws IOException {
            Path file = write("requests.csv", WITH_IDS);
            Result r = exoplan("quote", "--pricing", WORKED_EXAMPLE, "--requests", file.toString(), "--format", format);
            assertEquals(ExitCodes.BAD_INPUT, r.code(), r.err());
            assertEquals("exoplan quote: " + file + ":4: unknown goal 'hiar'; goals in this sheet: skin\n", r.err());
            return r;
        }

        @Test
        void csv_appendsRequestAndIdAndDefusesAFormulaInTheId() throws IOException {
            // The id is copied as written, trailing space and all; a leading = gets the apostrophe clinic names get.
            assertEquals(table(REQUEST_HEADER + ",id", answer(WORKED_ROW, 1) + ",A-7",
                    answer(WORKED_ROW_MARCH, 3) + ",'=1+1 "), quote("csv").out());
        }

        @Test
        void json_hasRequestAsANumberAndIdAsAString() throws IOException {
            JsonNode rows = JSON.readTree(quote("json").out());
            assertEquals(2, rows.size());
            assertAll(
                    () -> assertTrue(rows.get(0).get("request").isInt()),
                    () -> assertEquals(1, rows.get(0).get("request").intValue()),
                    () -> assertEquals("A-7", rows.get(0).get("id").textValue()),
                    () -> assertEquals(3, rows.get(1).get("request").intValue()),
                    () -> assertEquals("=1+1 ", rows.get(1).get("id").textValue(), "JSON keeps the text"),
                    () -> assertEquals(List.of("monthly_typical", "request", "id", "prepaid"),
                            lastNames(rows.get(0), 4), "appended after the columns before them"));
        }

        private List<String> lastNames(JsonNode row, int n) {
            List<String> names = new ArrayList<>();
            row.fieldNames().forEachRemaining(names::add);
            return names.subList(names.size() - n, names.size());
        }

        @Test
        void jsonl_endsEachLineWithRequestAndId() throws IOException {
            List<String> rows = quote("jsonl").out().lines().toList();
            assertEquals(2, rows.size());
            assertTrue(rows.get(0).endsWith("\"monthly_typical\":51792,\"request\":1,\"id\":\"A-7\",\"prepaid\":0}"),
                    rows.get(0));
            assertTrue(rows.get(1).endsWith("\"monthly_typical\":74250,\"request\":3,\"id\":\"=1+1 \",\"prepaid\":0}"),
                    rows.get(1));
        }

        @Test
        void markdown_hasRequestRightAlignedAndTheIdDefused() throws IOException {
            List<String> rows = quote("markdown").out().lines().toList();
            assertEquals(4, rows.size());
            // the ids' punctuation escaped, so that Markdown shows them as text: A\-7 and "\'\=1\+1 " (9 wide)
            assertTrue(rows.get(0).endsWith("| per month, typical | request | id        |"), rows.get(0));
            assertTrue(rows.get(1).endsWith("| -----------------: | ------: | --------- |"), rows.get(1));
            assertTrue(rows.get(2).endsWith("|            ¥51,792 |       1 | A\\-7      |"), rows.get(2));
            assertTrue(rows.get(3).endsWith("|            ¥74,250 |       3 | \\'\\=1\\+1  |"), rows.get(3));
        }

        @Test
        void text_hasRequestAndIdLast() throws IOException {
            List<String> rows = quote("text").out().lines().toList();
            // two blocks of five lines and a blank line between them; request and id end each block
            assertEquals(13, rows.size(), String.join("\n", rows));
            assertEquals("      request 1 · id A-7", rows.get(5));
            assertEquals("", rows.get(6));
            assertEquals("      request 3 · id =1+1", rows.get(12));
        }

        @Test
        void aCsvFileWithoutAnIdColumn_addsRequestOnly() throws IOException {
            Path file = write("requests.csv", lines("goal,method", "skin,iv"));
            Result r = exoplan("quote", "--pricing", WORKED_EXAMPLE, "--requests", file.toString(), "--start",
                    "2027-01-04");
            assertEquals(table(HEADER + ",request", WORKED_ROW + ",1"), r.out());
        }

        /** Ids of every JSON type a request line may give, and none. */
        private static final String TYPED_IDS = lines("{\"goal\":\"skin\",\"method\":\"iv\",\"id\":17}",
                "{\"goal\":\"skin\",\"method\":\"iv\",\"id\":1.50}",
                "{\"goal\":\"skin\",\"method\":\"iv\",\"id\":\"17\"}",
                "{\"goal\":\"skin\",\"method\":\"iv\",\"id\":true}",
                "{\"goal\":\"skin\",\"method\":\"iv\"}");

        @Test
        void jsonLinesIds_keepTheirJsonTypeInJson_aNumberAsWritten() throws IOException {
            Path file = write("requests.jsonl", TYPED_IDS);
            Result r = exoplan("quote", "--pricing", WORKED_EXAMPLE, "--requests", file.toString(), "--start",
                    "2027-01-04", "--format", "json");
            assertEquals(ExitCodes.OK, r.code(), r.err());
            JsonNode rows = JSON.readTree(r.out());
            assertTrue(rows.get(0).get("id").isIntegralNumber(), rows.toString());
            assertEquals(17, rows.get(0).get("id").intValue());
            assertTrue(r.out().contains("\"id\": 1.50,"), r.out());
            assertEquals("17", rows.get(2).get("id").textValue(), "a string stays a string");
            assertTrue(rows.get(3).get("id").isBoolean() && rows.get(3).get("id").booleanValue(), rows.toString());
            assertTrue(rows.get(4).get("id").isNull(), rows.toString());
        }

        @Test
        void jsonLinesIds_inJsonLines_areTheSameJson() throws IOException {
            Path file = write("requests.jsonl", TYPED_IDS);
            List<String> rows = exoplan("quote", "--pricing", WORKED_EXAMPLE, "--requests", file.toString(), "--start",
                    "2027-01-04", "--format", "jsonl").out().lines().toList();
            assertEquals(List.of("\"request\":1,\"id\":17,", "\"request\":2,\"id\":1.50,",
                    "\"request\":3,\"id\":\"17\",", "\"request\":4,\"id\":true,", "\"request\":5,\"id\":null,"),
                    rows.stream().map(row -> row.substring(row.indexOf("\"request\""), row.indexOf("\"prepaid\""))).toList());
        }

        @Test
        void jsonLinesIds_inCsv_areTheirText() throws IOException {
            Path file = write("requests.jsonl", TYPED_IDS);
            Result r = exoplan("quote", "--pricing", WORKED_EXAMPLE, "--requests", file.toString(), "--start",
                    "2027-01-04");
            assertEquals(table(REQUEST_HEADER + ",id", answer(WORKED_ROW, 1) + ",17", answer(WORKED_ROW, 2) + ",1.50",
                    answer(WORKED_ROW, 3) + ",17", answer(WORKED_ROW, 4) + ",true", answer(WORKED_ROW, 5) + ","),
                    r.out());
        }

        @Test
        void withoutRequests_theColumnsStayExactlyAsTheyWere() {
            Result r = exoplan("quote", "--pricing", WORKED_EXAMPLE, "--start", "2027-01-04");
            assertEquals(table(HEADER, WORKED_ROW), r.out());
            Result json = exoplan("quote", "--pricing", WORKED_EXAMPLE, "--start", "2027-01-04", "--format", "jsonl");
            assertFalse(json.out().contains("\"request\""), json.out());
            assertFalse(json.out().contains("\"id\""), json.out());
        }
    }

    @Nested
    class FormulaInjection {

        /** Every clinic has the worked example's prices: the row after the name is the same. */
        private static final String PRICES = ",skin,iv,2027-01-04,12,JPY,5,7,10,170500,621500,1655500,15500,56500,"
                + "150500,51792";

        private Result quote(String format) {
            Result r = exoplan("quote", "--pricing", FORMULA_NAMES, "--start", "2027-01-04", "--format", format);
            assertEquals(ExitCodes.OK, r.code(), r.err());
            return r;
        }

        @Test
        void csv_putsAnApostropheBeforeEqualsPlusMinusAndAt() {
            // Sorted by clinic id: at, eq, minus, pipe, plus. The quotes in the HYPERLINK are doubled (RFC 4180).
            assertEquals(table(HEADER,
                    "at,'@SUM(A1)" + PRICES,
                    "eq,\"'=HYPERLINK(\"\"http://x\"\")\"" + PRICES,
                    "minus,'-2+3" + PRICES,
                    "pipe,Pipe | Clinic" + PRICES,
                    "plus,'+1+1" + PRICES), quote("csv").out());
        }

        @Test
        void markdown_putsAnApostropheBeforeAFormulaAndEscapesItsPunctuation() {
            // Each row's second cell, the clinic's name: the apostrophe added, then every ASCII punctuation
            // mark backslash-escaped, an @ before a letter full-width (U+FF20) and a word joiner (U+2060)
            // after a colon before anything but a space, so that no Markdown renderer makes a link of them.
            List<String> names = quote("markdown").out().lines().skip(2)
                    .map(line -> line.split("(?<!\\\\)\\|")[2].strip()).toList();
            assertEquals(List.of(
                    "\\'\uFF20SUM\\(A1\\)",
                    "\\'\\=HYPERLINK\\(\\\"http\\:\u2060\\/\\/x\\\"\\)",
                    "\\'\\-2\\+3",
                    "Pipe \\| Clinic",
                    "\\'\\+1\\+1"), names);
        }

        @Test
        void json_keepsTheNamesAsTheSheetWritesThem() throws IOException {
            List<String> names = new ArrayList<>();
            JSON.readTree(quote("json").out()).forEach(row -> names.add(row.get("clinic_name").asText()));
            assertEquals(List.of("@SUM(A1)", "=HYPERLINK(\"http://x\")", "-2+3", "Pipe | Clinic", "+1+1"), names);
        }

        @Test
        void jsonl_keepsTheNamesAsTheSheetWritesThem() throws IOException {
            List<String> names = new ArrayList<>();
            for (String line : quote("jsonl").out().lines().toList()) {
                names.add(JSON.readTree(line).get("clinic_name").asText());
            }
            assertEquals(List.of("@SUM(A1)", "=HYPERLINK(\"http://x\")", "-2+3", "Pipe | Clinic", "+1+1"), names);
        }
    }

    @Nested
    class ByteOrderMark {

        @Test
        void bom_startsCsvWithU_FEFF() {
            Result r = exoplan("quote", "--pricing", WORKED_EXAMPLE, "--start", "2027-01-04", "--bom");
            assertEquals(ExitCodes.OK, r.code(), r.err());
            assertEquals("\uFEFF" + table(HEADER, WORKED_ROW), r.out());
        }

        @Test
        void bom_inAnOutputFile_isTheThreeUtf8Bytes() throws IOException {
            Path file = dir.resolve("quotes.csv");
            Result r = exoplan("quote", "--pricing", WORKED_EXAMPLE, "--start", "2027-01-04", "--bom", "--output",
                    file.toString());
            assertEquals(ExitCodes.OK, r.code(), r.err());
            byte[] bytes = Files.readAllBytes(file);
            assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'c', 'l'},
                    Arrays.copyOf(bytes, 5));
        }

        @Test
        void withoutBom_csvStartsWithTheHeader() {
            Result r = exoplan("quote", "--pricing", WORKED_EXAMPLE, "--start", "2027-01-04");
            assertTrue(r.out().startsWith("clinic,"), r.out());
        }

        @Test
        void bomWithJson_isAUsageError() {
            Result r = exoplan("quote", "--pricing", WORKED_EXAMPLE, "--bom", "--format", "json");
            assertEquals(ExitCodes.USAGE, r.code());
            assertEquals("", r.out());
            assertEquals("exoplan quote: --bom is for CSV (Excel needs it there); json output must not start with "
                    + "one\n", r.err());
        }
    }

    @Nested
    class Output {

        private static final String EARLIER = "an earlier file\n";

        @Test
        void aSuccessfulRun_writesTheFileAndNothingToStdout() throws IOException {
            Path file = dir.resolve("quotes.csv");
            Result r = exoplan("quote", "--pricing", WORKED_EXAMPLE, "--start", "2027-01-04", "--output",
                    file.toString());
            assertEquals(ExitCodes.OK, r.code(), r.err());
            assertEquals("", r.out());
            assertEquals("", r.err());
            assertEquals(table(HEADER, WORKED_ROW), Files.readString(file));
            assertEquals(List.of("quotes.csv"), listing(dir));
        }

        @Test
        void aSuccessfulRun_replacesAnEarlierFile() throws IOException {
            Path file = write("quotes.json", EARLIER);
            Result r = exoplan("quote", "--pricing", WORKED_EXAMPLE, "--start", "2027-01-04", "--format", "jsonl",
                    "--output", file.toString());
            assertEquals(ExitCodes.OK, r.code(), r.err());
            assertTrue(Files.readString(file).startsWith("{\"clinic\":\"sample\""), Files.readString(file));
            assertEquals(List.of("quotes.json"), listing(dir));
        }

        @Test
        void badRowsWithoutFailFast_stillWriteTheGoodRows() throws IOException {
            Path file = write("quotes.csv", EARLIER);
            Path requests = write("requests.csv", Requests.MIXED);
            Result r = exoplan("quote", "--pricing", WORKED_EXAMPLE, "--requests", requests.toString(), "--start",
                    "2027-01-04", "--output", file.toString());
            assertEquals(ExitCodes.BAD_INPUT, r.code());
            assertEquals("", r.out());
            assertEquals(5, r.err().lines().count(), r.err());
            // Lines 2 and 8 of MIXED are requests 1 and 7.
            assertEquals(table(REQUEST_HEADER, answer(WORKED_ROW, 1), answer(WORKED_ROW_MARCH, 7)),
                    Files.readString(file));
        }

        @Test
        void failFastAfterGoodRows_leavesTheEarlierFileAndNoTemporaryFile() throws IOException {
            Path file = write("quotes.csv", EARLIER);
            Path requests = write("requests.csv", Requests.MIXED);
            Result r = exoplan("quote", "--pricing", WORKED_EXAMPLE, "--requests", requests.toString(), "--start",
                    "2027-01-04", "--output", file.toString(), "--fail-fast");
            assertEquals(ExitCodes.BAD_INPUT, r.code());
            assertEquals("", r.out());
            assertEquals(lines("exoplan quote: " + requests + ":3: unknown goal 'hiar'; goals in this sheet: skin",
                    "exoplan quote: " + requests + ":3: stopped (--fail-fast); 1 row quoted, but --output " + file
                            + " is not written (an earlier file stays as it was)"), r.err());
            assertEquals(EARLIER, Files.readString(file));
            assertEquals(List.of("quotes.csv", "requests.csv"), listing(dir));
        }

        @Test
        void failFastBeforeAnyFile_createsNone() throws IOException {
            Path requests = write("requests.csv", Requests.MIXED);
            Result r = exoplan("quote", "--pricing", WORKED_EXAMPLE, "--requests", requests.toString(), "--output",
                    dir.resolve("quotes.csv").toString(), "--fail-fast");
            assertEquals(ExitCodes.BAD_INPUT, r.code());
            assertEquals(List.of("requests.csv"), listing(dir));
        }

        @Test
        void aFileThatStopsBeingUtf8AfterGoodRows_leavesTheEarlierFileAndNoTemporaryFile() throws IOException {
            Path file = write("quotes.csv", EARLIER);
            StringBuilder text = new StringBuilder("goal,method\n");
            for (int i = 0; i < 2000; i++) {
                text.append("skin,iv\n"); // more rows than the writer buffers, so some reach the temporary file
            }
            Path requests = write("requests.csv", text.toString());
            Files.write(requests, new byte[] {'s', 'k', (byte) 0xFF, 'n', '\n'}, java.nio.file.StandardOpenOption.APPEND);
            Result r = exoplan("quote", "--pricing", WORKED_EXAMPLE, "--requests", requests.toString(), "--output",
                    file.toString());
            assertEquals(ExitCodes.BAD_INPUT, r.code());
            assertEquals("", r.out());
            // The header is line 1, the 2,000 good rows lines 2–2001, the bad byte on line 2002.
            assertEquals(lines("exoplan quote: " + requests + ":2002: not UTF-8 here: byte 0xFF at byte offset 16014 "
                    + "is not UTF-8; the file looks like it was saved in another encoding (Shift_JIS is common for "
                    + "Japanese text); save the file as UTF-8", "exoplan quote: " + requests + ":2002: stopped, the "
                    + "rest of the request file is not read; 2,000 rows quoted, but --output " + file + " is not "
                    + "written (an earlier file stays as it was)"), r.err());
            assertEquals(EARLIER, Files.readString(file));
            assertEquals(List.of("quotes.csv", "requests.csv"), listing(dir));
        }

        @Test
        void malformedCsvAfterGoodRows_isSkippedAndTheFileIsWritten() throws IOException {
            Path file = write("quotes.csv", EARLIER);
            Path requests = write("requests.csv", lines("goal,method", "skin,iv", "skin,\"iv", "skin,iv"));
            Result r = exoplan("quote", "--pricing", WORKED_EXAMPLE, "--requests", requests.toString(), "--output",
                    file.toString());
            assertEquals(ExitCodes.BAD_INPUT, r.code());
            assertEquals("", r.out());
            // The quote that never closes on line 3 (request 2) spoils that line only.
            assertTrue(r.err().startsWith("exoplan quote: " + requests + ":3:"), r.err());
            assertTrue(r.err().contains(": not CSV here: a quoted cell has no closing quote — end the cell with \""), r.err());
            assertEquals(1, r.err().lines().count(), r.err());
            assertEquals(table(REQUEST_HEADER, answer(WORKED_ROW, 1), answer(WORKED_ROW, 3)), Files.readString(file));
        }

        @Test
        void aMissingRequestFile_leavesTheEarlierFileAndNoTemporaryFile() throws IOException {
            Path file = write("quotes.csv", EARLIER);
            Result r = exoplan("quote", "--pricing", WORKED_EXAMPLE, "--requests", dir.resolve("none.csv").toString(),
                    "--output", file.toString());
            assertEquals(ExitCodes.BAD_INPUT, r.code());
            assertEquals(EARLIER, Files.readString(file));
            assertEquals(List.of("quotes.csv"), listing(dir));
        }

        @Test
        void aFolderThatDoesNotExist_isBadInputInOneLineAndCreatesNothing() throws IOException {
            Path file = dir.resolve("nowhere").resolve("quotes.csv");
            Result r = exoplan("quote", "--pricing", WORKED_EXAMPLE, "--output", file.toString());
            assertEquals(ExitCodes.BAD_INPUT, r.code());
            assertEquals("", r.out());
            assertEquals("exoplan quote: --output " + file + ": cannot write there (no such folder); nothing was "
                    + "written — choose a folder that exists and can be written\n", r.err());
            assertEquals(List.of(), listing(dir));
        }

        @Test
        void anExistingFolder_isBadInputInOneLine() throws IOException {
            Path folder = Files.createDirectory(dir.resolve("quotes"));
            Result r = exoplan("quote", "--pricing", WORKED_EXAMPLE, "--output", folder.toString());
            assertEquals(ExitCodes.BAD_INPUT, r.code(), r.err());
            assertEquals("", r.out());
            assertEquals(1, r.err().lines().count(), r.err());
            assertTrue(r.err().startsWith("exoplan quote: --output " + folder + ": "), r.err());
            assertFalse(r.err().contains("internal error"), r.err());
            assertEquals(List.of("quotes"), listing(dir));
            assertEquals(List.of(), listing(folder));
        }
    }

    @Nested
    class ClosedPipe {

        @Test
        void headThree_endsTheRunQuietlyWithStatus0() throws IOException, InterruptedException {
            Path requests = dir.resolve("requests.csv");
            try (Writer out = Files.newBufferedWriter(requests, StandardCharsets.UTF_8)) {
                out.write("goal,method,start,months\n");
                for (int i = 0; i < 200_000; i++) {
                    out.write("skin,iv,2027-01-04,12\n");
                }
            }
            ProcessBuilder builder = new ProcessBuilder("bash", "-c",
                    "\"$JAVA\" -cp \"$CP\" dev.exoplan.Main quote --pricing \"$SHEET\" --requests \"$REQUESTS\" "
                            + "2>\"$ERR\" | head -3; exit \"${PIPESTATUS[0]}\"")
                    .redirectOutput(dir.resolve("head").toFile())
                    .redirectError(dir.resolve("shell-err").toFile());
            Map<String, String> env = builder.environment();
            env.put("JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
            env.put("CP", System.getProperty("java.class.path"));
            env.put("SHEET", Path.of(WORKED_EXAMPLE).toAbsolutePath().toString());
            env.put("REQUESTS", requests.toString());
            env.put("ERR", dir.resolve("err").toString());
            env.remove("EXOPLAN_PRICING");
            Process process = builder.start();
            // A safety net against a hang only, not a timing assertion.
            assertTrue(process.waitFor(5, TimeUnit.MINUTES), "exoplan | head -3 did not finish");
            String err = Files.readString(dir.resolve("err"), StandardCharsets.UTF_8);
            assertAll(
                    () -> assertEquals(0, process.exitValue(), "exoplan's own exit status; stderr: " + err),
                    () -> assertEquals("", err, "no stack trace, no 'Broken pipe'"),
                    () -> assertEquals("", Files.readString(dir.resolve("shell-err"))),
                    () -> assertEquals(table(REQUEST_HEADER, answer(WORKED_ROW, 1), answer(WORKED_ROW, 2)),
                            Files.readString(dir.resolve("head"), StandardCharsets.UTF_8)));
        }
    }

    @Nested
    class AgreesWithPlan {

        /**
         * A quote row carries the same sessions, totals and taxes as {@code exoplan plan --format json} for
         * the same request. An empty sheet is the built-in one.
         */
        @ParameterizedTest(name = "{0} {1} {2} {3} {4} {5}")
        @CsvSource({
            "src/test/resources/sheets/worked-example.json, skin, iv, sample, 2027-01-04, 12",
            "src/test/resources/quote/usd.json, skin, iv, dollar, 2027-01-31, 24",
            // injection: the optional anaesthetic cream, per visit, is in the high scenario only
            "src/test/resources/sheets/clean.json, skin, injection, sample, 2027-03-15, 7",
            "src/test/resources/quote/two-clinics.json, hair, injection, zeta, 2028-02-29, 1",
            // the built-in sheet: prices include tax, so the tax is the contained part
            "'', skin, injection, sample-b, 2027-12-31, 36",
            "'', hair, combined, sample-a, 2027-05-31, 120"
        })
        void quoteTotals_equalPlanTotals(String sheet, String goal, String method, String clinic, String start,
                int months) throws IOException {
            Path requests = write("requests.csv", lines("goal,method,clinic,start,months",
                    String.join(",", goal, method, clinic, start, String.valueOf(months))));
            List<String> quoteArgs = new ArrayList<>(List.of("quote", "--requests", requests.toString()));
            List<String> planArgs = new ArrayList<>(List.of("plan", "--goal", goal, "--method", method, "--clinic",
                    clinic, "--start", start, "--months", String.valueOf(months), "--format", "json"));
            if (!sheet.isEmpty()) {
                quoteArgs.addAll(List.of("--pricing", sheet));
                planArgs.addAll(List.of("--pricing", sheet));
            }
            Result quote = exoplan(quoteArgs.toArray(String[]::new));
            Result plan = exoplan(planArgs.toArray(String[]::new));
            assertEquals(ExitCodes.OK, quote.code(), quote.err());
            assertEquals(ExitCodes.OK, plan.code(), plan.err());
            List<String> rows = quote.out().lines().toList();
            assertEquals(2, rows.size(), quote.out());
            List<String> header = List.of(rows.get(0).split(","));
            String[] cells = rows.get(1).split(",");
            JsonNode p = JSON.readTree(plan.out());
            JsonNode s = p.get("scenarios");
            assertAll(
                    () -> assertEquals(clinic, cells[header.indexOf("clinic")]),
                    () -> assertEquals(start, cells[header.indexOf("start")]),
                    () -> assertEquals(p.get("months").asText(), cells[header.indexOf("months")]),
                    () -> assertEquals(p.get("currency").asText(), cells[header.indexOf("currency")]));
            List<Executable> checks = new ArrayList<>();
            for (String scenario : List.of("low", "typical", "high")) {
                JsonNode plans = s.get(scenario);
                checks.add(() -> assertEquals(plans.get("sessions").asText(),
                        cells[header.indexOf("sessions_" + scenario)], "sessions_" + scenario));
                checks.add(() -> assertSameAmount(plans.get("total"), cells[header.indexOf("total_" + scenario)],
                        "total_" + scenario));
                checks.add(() -> assertSameAmount(plans.get("tax"), cells[header.indexOf("tax_" + scenario)],
                        "tax_" + scenario));
            }
            checks.add(() -> assertSameAmount(s.get("typical").get("monthlyAverage"),
                    cells[header.indexOf("monthly_typical")], "monthly_typical"));
            assertAll(checks);
        }

        private static void assertSameAmount(JsonNode plan, String quote, String column) {
            BigDecimal expected = plan.decimalValue();
            assertEquals(0, expected.compareTo(new BigDecimal(quote)), column + ": plan " + expected + ", quote "
                    + quote);
        }
    }
}
