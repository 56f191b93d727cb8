package dev.exoplan.io.plan;

import dev.exoplan.core.cost.Plan;
import dev.exoplan.core.cost.Scenario;
import dev.exoplan.core.cost.ScenarioPlan;
import dev.exoplan.core.cost.Visit;
import dev.exoplan.core.finance.Instalments;
import dev.exoplan.core.finance.Payment;
import dev.exoplan.core.money.Amounts;
import dev.exoplan.core.schedule.Phase;
import dev.exoplan.io.html.Html;
import dev.exoplan.io.html.Page;
import dev.exoplan.io.html.Svg;
import dev.exoplan.io.text.PeopleFormat;
import dev.exoplan.io.text.Texts;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The plan's chart for the HTML page, as inline SVG: what has been paid by each day of the period
 * (a step at each visit), the band from the least to the most the three scenarios have paid, the
 * typical scenario drawn through it, its sessions marked on it (initial a triangle, maintenance a
 * circle: told apart by shape), amounts up the side and months from the start along the bottom; and
 * the same figures, month by month, as a table for screen readers and for anyone who wants the
 * numbers.
 */
final class PlanFigure {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 340;
    private static final int LEFT = 96;
    private static final int RIGHT = 16;
    private static final int TOP = 28;
    private static final int PLOT_HEIGHT = 200;
    private static final int BOTTOM = TOP + PLOT_HEIGHT;
    private static final int PLOT_WIDTH = WIDTH - LEFT - RIGHT;
    private static final int TICKS = 4;

    private final Texts texts;
    private final PeopleFormat format;
    private final Html html;
    /** The packages bought on instalments, as the chart being drawn has them. */
    private Optional<Instalments> instalments = Optional.empty();

    PlanFigure(Texts texts, PeopleFormat format, Html html) {
        this.texts = texts;
        this.format = format;
        this.html = html;
    }

