package dev.exoplan.io.plan;

import dev.exoplan.core.cost.Plan;
import dev.exoplan.core.cost.Scenario;
import dev.exoplan.core.cost.Visit;
import dev.exoplan.core.finance.Instalments;
import dev.exoplan.core.finance.Payment;
import dev.exoplan.core.money.Amounts;
import dev.exoplan.core.schedule.Phase;
import dev.exoplan.io.text.DisplayWidth;
import dev.exoplan.io.text.Layout;
import dev.exoplan.io.text.PeopleFormat;
import dev.exoplan.io.text.Texts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

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
    /** The columns of the lines the chart is written in. */
    private final int lineWidth;

    PlanChart(Texts texts, PeopleFormat format, boolean ascii, int width) {
        this.lineWidth = width;
        this.texts = texts;
        this.format = format;
        this.glyphs = ascii ? ASCII : BLOCKS;
    }

    void draw(Plan plan, StringBuilder out) {
        draw(plan, Optional.empty(), out);
    }

    /**
     * The chart; with packages bought on instalments, what leaves the account: a financed package's price
     * replaced by its payments that fall inside the period.
     */
    void draw(Plan plan, Optional<Instalments> instalments, StringBuilder out) {
        LocalDate start = plan.horizon().start();
        long days = ChronoUnit.DAYS.between(start, plan.horizon().end());
        long most = 0;
        for (Scenario s : Scenario.values()) {
            most = Math.max(most, cumulative(plan, s, instalments, start, days, 1)[0]);
        }
        String top = format.money(Amounts.of(BigDecimal.valueOf(most, Amounts.minorDigits(plan.currency())),
                plan.currency()));
        String zero = format.money(Amounts.zero(plan.currency()));
        int labelWidth = Math.max(DisplayWidth.of(top), DisplayWidth.of(zero));
        // The chart's columns: at most 60, and no more than the line has room for after the amounts on the
        // left and the last month's number on the right, past the axis's end.
        int room = Layout.width(lineWidth) - 2 - labelWidth - 2 - String.valueOf(plan.horizon().months()).length();
        int width = (int) Math.max(1, Math.min(Math.min(MAX_WIDTH, room),
                Math.max(plan.horizon().months(), Math.min(days, MAX_WIDTH))));
        long[] low = cumulative(plan, Scenario.LOW, instalments, start, days, width);
        long[] typical = cumulative(plan, Scenario.TYPICAL, instalments, start, days, width);
        long[] high = cumulative(plan, Scenario.HIGH, instalments, start, days, width);
        // The band spans the scenarios at each column. With packages bought in advance a cheaper course
        // can have paid more by a given day (the low scenario's package before the typical one's), so
        // its edges are the least and the most of the three, not the low and the high scenario.
        long[] bandLow = new long[width];
        long[] bandHigh = new long[width];
        for (int c = 0; c < width; c++) {
            bandLow[c] = Math.min(low[c], Math.min(typical[c], high[c]));
            bandHigh[c] = Math.max(low[c], Math.max(typical[c], high[c]));
        }
        long max = Math.max(1, bandHigh[width - 1]);

        out.append('\n');
        Layout.wrap(lineWidth, "", texts.get("chart.title"), out);
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
        int step = step(plan, start, days, width);
        out.append("  ").append(DisplayWidth.padLeft(zero, labelWidth)).append(' ').append(glyphs.corner())
                .append(axis(plan, start, days, width, step)).append('\n');
        out.append("  ").append(" ".repeat(labelWidth + 2))
                .append(months(plan, start, days, width, step).stripTrailing()).append('\n');
        out.append("  ").append(" ".repeat(labelWidth + 2)).append(sessions(plan, start, days, width).stripTrailing())
                .append('\n');
        legend(out);
    }

    /**
     * The legend, its entries (separated in the bundle by three spaces, or an ideographic space in
     * Japanese) kept whole on a line: a line breaks between entries, so that "(typical)" stays with
     * "maintenance session"; only an entry wider than the line is wrapped on its own.
     */
    private void legend(StringBuilder out) {
        String legend = texts.get("chart.legend", glyphs.typical(), glyphs.band(), glyphs.initial(),
                glyphs.maintenance());
        String separator = legend.contains("\u3000") ? "\u3000" : "   ";
        int room = Math.min(78, Layout.width(lineWidth) - 2) - 2;
        StringBuilder line = new StringBuilder();
        for (String entry : legend.split(separator)) {
            if (line.length() > 0 && DisplayWidth.of(line + separator + entry) > room) {
                Layout.wrap(lineWidth, "  ", line.toString(), out);
                line.setLength(0);
            }
            line.append(line.length() == 0 ? "" : separator).append(entry);
        }
        if (line.length() > 0) {
            Layout.wrap(lineWidth, "  ", line.toString(), out);
        }
    }

    /**
     * What has been paid by the end of each column, in the scenario, in minor units; a financed package's
     * price leaves the account as its payments, those inside the period.
     */
    private static long[] cumulative(Plan plan, Scenario s, Optional<Instalments> instalments, LocalDate start,
            long days, int width) {
        long[] paid = new long[width];
        for (Visit visit : plan.scenario(s).visits()) {
            add(paid, column(visit.session().date(), start, days, width),
                    Amounts.plain(visit.receipt().total()).unscaledValue().longValueExact());
        }
        for (Instalments.Financed f : instalments.map(i -> i.scenario(s)).orElse(List.of())) {
            add(paid, column(f.date(), start, days, width), -f.loan().price());
            for (Payment p : f.loan().payments()) {
                if (p.date().isBefore(plan.horizon().end())) {
                    add(paid, column(p.date(), start, days, width), p.amount());
                }
            }
        }
        return paid;
    }

    private static void add(long[] paid, int column, long amount) {
        for (int c = column; c < paid.length; c++) {
            paid[c] += amount;
        }
    }

    private static int column(LocalDate date, LocalDate start, long days, int width) {
        long day = ChronoUnit.DAYS.between(start, date);
        return (int) Math.min(width - 1, day * width / days);
    }

    /** The months that get a number under the axis, at the step, and the period's end, whichever fit. */
    private static int[] labelled(Plan plan, int step) {
        int months = plan.horizon().months();
        return java.util.stream.IntStream.rangeClosed(0, months)
                .filter(m -> m % step == 0 || m == months).toArray();
    }

    /** The column of month {@code m}'s number: where it starts, the period's end after the last column. */
    private static int labelColumn(Plan plan, int m, LocalDate start, long days, int width) {
        return m == plan.horizon().months() ? width : column(start.plusMonths(m), start, days, width);
    }

    /**
     * The step of the month numbers: the least of 1, 2, 3, 6 and 12 months (then multiples of 12) at which
     * each number, the period's end among them, stands a space clear of the next. A multiple of the step
     * too close to the end gives way to it.
     */
    private static int step(Plan plan, LocalDate start, long days, int width) {
        int months = plan.horizon().months();
        for (int step : new int[] {1, 2, 3, 6, 12, 24, 60, 120}) {
            if (clear(plan, start, days, width, step, months)) {
                return step;
            }
        }
        return Math.max(1, months);
    }

    private static boolean clear(Plan plan, LocalDate start, long days, int width, int step, int months) {
        int[] labelled = labelled(plan, step);
        // The last multiple before the end may give way to it; every other pair must be clear.
        for (int i = 0; i + 1 < labelled.length; i++) {
            int m = labelled[i];
            int next = labelled[i + 1];
            boolean clear = labelColumn(plan, m, start, days, width) + String.valueOf(m).length()
                    < labelColumn(plan, next, start, days, width);
            if (!clear && !(next == months && i + 2 == labelled.length && i > 0
                    && labelColumn(plan, labelled[i - 1], start, days, width) + String.valueOf(labelled[i - 1]).length()
                    < labelColumn(plan, months, start, days, width))) {
                return false;
            }
        }
        return true;
    }

    /** The x axis, with a tick at each month that has a number below it (the end has the axis's end). */
    private String axis(Plan plan, LocalDate start, long days, int width, int step) {
        char[] axis = new char[width];
        Arrays.fill(axis, glyphs.axisX());
        for (int m : labelled(plan, step)) {
            if (m > 0 && m < plan.horizon().months()) {
                axis[column(start.plusMonths(m), start, days, width)] = glyphs.tick();
            }
        }
        return new String(axis);
    }

    /** Month numbers under the axis at the step, ending with the period's end. */
    private static String months(Plan plan, LocalDate start, long days, int width, int step) {
        int months = plan.horizon().months();
        char[] line = new char[width + String.valueOf(months).length()];
        Arrays.fill(line, ' ');
        int[] labelled = labelled(plan, step);
        int endColumn = labelColumn(plan, months, start, days, width);
        for (int i = 0; i < labelled.length; i++) {
            int m = labelled[i];
            int column = labelColumn(plan, m, start, days, width);
            String label = String.valueOf(m);
            if (m != months && column + label.length() >= endColumn && i + 2 == labelled.length) {
                continue; // gives way to the period's end
            }
            label.getChars(0, label.length(), line, column);
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
