package dev.exoplan.cli;

import static dev.exoplan.cli.Run.exoplan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exoplan.cli.Run.Result;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The chart in plan's text output: within 80 columns, sessions marked, ASCII on request. */
class PlanChartTests {

    private static List<String> chart(String... more) {
        String[] args = {"plan", "--pricing", PlanCommandTests.WORKED_EXAMPLE, "--goal", "skin", "--method", "iv",
            "--start", "2027-01-04", "--no-caveats"};
        String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        Result r = exoplan(all);
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        int from = lines.indexOf("What you will have paid, month by month (cumulative, tax included)");
        assertTrue(from >= 0, r.out());
        return lines.subList(from, from + 14);
    }

    @Test
    void theChart_fitsIn80Columns() {
        for (String line : chart()) {
            assertTrue(line.length() <= 80, line.length() + ": " + line);
        }
    }

    @Test
    void theTopOfTheScale_isTheHighTotalAndTheBottomZero() {
        List<String> chart = chart();
        // the worked example's high total: 1,655,500
        assertTrue(chart.get(1).startsWith("  ¥1,655,500 │"), chart.get(1));
        assertTrue(chart.get(9).startsWith("          ¥0 └"), chart.get(9));
    }

    @Test
    void theTypicalSessions_areMarkedInitialAndMaintenanceApart() {
        String sessions = chart().get(11);
        // typical: 4 initial sessions, then 3 maintenance sessions within 12 months
        assertEquals(4, sessions.chars().filter(c -> c == '▲').count(), sessions);
        assertEquals(3, sessions.chars().filter(c -> c == '●').count(), sessions);
    }

    @Test
    void ascii_usesNoBlockCharacters() {
        List<String> chart = chart("--ascii");
        String all = String.join("\n", chart);
        assertFalse(all.matches("(?s).*[█░▲●│└┴─].*"), all);
        assertEquals(4, chart.get(11).chars().filter(c -> c == '^').count(), chart.get(11));
        assertTrue(chart.get(9).contains("+-"), chart.get(9));
    }

    @Test
    void theFirstColumn_alreadyHasTheFirstVisitPaid() {
        // the first visit falls in the first column: the typical line starts on the bottom row
        assertTrue(chart().get(8).contains("│█"), chart().get(8));
    }

    @Test
    void withPackagesBoughtAhead_theBandStillCoversTheTypicalLineInEveryColumn() {
        // At the course clinic the low scenario pays ¥550,000 at the first visit and the typical one ¥280,000:
        // for those weeks the typical course has paid less than the low one. The band spans all three.
        Result r = exoplan("plan", "--pricing", "examples/course-clinic.json", "--goal", "skin", "--method", "iv",
                "--clinic", "course-clinic", "--start", "2027-01-04", "--no-caveats");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        int from = lines.indexOf("What you will have paid, month by month (cumulative, tax included)");
        List<String> rows = lines.subList(from + 1, from + 9);
        int axis = rows.get(0).indexOf('│');
        int width = rows.stream().mapToInt(String::length).max().orElseThrow();
        for (int c = axis + 1; c < width; c++) {
            StringBuilder column = new StringBuilder();
            for (String row : rows) {
                column.append(c < row.length() ? row.charAt(c) : ' ');
            }
            String marks = column.toString().strip();
            assertFalse(marks.contains(" "), "column " + c + " has a gap between its marks: '" + column + "'");
            assertTrue(marks.contains("█"), "column " + c + " has no typical mark: '" + column + "'");
        }
        assertTrue(rows.get(0).startsWith("  ¥1,100,000 │"), rows.get(0));
    }

    /** The month numbers under the axis of a plan over {@code months} at the built-in clinic A. */
    private static String monthNumbers(String months, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("plan", "--goal", "skin", "--method", "iv", "--clinic",
                "sample-a", "--start", "2027-01-04", "--months", months));
        args.addAll(List.of(more));
        Result r = exoplan(args.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        int axis = 0;
        while (!lines.get(axis).contains("└") && !lines.get(axis).contains(" +-")) {
            axis++;
        }
        return lines.get(axis + 1).strip().replaceAll(" +", " ");
    }

    @Test
    void theMonths_areNumberedAtARegularStep_endingAtThePeriodsEnd() {
        // 120 months in 60 columns: half a column a month, so "120" (3 + a space) needs 8 months: every 12.
        assertEquals("0 12 24 36 48 60 72 84 96 108 120", monthNumbers("120"));
        // 24 months in 60 columns: 2.5 columns a month; "10" and a space need 3, so every 2 months.
        assertEquals("0 2 4 6 8 10 12 14 16 18 20 22 24", monthNumbers("24"));
        // 9 months: every month has room.
        assertEquals("0 1 2 3 4 5 6 7 8 9", monthNumbers("9"));
        assertEquals("0 1", monthNumbers("1"));
    }

    @Test
    void atSixtyColumns_theChartNarrows_andStillEndsAtThePeriodsEnd() {
        // ¥9,605,500 (10) leaves 60 - 2 - 10 - 2 - 3 = 43 columns for 120 months: every 12 still fits
        // (43 / 120 × 12 ≈ 4.3 columns, "108" and a space 4).
        Result r = Run.exoplan(java.util.Map.of("COLUMNS", "60"), "", java.util.Locale.US, "plan", "--goal", "skin",
                "--method", "iv", "--clinic", "sample-a", "--start", "2027-01-04", "--months", "120");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        int axis = 0;
        while (!lines.get(axis).contains("└")) {
            axis++;
        }
        assertTrue(lines.get(axis + 1).stripTrailing().endsWith("120"), lines.get(axis + 1));
        for (int i = axis - 8; i <= axis + 2; i++) {
            assertTrue(lines.get(i).length() <= 60, lines.get(i));
        }
    }

    @Test
    void theLegend_breaksBetweenItsEntries_neverInsideOne() {
        List<String> chart = chart();
        assertEquals("  █ typical   ░ low to high   ▲ initial session", chart.get(12));
        assertEquals("  ● maintenance session (typical)   months from the start along the bottom", chart.get(13));
    }

    @Test
    void ascii_writesOnlyAscii_inTheWholeEnglishPlan_moneyWithItsCurrencysCode() {
        Result r = exoplan("plan", "--goal", "skin", "--method", "iv", "--clinic", "sample-c", "--start", "2027-01-04",
                "--budget", "400000", "--display-currency", "USD", "--rate", "0.0066", "--ascii");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().chars().allMatch(c -> c < 0x80), r.out().replaceAll("[\\x00-\\x7f]", ""));
        // typical total 553,300 (2 × 88,000 + the course 374,000 + 3,300), ≈ 3,651.78 USD at 0.0066
        assertTrue(r.out().contains("JPY 553,300"), r.out());
        assertTrue(r.out().contains("~ USD 3,651.78"), r.out());
    }
}