    /**
     * The chart and its table; with packages bought on instalments ({@code --pay-in}), what leaves the
     * account, as the text's chart draws it: a financed package's price replaced by its payments that fall
     * inside the period.
     */
    void draw(Plan plan, Optional<Instalments> instalments) {
        this.instalments = instalments;
        LocalDate start = plan.horizon().start();
        long days = Math.max(1, ChronoUnit.DAYS.between(start, plan.horizon().end()));
        // Every day on which some scenario pays: between two of them, every scenario's sum stays the same.
        TreeSet<LocalDate> steps = new TreeSet<>();
        steps.add(start);
        for (Scenario s : Scenario.values()) {
            plan.scenario(s).visits().forEach(v -> steps.add(v.session().date()));
            for (Instalments.Financed f : financed(s)) {
                f.loan().payments().stream().map(Payment::date).filter(d -> d.isBefore(plan.horizon().end()))
                        .forEach(steps::add);
            }
        }
        List<LocalDate> at = List.copyOf(steps);
        long[][] paid = new long[Scenario.values().length][at.size()];
        for (Scenario s : Scenario.values()) {
            for (int i = 0; i < at.size(); i++) {
                paid[s.ordinal()][i] = paidBy(plan, s, at.get(i));
            }
        }
        long most = 1;
        for (long[] scenario : paid) {
            most = Math.max(most, scenario[at.size() - 1]);
        }
        long step = Svg.step(most, TICKS);
        long top = step * ((most + step - 1) / step);

        html.open("section").newline();
        html.element("h2", texts.get("chart.title")).newline();
        html.open("figure").newline();
        ScenarioPlan typical = plan.scenario(Scenario.TYPICAL);
        Svg.open(html, "chart", WIDTH, HEIGHT, texts.get("chart.title"), texts.get("html.chart.desc",
                plan.horizon().months(), money(plan, paid[Scenario.TYPICAL.ordinal()][at.size() - 1]),
                money(plan, paid[Scenario.LOW.ordinal()][at.size() - 1]),
                money(plan, paid[Scenario.HIGH.ordinal()][at.size() - 1]), typical.visits().size()));
        html.open("g", "aria-hidden", "true").newline();
        // amounts up the side, with light grid lines
        html.element("text", texts.get("html.chart.axis.paid"), "x", "0", "y", "14", "font-size", "13");
        html.newline();
        for (int t = 0; t <= TICKS; t++) {
            long amount = top * t / TICKS;
            double y = y(amount, top);
            html.empty("line", "x1", Svg.n(LEFT), "x2", Svg.n(LEFT + PLOT_WIDTH), "y1", Svg.n(y), "y2", Svg.n(y),
                    "stroke", t == 0 ? "#1a1a1a" : "#c8c8c8", "stroke-width", "1");
            html.element("text", money(plan, amount), "x", Svg.n(LEFT - 6), "y", Svg.n(y + 4), "font-size", "12",
                    "text-anchor", "end").newline();
        }
        html.empty("line", "x1", Svg.n(LEFT), "x2", Svg.n(LEFT), "y1", Svg.n(TOP), "y2", Svg.n(BOTTOM),
                "stroke", "#1a1a1a", "stroke-width", "1").newline();
        // months along the bottom
        int months = plan.horizon().months();
        int every = months <= 12 ? 1 : months <= 24 ? 2 : months <= 48 ? 6 : 12;
        for (int m = 0; m <= months; m++) {
            if (m % every != 0 && m != months) {
                continue;
            }
            double x = x(start.plusMonths(m), start, days);
            html.empty("line", "x1", Svg.n(x), "x2", Svg.n(x), "y1", Svg.n(BOTTOM), "y2", Svg.n(BOTTOM + 5),
                    "stroke", "#1a1a1a", "stroke-width", "1");
            html.element("text", String.valueOf(m), "x", Svg.n(x), "y", Svg.n(BOTTOM + 19), "font-size", "12",
                    "text-anchor", "middle").newline();
        }
        html.element("text", texts.get("html.chart.axis.months"), "x", Svg.n(LEFT + PLOT_WIDTH / 2.0), "y",
                Svg.n(BOTTOM + 38), "font-size", "13", "text-anchor", "middle").newline();
        html.close().newline(); // g
        // the band, from the least to the most paid by each day, and the typical line through it
        StringBuilder band = new StringBuilder();
        for (int i = 0; i < at.size(); i++) {
            long most0 = Math.max(paid[0][i], Math.max(paid[1][i], paid[2][i]));
            double x0 = x(at.get(i), start, days);
            double x1 = i + 1 < at.size() ? x(at.get(i + 1), start, days) : LEFT + PLOT_WIDTH;
            band.append(i == 0 ? "M" : "L").append(Svg.n(x0)).append(' ').append(Svg.n(y(most0, top)))
                    .append(" L").append(Svg.n(x1)).append(' ').append(Svg.n(y(most0, top))).append(' ');
        }
        for (int i = at.size() - 1; i >= 0; i--) {
            long least = Math.min(paid[0][i], Math.min(paid[1][i], paid[2][i]));
            double x0 = x(at.get(i), start, days);
            double x1 = i + 1 < at.size() ? x(at.get(i + 1), start, days) : LEFT + PLOT_WIDTH;
            band.append("L").append(Svg.n(x1)).append(' ').append(Svg.n(y(least, top)))
                    .append(" L").append(Svg.n(x0)).append(' ').append(Svg.n(y(least, top))).append(' ');
        }
        band.append('Z');
        html.empty("path", "d", band.toString(), "fill", "#b9d3ee", "stroke", "#4a6f96", "stroke-width", "1",
                "stroke-dasharray", "4 3").newline();
        StringBuilder line = new StringBuilder();
        int t = Scenario.TYPICAL.ordinal();
        for (int i = 0; i < at.size(); i++) {
            double x0 = x(at.get(i), start, days);
            double x1 = i + 1 < at.size() ? x(at.get(i + 1), start, days) : LEFT + PLOT_WIDTH;
            line.append(i == 0 ? "M" : "L").append(Svg.n(x0)).append(' ').append(Svg.n(y(paid[t][i], top)))
                    .append(" L").append(Svg.n(x1)).append(' ').append(Svg.n(y(paid[t][i], top))).append(' ');
        }
        html.empty("path", "d", line.toString().strip(), "fill", "none", "stroke", "#0b3d91", "stroke-width", "3")
                .newline();
        // the typical sessions, on the line just after each is paid
        for (Visit visit : typical.visits()) {
            marker(html, visit.session().phase(), x(visit.session().date(), start, days),
                    y(paidBy(plan, Scenario.TYPICAL, visit.session().date()), top));
        }
        html.newline();
        legend();
        html.close().newline(); // svg
        html.close().newline(); // figure
        table(plan, start);
        html.close().newline(); // section
    }

