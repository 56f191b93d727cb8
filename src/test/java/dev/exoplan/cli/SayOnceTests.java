package dev.exoplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.exoplan.cli.Run.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code plan} says each thing once, and is honest about its period: a sweep over every built-in goal ×
 * method × clinic, both languages, with and without a budget (and a display currency), at four periods,
 * finds no paragraph and no long sentence twice; the sample-c course plan at 9 months and 1 month, and
 * the singular and plural forms, are written out by hand.
 */
class SayOnceTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Arguments> plans() throws Exception {
        List<Arguments> all = new ArrayList<>();
        for (Arguments a : (Iterable<Arguments>) WidthTests.plans()::iterator) {
            for (String months : new String[] {"1", "9", "24", "120"}) {
                for (boolean budget : new boolean[] {false, true}) {
                    Object[] x = a.get();
                    all.add(Arguments.of(x[0], x[1], x[2], x[3], months, budget));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} × {1} at {2}, {3}, {4} months, budget and USD {5}")
    @MethodSource("plans")
    void plan_anyRequest_saysNothingTwice(String goal, String method, String clinic, String lang, String months,
            boolean budget) {
        List<String> args = new ArrayList<>(List.of("--lang", lang, "plan", "--goal", goal, "--method", method,
                "--clinic", clinic, "--start", "2027-01-04", "--months", months));
        if (budget) {
            args.addAll(List.of("--budget", "400000", "--display-currency", "USD", "--rate", "0.0066"));
        }
        Result r = Run.exoplan(args.toArray(String[]::new));
        if (r.code() == ExitCodes.USAGE) {
            // a clinic without this method: refused, and nothing on standard output to say twice
            assertEquals("", r.out(), r.err());
            return;
        }
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertEquals(List.of(), repeated(r.out()), r.out());
    }

    /**
     * The paragraphs (text between blank lines, its lines joined) and the sentences of 40 characters or
     * more that appear more than once in {@code out}. Sentences end in ". " or "。", or where a line is
     * indented less than the one before it (a paragraph after a list of hanging entries). The chart and
     * tables are paragraphs too, so a table printed twice is found.
     */
    static List<String> repeated(String out) {
        List<String> twice = new ArrayList<>();
        Set<String> paragraphs = new HashSet<>();
        Set<String> sentences = new HashSet<>();
        for (String paragraph : out.split("\n\\s*\n")) {
            String joined = paragraph.strip().replaceAll("\\s*\n\\s*", " ");
            if (joined.isEmpty()) {
                continue;
            }
            if (!paragraphs.add(joined)) {
                twice.add(joined);
            }
            for (String unit : units(paragraph)) {
                for (String sentence : unit.split("(?<=\\. )|(?<=。)")) {
                    String s = sentence.strip();
                    if (s.codePointCount(0, s.length()) >= 40 && !sentences.add(s)) {
                        twice.add(s);
                    }
                }
            }
        }
        return twice;
    }

    /** A paragraph's lines joined, a new unit starting at each line indented less than the one before. */
    private static List<String> units(String paragraph) {
        List<String> units = new ArrayList<>();
        StringBuilder unit = new StringBuilder();
        int indent = 0;
        for (String line : paragraph.split("\n")) {
            int here = line.length() - line.stripLeading().length();
            if (here < indent && unit.length() > 0) {
                units.add(unit.toString());
                unit.setLength(0);
            }
            unit.append(line.strip()).append(' ');
            indent = here;
        }
        units.add(unit.toString());
        return units;
    }

    @Test
    void repeated_aParagraphOrLongSentenceTwice_isFound() {
        String once = "Low and high are bounds, not likely outcomes: low is the fewest.";
        assertEquals(List.of(), repeated("a\n\n" + once + "\n"));
        assertEquals(List.of(once, once), repeated(once + "\n\n" + once + "\n"));
        // after hanging entries, as the budget's lines were once followed by it
        assertEquals(List.of(once), repeated("Budget\n  high     pays for the first 5 sessions; the whole\n"
                + "           course costs more\n" + once + "\n\nWhat the scenarios assume\n  low      3\n" + once));
        assertEquals(List.of(), repeated("short.\n\nshort.\nx"), "a short sentence may repeat");
    }

    private static Result sampleC(String... more) {
        List<String> args = new ArrayList<>(List.of("plan", "--goal", "skin", "--method", "iv", "--clinic",
                "sample-c", "--start", "2027-01-04"));
        args.addAll(List.of(more));
        Result r = Run.exoplan(args.toArray(String[]::new));
        assertEquals(ExitCodes.OK, r.code(), r.err());
        return r;
    }

    @Nested
    class WithABudget {

        @Test
        void plan_withBudget_saysWhatLowAndHighAreOnce() {
            for (String lang : List.of("en", "ja")) {
                Result r = sampleC("--lang", lang, "--budget", "400000");
                String bounds = lang.equals("en") ? "Low and high are bounds" : "少なめと多めは幅の両端";
                assertEquals(1, r.out().split(bounds, -1).length - 1, r.out());
            }
        }
    }

    @Nested
    class RefundTables {

        @Test
        void sampleC_threePurchasesOfOnePackage_oneTableWithEachPurchasesDates() {
            // typical buys the 5-session course (¥374,000) at session 3, Mon 15 Feb 2027; high buys it
            // twice, at sessions 1 and 6 (Mon 4 Jan, Sat 1 May 2027). Cooling-off: 8 days counting the
            // day of purchase, so 15 Feb + 7 = 22 Feb, 4 Jan + 7 = 11 Jan, 1 May + 7 = 8 May.
            Result r = sampleC();
            assertEquals(1, r.out().split("sessions used", -1).length - 1, r.out());
            assertTrue(r.out().contains("""

                      IV drip, 5 sessions ¥374,000
                        typical: bought Mon 15 Feb 2027; last day of cooling-off Mon 22 Feb 2027.
                        high: bought Mon 4 Jan 2027; last day of cooling-off Mon 11 Jan 2027.
                        high: bought Sat 1 May 2027; last day of cooling-off Sat 8 May 2027.
                          sessions used   cancellation fee       refund
                                      0                 ¥0   ¥374,000 *
                    """), r.out());
            // break-even at ¥88,000 (typical) and ¥132,000 (high) a single session: each said once
            assertTrue(r.out().contains("""
                        typical: This course pays off only if you have at least 3 of its 5
                        sessions (5 if nothing were refunded).
                        high: This course pays off only if you have at least 1 of its 5 sessions
                        (3 if nothing were refunded).
                    """), r.out());
            // what is at risk: the explanation once, a line per scenario
            assertTrue(r.out().contains("""
                      The most prepaid and not yet used, what you would lose if the clinic closed
                      (prepaid courses have been lost when clinics went bankrupt):
                        typical  ¥299,200 on Mon 15 Feb 2027, after that day's session
                        high     ¥299,200 on Mon 4 Jan 2027, after that day's session
                    """), r.out());
        }

        @Test
        void sampleC_inJapanese_oneTable() {
            Result r = sampleC("--lang", "ja");
            assertEquals(1, r.out().split("受けた回数", -1).length - 1, r.out());
            assertTrue(r.out().contains("    多め：2027年5月1日(土)に購入、クーリング・オフ最終日は2027年5月8日(土)。\n"),
                    r.out());
        }

        @Test
        void contractDate_otherThanThePurchase_isNamed() {
            // --contract-date 2027-01-02 for a course bought Mon 4 Jan 2027: cooling-off counts from
            // the document, 2 Jan + 7 = Sat 9 Jan 2027
            Result r = Run.exoplan("plan", "--goal", "skin", "--method", "iv", "--clinic", "sample-c", "--start",
                    "2027-01-04", "--contract-date", "2027-01-02");
            assertEquals(ExitCodes.OK, r.code(), r.err());
            assertTrue(r.out().contains("    high: bought Mon 4 Jan 2027; last day of cooling-off Sat 9 Jan 2027\n"
                    + "    (contract document received Sat 2 Jan 2027).\n"), r.out());
        }
    }

    @Nested
    class ThePeriod {

        @Test
        void oneMonth_saysThisMonthAndTheInitialSessionsAfterIt() {
            // typical: 4 initial sessions 3 weeks apart from Mon 4 Jan 2027 (4 Jan, 25 Jan, 15 Feb, 8 Mar);
            // one month ends on Wed 3 Feb, so 2 fall inside and 2 after. Maintenance every 3 months at
            // ¥88,000 tax included: 12 / 3 = 4 sessions a year, 4 × 88,000 = ¥352,000.
            Result r = sampleC("--months", "1");
            assertTrue(r.out().contains("""
                    The total is for this month only, not for the whole treatment: in the typical
                    scenario, 2 of its 4 initial sessions and then maintenance fall after it
                    (every 3 months, at ¥88,000 a session, tax included): at this rhythm, about
                    ¥352,000 a year.
                    """), r.out());
            assertFalse(r.out().contains("these 1 month"), r.out());
            // high buys the course on Mon 4 Jan 2027 and uses 3 of 5 sessions inside the month; valid
            // 12 months from its first use, strictly before Tue 4 Jan 2028: its last day is Mon 3 Jan 2028
            assertTrue(r.out().contains("""
                      high     IV drip, 5 sessions ¥374,000, bought Mon 4 Jan 2027: sessions 1–3
                               (2 sessions still valid until Mon 3 Jan 2028)
                    """), r.out());
            assertFalse(r.out().contains("not used"), r.out());
        }

        @Test
        void nineMonths_courseSessionsLeft_areStillValid() {
            // high's second course, bought Sat 1 May 2027, pays for sessions 6–8 before the period ends
            // (Sun 3 Oct 2027); 1 May 2027 + 12 months = 1 May 2028, so its last day is Sun 30 Apr 2028
            Result r = sampleC("--months", "9");
            assertTrue(r.out().contains("""
                               IV drip, 5 sessions ¥374,000, bought Sat 1 May 2027: sessions 6–8
                               (2 sessions still valid until Sun 30 Apr 2028)
                    """), r.out());
            assertTrue(r.out().contains("""
                    The total is for these 9 months only, not for the whole treatment:
                    maintenance goes on after them (every 3 months in the typical scenario, at
                    ¥88,000 a session, tax included): at this rhythm, about ¥352,000 a year.
                    """), r.out());
        }

        @Test
        void nineMonths_inJapanese() {
            Result r = sampleC("--months", "9", "--lang", "ja");
            assertTrue(r.out().contains("（残り\n          2回分は2028年4月30日(日)まで有効）")
                    || r.out().contains("（残り2回分は2028年4月30日(日)まで有効）"), r.out());
            assertTrue(r.out().contains("""
                    合計はこの9か月間の費用で、治療全体の費用ではありません。メンテナンスはその
                    後も続きます（標準シナリオでは3か月に1回、1回税込88,000円）。
                    このペースで続けると、年間およそ352,000円です。
                    """), r.out());
        }

        /**
         * examples/course-clinic.json with one package of 5 sessions at ¥300,000, valid for
         * {@code validMonths} (none when null): cheaper than 3 single sessions at ¥150,000 (¥450,000).
         */
        private Path shortCourse(Path dir, Integer validMonths) throws IOException {
            ObjectNode sheet = (ObjectNode) JSON.readTree(Files.readString(Path.of("examples/course-clinic.json")));
            for (JsonNode clinic : sheet.get("clinics")) {
                if (clinic.get("id").asText().equals("course-clinic")) {
                    ObjectNode pack = JSON.createObjectNode();
                    pack.putObject("label").put("ja", "5回コース").put("en", "5-session course");
                    pack.put("method", "iv").put("sessions", 5).put("price", 300000);
                    if (validMonths != null) {
                        pack.put("validMonths", validMonths);
                    }
                    ((ObjectNode) clinic).putArray("packages").add(pack);
                }
            }
            Path file = dir.resolve("short-course.json");
            Files.writeString(file, JSON.writeValueAsString(sheet));
            return file;
        }

        @Test
        void aCourseThatExpiresInsideThePeriod_saysItsSessionsAreNotUsed(@TempDir Path dir) throws IOException {
            // high: 5 initial sessions 2 weeks apart from Mon 4 Jan 2027; the course bought at session 2,
            // Mon 18 Jan, pays for sessions 2–4 (18 Jan, 1 Feb, 15 Feb) and is valid strictly before
            // 18 Jan + 1 month = 18 Feb: its last day, Wed 17 Feb 2027, is inside the 12 months
            Result r = Run.exoplan("plan", "--pricing", shortCourse(dir, 1).toString(), "--goal", "skin", "--method",
                    "iv", "--clinic", "course-clinic", "--start", "2027-01-04");
            assertEquals(ExitCodes.OK, r.code(), r.err());
            assertTrue(r.out().contains("""
                      high     5-session course ¥300,000, bought Mon 18 Jan 2027: sessions 2–4 (2
                               sessions not used: the package is valid only until Wed 17 Feb 2027)
                    """), r.out());
        }

        @Test
        void aCourseWithoutExpiry_hasItsSessionsLeftForAfterThePeriod(@TempDir Path dir) throws IOException {
            // one month: high has sessions 1–3 (4, 18 Jan, 1 Feb) in it; the course (¥300,000 against
            // 3 × ¥150,000 = ¥450,000) pays for them and keeps 2, with no expiry stated
            Result r = Run.exoplan("plan", "--pricing", shortCourse(dir, null).toString(), "--goal", "skin",
                    "--method", "iv", "--clinic", "course-clinic", "--start", "2027-01-04", "--months", "1");
            assertEquals(ExitCodes.OK, r.code(), r.err());
            assertTrue(r.out().contains("""
                      high     5-session course ¥300,000, bought Mon 4 Jan 2027: sessions 1–3 (2
                               sessions left for after the period; the sheet states no expiry)
                    """), r.out());
        }

        @Test
        void pricesBeforeTax_theYearlyFigureIncludesIt() {
            // the worked example's sheet excludes tax: ¥80,000 a session + 10 % = ¥88,000 paid; every
            // 3 months, 12 / 3 = 4 sessions a year, 4 × 88,000 = ¥352,000
            Result r = Run.exoplan("plan", "--pricing", "src/test/resources/sheets/worked-example.json", "--goal",
                    "skin", "--method", "iv", "--start", "2027-01-04");
            assertEquals(ExitCodes.OK, r.code(), r.err());
            assertTrue(r.out().contains("""
                    maintenance goes on after them (every 3 months in the typical scenario, at
                    ¥88,000 a session, tax included): at this rhythm, about ¥352,000 a year.
                    """), r.out());
        }

        @Test
        void months_singularAndPlural_inBothLanguages() {
            assertTrue(sampleC("--months", "1").out().contains("Cost over 1 month "));
            assertTrue(sampleC("--months", "1").out().contains("(1 month)\n"));
            assertTrue(sampleC("--months", "2").out().contains("The total is for these 2 months only"));
            assertTrue(sampleC("--months", "2").out().contains("Cost over 2 months "));
            assertTrue(sampleC("--months", "1", "--lang", "ja").out().contains("合計はこの1か月間の費用で"));
        }
    }
}
