package dev.exoplan.io.plan;

import dev.exoplan.core.cost.Plan;
import dev.exoplan.core.cost.Scenario;
import dev.exoplan.core.cost.ScenarioPlan;
import dev.exoplan.core.cost.Visit;
import dev.exoplan.core.money.Amounts;
import dev.exoplan.core.schedule.Phase;
import dev.exoplan.io.text.DisplayWidth;
import dev.exoplan.io.text.Layout;
import dev.exoplan.io.text.PeopleFormat;
import dev.exoplan.io.text.Texts;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;

/**
 * A picture of a plan in at most 80 columns: the cumulative cost over the period as a band from the
 * low to the high scenario with the typical one drawn through it, months along the bottom, and the
 * typical scenario's sessions marked below (initial and maintenance told apart). Block characters,
 * or plain ASCII for terminals without them; never colour.
 */
final class PlanChart {

    private static final int HEIGHT = 8;
    private static final int MAX_WIDTH = 60;

    /** The characters of one drawing style. */
    private record Glyphs(char typical, char band, char initial, char maintenance, char axisY, char axisX,
            char corner, char tick) {
    }

    private static final Glyphs BLOCKS = new Glyphs('█', '░', '▲', '●', '│', '─', '└', '┴');
    private static final Glyphs ASCII = new Glyphs('#', ':', '^', 'o', '|', '-', '+', '+');

    private final Texts texts;
    private final PeopleFormat format;
    private final Glyphs glyphs;

    PlanChart(Texts texts, PeopleFormat format, boolean ascii) {
        this.texts = texts;
        this.format = format;
        this.glyphs = ascii ? ASCII : BLOCKS;
    }

    void draw(Plan plan, StringBuilder out) {
        LocalDate start = plan.horizon().start();
        long days = ChronoUnit.DAYS.between(start, plan.horizon().end());
        int width = (int) Math.min(MAX_WIDTH, Math.max(plan.horizon().months(), Math.min(days, MAX_WIDTH)));
        long[] low = cumulative(plan.scenario(Scenario.LOW), start, days, width);
        long[] typical = cumulative(plan.scenario(Scenario.TYPICAL), start, days, width);
        long[] high = cumulative(plan.scenario(Scenario.HIGH), start, days, width);
        // The band spans the scenarios at each column. With packages bought in advance a cheaper course
        // can have paid more by a given day (the low scenario's package before the typical one's), so
        // its edges are the least and the most of the three, not the low and the high scenario.
        long[] bandLow = new long[width];
        long[] bandHigh = new long[width];
        for (int c = 0; c < width; c++) {
            bandLow[c] = Math.min(low[c], Math.min(typical[c], high[c]));
            bandHigh[c] = Math.max(low[c], Math.max(typical[c], high[c]));
        }
        Scenario dearest = Scenario.HIGH;
        for (Scenario s : Scenario.values()) {
            if (plan.scenario(s).receipt().total().isGreaterThan(plan.scenario(dearest).receipt().total())) {
                dearest = s;
            }
        }
        long max = Math.max(1, bandHigh[width - 1]);

        String top = format.money(plan.scenario(dearest).receipt().total());
        String zero = format.money(Amounts.zero(plan.currency()));
        int labelWidth = Math.max(DisplayWidth.of(top), DisplayWidth.of(zero));

        out.append('\n').append(texts.get("chart.title")).append('\n');
        for (int row = HEIGHT - 1; row >= 0; row--) {
            // Row r shows amounts in (max·r/H, max·(r+1)/H]; compared as a·H against max·r, exactly.
            long below = max * row;
            long above = max * (row + 1);
            String label = row == HEIGHT - 1 ? top : "";
            StringBuilder line = new StringBuilder("  ").append(DisplayWidth.padLeft(label, labelWidth)).append(' ')
                    .append(glyphs.axisY());
            for (int c = 0; c < width; c++) {
                char cell = ' ';
                if (typical[c] * HEIGHT > below && typical[c] * HEIGHT <= above) {
                    cell = glyphs.typical();
                } else if (bandLow[c] * HEIGHT <= above && bandHigh[c] * HEIGHT > below) {
                    cell = glyphs.band();
                }
                line.append(cell);
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        out.append("  ").append(DisplayWidth.padLeft(zero, labelWidth)).append(' ').append(glyphs.corner())
                .append(axis(plan, start, days, width)).append('\n');
        out.append("  ").append(" ".repeat(labelWidth + 2)).append(months(plan, start, days, width).stripTrailing())
                .append('\n');
        out.append("  ").append(" ".repeat(labelWidth + 2)).append(sessions(plan, start, days, width).stripTrailing())
                .append('\n');
        Layout.wrap("  ", texts.get("chart.legend", glyphs.typical(), glyphs.band(), glyphs.initial(),
                glyphs.maintenance()), out);
    }

    /** What has been paid by the end of each column, in the scenario, in minor units. */
    private static long[] cumulative(ScenarioPlan scenario, LocalDate start, long days, int width) {
        long[] paid = new long[width];
        for (Visit visit : scenario.visits()) {
            int column = column(visit.session().date(), start, days, width);
            long amount = Amounts.plain(visit.receipt().total()).unscaledValue().longValueExact();
            for (int c = column; c < width; c++) {
                paid[c] += amount;
            }
        }
        return paid;
    }

    private static int column(LocalDate date, LocalDate start, long days, int width) {
        long day = ChronoUnit.DAYS.between(start, date);
        return (int) Math.min(width - 1, day * width / days);
    }

    /** The x axis, with a tick where each month starts. */
    private String axis(Plan plan, LocalDate start, long days, int width) {
        char[] axis = new char[width];
        Arrays.fill(axis, glyphs.axisX());
        for (int m = 1; m < plan.horizon().months(); m++) {
            axis[column(start.plusMonths(m), start, days, width)] = glyphs.tick();
        }
        return new String(axis);
    }

    /** Month numbers under the axis, as many as fit without touching. */
    private static String months(Plan plan, LocalDate start, long days, int width) {
        char[] line = new char[width + 4];
        Arrays.fill(line, ' ');
        int next = 0;
        for (int m = 0; m <= plan.horizon().months(); m++) {
            int column = m == plan.horizon().months() ? width : column(start.plusMonths(m), start, days, width);
            String label = String.valueOf(m);
            if (column >= next && column + label.length() <= line.length) {
                label.getChars(0, label.length(), line, column);
                next = column + label.length() + 1;
            }
        }
        return new String(line);
    }

    /** The typical scenario's sessions: initial and maintenance marked apart. */
    private String sessions(Plan plan, LocalDate start, long days, int width) {
        char[] line = new char[width];
        Arrays.fill(line, ' ');
        List<Visit> visits = plan.scenario(Scenario.TYPICAL).visits();
        for (Visit visit : visits) {
            int column = column(visit.session().date(), start, days, width);
            line[column] = visit.session().phase() == Phase.INITIAL ? glyphs.initial() : glyphs.maintenance();
        }
        return new String(line);
    }
}