    /**
     * What a scenario has paid by the end of {@code day}, in minor units; a package bought on instalments as
     * its payments made by then, those inside the period.
     */
    private long paidBy(Plan plan, Scenario s, LocalDate day) {
        long paid = 0;
        for (Visit visit : plan.scenario(s).visits()) {
            if (!visit.session().date().isAfter(day)) {
                paid += Amounts.minor(visit.receipt().total());
            }
        }
        for (Instalments.Financed f : financed(s)) {
            if (!f.date().isAfter(day)) {
                paid -= f.loan().price();
            }
            for (Payment p : f.loan().payments()) {
                if (p.date().isBefore(plan.horizon().end()) && !p.date().isAfter(day)) {
                    paid += p.amount();
                }
            }
        }
        return paid;
    }

    private List<Instalments.Financed> financed(Scenario s) {
        return instalments.map(i -> i.scenario(s)).orElse(List.of());
    }

    private void marker(Html html, Phase phase, double x, double y) {
        if (phase == Phase.INITIAL) {
            html.empty("path", "d", "M" + Svg.n(x) + " " + Svg.n(y - 7) + " L" + Svg.n(x + 6.5) + " " + Svg.n(y + 5)
                    + " L" + Svg.n(x - 6.5) + " " + Svg.n(y + 5) + " Z", "fill", "#1a1a1a", "stroke", "#fff",
                    "stroke-width", "1");
        } else {
            html.empty("circle", "cx", Svg.n(x), "cy", Svg.n(y), "r", "5.5", "fill", "#fff", "stroke", "#1a1a1a",
                    "stroke-width", "2.5");
        }
    }

    /** The legend under the chart, two entries a row: the shapes and lines, then what each means. */
    private void legend() {
        int y = BOTTOM + 62;
        int x = LEFT;
        int half = PLOT_WIDTH / 2;
        html.open("g", "aria-hidden", "true").newline();
        html.empty("path", "d", "M" + x + " " + (y - 10) + " h24 v12 h-24 Z", "fill", "#b9d3ee", "stroke", "#4a6f96",
                "stroke-dasharray", "4 3");
        html.element("text", texts.get("html.chart.legend.band"), "x", Svg.n(x + 32), "y", Svg.n(y), "font-size", "13")
                .newline();
        html.empty("path", "d", "M" + (x + half) + " " + (y - 4) + " h24", "stroke", "#0b3d91", "stroke-width", "3");
        html.element("text", texts.get("html.chart.legend.typical"), "x", Svg.n(x + half + 32), "y", Svg.n(y),
                "font-size", "13").newline();
        marker(html, Phase.INITIAL, x + 12, y + 20);
        html.element("text", texts.get("html.chart.legend.initial"), "x", Svg.n(x + 32), "y", Svg.n(y + 26),
                "font-size", "13").newline();
        marker(html, Phase.MAINTENANCE, x + half + 12, y + 22);
        html.element("text", texts.get("html.chart.legend.maintenance"), "x", Svg.n(x + half + 32), "y",
                Svg.n(y + 26), "font-size", "13").newline();
        html.close().newline();
    }

    /** The chart's figures, month by month: what each scenario has paid by the month's last day. */
    private void table(Plan plan, LocalDate start) {
        Page.table(html, texts.get("html.chart.table.caption")).newline();
        html.element("caption", texts.get("html.chart.table.caption")).newline();
        html.open("thead").open("tr").element("th", texts.get("html.chart.table.month"), "scope", "col");
        for (Scenario s : Scenario.values()) {
            html.element("th", texts.get("scenario." + s.id()), "scope", "col", "class", "num");
        }
        html.close().close().newline();
        html.open("tbody").newline();
        for (int m = 1; m <= plan.horizon().months(); m++) {
            LocalDate last = start.plusMonths(m).minusDays(1);
            html.open("tr").element("th", texts.get("html.chart.table.row", m, format.date(last)), "scope", "row");
            for (Scenario s : Scenario.values()) {
                html.element("td", money(plan, paidBy(plan, s, last)), "class", "num");
            }
            html.close().newline();
        }
        html.close().newline(); // tbody
        html.close().close().newline(); // table, div
    }

    private String money(Plan plan, long minor) {
        return format.money(PlanText.money(plan, minor));
    }

    private static double x(LocalDate date, LocalDate start, long days) {
        double day = Math.min(days, Math.max(0, ChronoUnit.DAYS.between(start, date)));
        return LEFT + PLOT_WIDTH * day / days;
    }

    private static double y(long amount, long top) {
        return BOTTOM - PLOT_HEIGHT * (double) amount / top;
    }
}
