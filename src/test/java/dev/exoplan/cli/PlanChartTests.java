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
}
