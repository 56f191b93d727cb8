package dev.exoplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.exoplan.cli.Run.Result;
import dev.exoplan.io.text.DisplayWidth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every text output fits the width it writes to (here {@code COLUMNS}), measured as a terminal shows it,
 * and never splits an amount or a date across lines: a sweep of {@code plan} over every built-in goal ×
 * method × clinic, both languages, with and without a budget and a display currency, four periods and two
 * widths; {@code list}, {@code compare} and {@code quote} at 80, 60 and 40.
 */
class WidthTests {

    /** Every goal × method the built-in sheet offers, from its own listing. */
    private static List<String[]> pairs() throws Exception {
        Result list = Run.exoplan("list", "--format", "json");
        assertEquals(0, list.code(), list.err());
        JsonNode json = new ObjectMapper().readTree(list.out());
        List<String[]> pairs = new ArrayList<>();
        json.get("goals").forEach(g -> g.get("methods").forEach(m -> pairs.add(new String[] {g.get("id").asText(),
            m.asText()})));
        return pairs;
    }

    private static List<String> clinics() throws Exception {
        JsonNode json = new ObjectMapper().readTree(Run.exoplan("list", "--format", "json").out());
        List<String> clinics = new ArrayList<>();
        json.get("clinics").forEach(c -> clinics.add(c.get("id").asText()));
        return clinics;
    }

    static Stream<Arguments> plans() throws Exception {
        List<Arguments> all = new ArrayList<>();
        for (String[] pair : pairs()) {
            for (String clinic : clinics()) {
                for (String lang : new String[] {"en", "ja"}) {
                    all.add(Arguments.of(pair[0], pair[1], clinic, lang));
                }
            }
        }
        return all.stream();
    }

    /**
     * The lines of {@code out} that break a rule of width: wider than {@code width}, or a line break inside
     * an amount or a date (a line that ends in a digit group's comma before a line that starts with a
     * digit, or in a currency sign; or a number before a line that starts with what belongs to it: 円,
     * 日, 月, 年, 万, 回目, a comma).
     */
    static List<String> broken(String out, int width) {
        List<String> broken = new ArrayList<>();
        String[] lines = out.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (DisplayWidth.of(line) > width) {
                broken.add(DisplayWidth.of(line) + " columns: " + line);
            }
            if (i + 1 < lines.length && !lines[i + 1].isBlank()) {
                String end = line.stripTrailing();
                String next = lines[i + 1].strip();
                boolean numberBefore = !end.isEmpty() && Character.isDigit(end.charAt(end.length() - 1));
                boolean groupBefore = end.length() > 1 && end.endsWith(",")
                        && Character.isDigit(end.charAt(end.length() - 2));
                if (groupBefore && Character.isDigit(next.charAt(0)) || end.endsWith("¥") || end.endsWith("$")
                        || numberBefore && ("円日月年万,".indexOf(next.charAt(0)) >= 0 || next.startsWith("回目"))) {
                    broken.add("split: " + line + " / " + lines[i + 1]);
                }
            }
        }
        return broken;
    }

    private static Result at(int width, String... args) {
        return Run.exoplan(Map.of("COLUMNS", String.valueOf(width)), "", Locale.US, args);
    }

    @ParameterizedTest(name = "{0} × {1} at {2}, {3}")
    @MethodSource("plans")
    void everyPlan_fitsSixtyAndEightyColumns_withNoAmountOrDateSplit(String goal, String method, String clinic,
            String lang) {
        List<String> broken = new ArrayList<>();
        for (int width : new int[] {80, 60}) {
            for (String months : new String[] {"1", "9", "24", "120"}) {
                for (boolean extras : new boolean[] {false, true}) {
                    List<String> args = new ArrayList<>(List.of("plan", "--lang", lang, "--goal", goal, "--method",
                            method, "--clinic", clinic, "--start", "2027-01-04", "--months", months));
                    if (extras) {
                        args.addAll(List.of("--budget", "400000", "--display-currency", "USD", "--rate", "0.0066"));
                    }
                    Result r = at(width, args.toArray(String[]::new));
                    if (r.code() == ExitCodes.USAGE) {
                        // a clinic without this method: refused, and nothing on standard output
                        assertEquals("", r.out(), r.err());
                        continue;
                    }
                    assertEquals(0, r.code(), r.err());
                    broken(r.out(), width).forEach(b -> broken.add(width + " " + months + "m " + extras + ": " + b));
                }
            }
        }
        assertEquals(List.of(), broken);
    }

    @Nested
    class Narrow {

        @Test
        void theHeadlinePlanInJapanese_fitsFortyColumns() {
            for (String lang : new String[] {"en", "ja"}) {
                Result r = at(40, "plan", "--lang", lang, "--goal", "skin", "--method", "iv", "--clinic", "sample-c",
                        "--start", "2027-01-04", "--budget", "400000", "--display-currency", "USD", "--rate", "0.0066");
                assertEquals(0, r.code(), r.err());
                assertEquals(List.of(), broken(r.out(), 40), lang);
            }
        }

        @Test
        void listCompareAndQuote_fitEightySixtyAndFortyColumns_inBothLanguages() {
            List<String> broken = new ArrayList<>();
            for (int width : new int[] {80, 60, 40}) {
                for (String lang : new String[] {"en", "ja"}) {
                    for (String[] args : List.of(new String[] {"list"},
                            new String[] {"compare", "--goal", "skin", "--start", "2027-01-04"},
                            new String[] {"compare", "--goal", "skin", "--start", "2027-01-04", "--budget", "400000"},
                            new String[] {"quote", "--goal", "skin", "--start", "2027-01-04", "--format", "text"})) {
                        List<String> all = new ArrayList<>(List.of(args));
                        all.addAll(List.of("--lang", lang));
                        Result r = at(width, all.toArray(String[]::new));
                        assertEquals(0, r.code(), r.err());
                        broken(r.out(), width).forEach(b -> broken.add(width + " " + String.join(" ", all) + ": " + b));
                    }
                }
            }
            assertEquals(List.of(), broken);
        }
    }

    @Nested
    class TheWidth {

        @Test
        void withoutColumnsAndNotATerminal_isEighty_soTheCostTableInJapaneseFits() {
            // The README's headline plan in Japanese had an 83-column cost table (a 42-column fee label and
            // three amounts three spaces apart); with two spaces it is 77.
            Result r = Run.exoplan("plan", "--lang", "ja", "--goal", "skin", "--method", "iv", "--clinic", "sample-a",
                    "--start", "2027-01-04");
            assertEquals(0, r.code(), r.err());
            assertEquals(List.of(), broken(r.out(), 80));
        }

        @Test
        void columnsBelowForty_laysOutForForty_andAboveTwoHundred_forTwoHundred() {
            Result narrow = at(20, "plan", "--goal", "skin", "--method", "iv", "--clinic", "sample-a", "--start",
                    "2027-01-04");
            Result forty = at(40, "plan", "--goal", "skin", "--method", "iv", "--clinic", "sample-a", "--start",
                    "2027-01-04");
            assertEquals(forty.out(), narrow.out());
            assertTrue(narrow.out().lines().allMatch(l -> DisplayWidth.of(l) <= 40));
        }

        @Test
        void columnsThatIsNotANumber_isIgnored() {
            Result eighty = Run.exoplan("list");
            Result junk = Run.exoplan(Map.of("COLUMNS", "wide"), "", Locale.US, "list");
            assertEquals(eighty.out(), junk.out());
        }
    }
}
