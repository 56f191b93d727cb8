package dev.exoplan.io.compare;

import dev.exoplan.core.cost.Comparison;
import dev.exoplan.core.quote.Quote;
import dev.exoplan.core.text.Language;
import dev.exoplan.io.Renderer;
import dev.exoplan.io.html.Html;
import dev.exoplan.io.html.Page;
import dev.exoplan.io.html.Svg;
import dev.exoplan.io.text.PeopleFormat;
import dev.exoplan.io.text.SafeText;
import dev.exoplan.io.text.Texts;
import java.io.IOException;
import java.io.Writer;
import java.util.Iterator;
import java.util.List;
import java.util.OptionalLong;

/**
 * A comparison as one self-contained HTML page: the title, the article's warning that the cheapest is
 * not automatically the best (before any ranking is read), each option's typical total and low–high
 * range as a horizontal bar on one common scale (inline SVG, the cheapest options first), the options
 * table with the clinic's disclosure beside the price (and, with {@code --pay-in}, each option's typical
 * total on instalments, last), and what each option prepays. Every text reaches
 * the page through {@link Html} ({@code SafeText.html}); no script, nothing loaded. The table is written
 * a row at a time, as the text's is.
 */
public final class ComparisonHtml implements Renderer.Streaming<ComparisonReport> {

    /** The most options the chart draws: the cheapest; the table has them all. */
    static final int CHART_OPTIONS = 50;

    private static final int WIDTH = 640;
    private static final int LEFT = 44;
    private static final int RIGHT = 16;
    private static final int TOP = 12;
    private static final int ROW = 26;
    private static final int PLOT_WIDTH = WIDTH - LEFT - RIGHT;
    private static final int TICKS = 4;

    private final Language language;
    private final Texts texts;
    private final PeopleFormat format;
    /** The text's rows and sentences, said the same way here. */
    private final ComparisonText words;

    public ComparisonHtml(Language language) {
        this.language = language;
        this.texts = new Texts(language);
        this.format = new PeopleFormat(language);
        this.words = new ComparisonText(language, false);
    }

    @Override
    public void render(ComparisonReport report, Writer to) throws IOException {
        Comparison comparison = report.comparison();
        OptionalLong budget = report.budget();
        StringBuilder out = new StringBuilder(16_384);
        String title = texts.get("compare.title", SafeText.forPeople(comparison.goal().label().in(language)),
                comparison.goal().id(), comparison.months(), format.date(comparison.start()));
        Html html = Page.start(out, language, title);
        html.open("header").newline();
        html.element("h1", title).newline();
        html.close().newline();
        if (comparison.options().isEmpty()) {
            html.element("p", texts.get("compare.none")).newline();
            Page.end(html);
            to.append(out);
            return;
        }
        html.element("p", texts.get("compare.warning"), "class", "lead").newline();
        chart(comparison, html);
        html.open("section").newline();
        html.element("h2", texts.get("html.compare.options")).newline();
        Page.table(html, texts.get("html.compare.options")).newline();
        Iterator<String[]> rows = words.rows(comparison, budget, report.payIn());
        String[] header = rows.next();
        // with --pay-in, the last column is the typical total on instalments: an amount too
        int financed = report.payIn().isPresent() ? header.length - 1 : -1;
        html.open("thead").open("tr");
        for (int c = 0; c < header.length; c++) {
            html.element("th", header[c], "scope", "col", "class", numeric(c) || c == financed ? "num" : null);
        }
        html.close().close().newline();
        html.open("tbody").newline();
        to.append(out);
        out.setLength(0);
        while (rows.hasNext()) {
            String[] row = rows.next();
            html.open("tr").element("th", row[0], "scope", "row", "class", "num");
            for (int c = 1; c < row.length; c++) {
                html.element("td", row[c], "class", numeric(c) || c == financed ? "num" : null);
            }
            html.close().newline();
            to.append(out);
            out.setLength(0);
        }
        html.close().newline(); // tbody
        html.close().close().newline(); // table, div
        budget.ifPresent(b -> html.element("p", texts.get("compare.budgetSummary", comparison.withinBudget(b),
                comparison.options().size())).newline());
        html.close().newline(); // section
        List<String> prepaid = words.prepaidSentences(comparison);
        if (!prepaid.isEmpty()) {
            html.open("section").newline();
            html.element("h2", texts.get("html.compare.prepaid")).newline();
            html.open("ul").newline();
            prepaid.forEach(sentence -> html.element("li", sentence).newline());
            html.close().newline();
            html.element("p", texts.get("compare.prepaidNote")).newline();
            html.close().newline();
        }
        Page.end(html);
        to.append(out);
    }

    /** The columns of amounts and counts, aligned right: rank, sessions, typical, range, per month. */
    private static boolean numeric(int column) {
        return column == 0 || column == 3 || column == 4 || column == 5 || column == 6;
    }

    /** Each option's range as a bar, its typical total marked on it, on one scale from zero. */
    private void chart(Comparison comparison, Html html) {
        int count = Math.min(CHART_OPTIONS, comparison.options().size());
        long most = 1;
        for (int i = 0; i < count; i++) {
            most = Math.max(most, comparison.options().get(i).quote().high().total());
        }
        long step = Svg.step(most, TICKS);
        long top = step * ((most + step - 1) / step);
        Quote any = comparison.options().get(0).quote();
        int height = TOP + ROW * count + 70;
        html.open("section").newline();
        html.element("h2", texts.get("html.compare.chart.title")).newline();
        html.open("figure").newline();
        Svg.open(html, "bars", WIDTH, height, texts.get("html.compare.chart.title"),
                texts.get("html.compare.chart.desc", format.money(any.money(0)), format.money(any.money(top))));
        html.open("g", "aria-hidden", "true").newline();
        int bottom = TOP + ROW * count;
        for (int t = 0; t <= TICKS; t++) {
            double x = x(top * t / TICKS, top);
            html.empty("line", "x1", Svg.n(x), "x2", Svg.n(x), "y1", Svg.n(TOP), "y2", Svg.n(bottom + 4),
                    "stroke", t == 0 ? "#1a1a1a" : "#c8c8c8", "stroke-width", "1");
            html.element("text", format.money(any.money(top * t / TICKS)), "x", Svg.n(x), "y", Svg.n(bottom + 20),
                    "font-size", "12", "text-anchor", t == 0 ? "start" : t == TICKS ? "end" : "middle").newline();
        }
        for (int i = 0; i < count; i++) {
            Quote q = comparison.options().get(i).quote();
            double y = TOP + ROW * i;
            double low = x(q.low().total(), top);
            double high = x(q.high().total(), top);
            double typical = x(q.typical().total(), top);
            html.element("text", String.valueOf(i + 1), "x", Svg.n(LEFT - 8), "y", Svg.n(y + 17), "font-size", "13",
                    "text-anchor", "end");
            html.empty("rect", "x", Svg.n(low), "y", Svg.n(y + 6), "width", Svg.n(Math.max(1, high - low)),
                    "height", "14", "fill", "#b9d3ee", "stroke", "#4a6f96", "stroke-width", "1");
            html.empty("path", "d", "M" + Svg.n(typical) + " " + Svg.n(y + 3) + " l6 10 l-6 10 l-6 -10 Z", "fill",
                    "#0b3d91", "stroke", "#fff", "stroke-width", "1");
            String amount = format.money(q.money(q.typical().total()));
            if (high + 100 < LEFT + PLOT_WIDTH) {
                html.element("text", amount, "x", Svg.n(high + 6), "y", Svg.n(y + 17), "font-size", "12");
            } else if (low - 100 > LEFT) {
                html.element("text", amount, "x", Svg.n(low - 6), "y", Svg.n(y + 17), "font-size", "12",
                        "text-anchor", "end");
            }
            html.newline();
        }
        int legend = bottom + 48;
        html.empty("rect", "x", Svg.n(LEFT), "y", Svg.n(legend - 11), "width", "24", "height", "14", "fill",
                "#b9d3ee", "stroke", "#4a6f96", "stroke-width", "1");
        html.element("text", texts.get("html.compare.chart.legend.range"), "x", Svg.n(LEFT + 32), "y",
                Svg.n(legend), "font-size", "13");
        double mark = LEFT + PLOT_WIDTH / 2.0;
        html.empty("path", "d", "M" + Svg.n(mark) + " " + Svg.n(legend - 14) + " l6 10 l-6 10 l-6 -10 Z", "fill",
                "#0b3d91");
        html.element("text", texts.get("html.compare.chart.legend.typical"), "x", Svg.n(mark + 14), "y",
                Svg.n(legend), "font-size", "13").newline();
        html.close().newline(); // g
        html.close().newline(); // svg
        if (count < comparison.options().size()) {
            html.element("figcaption", texts.get("html.compare.chart.first", count, comparison.options().size()))
                    .newline();
        }
        html.close().newline(); // figure
        html.close().newline(); // section
    }

    private static double x(long amount, long top) {
        return LEFT + PLOT_WIDTH * (double) amount / top;
    }
}
