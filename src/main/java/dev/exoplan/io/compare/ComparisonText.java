package dev.exoplan.io.compare;

import dev.exoplan.core.cost.Comparison;
import dev.exoplan.core.course.PackageRisk;
import dev.exoplan.core.course.Prepayment;
import dev.exoplan.core.finance.PayIn;
import dev.exoplan.core.quote.Quote;
import dev.exoplan.core.sheet.Disclosure;
import dev.exoplan.core.sheet.Range.Bound;
import dev.exoplan.core.sheet.Variant;
import dev.exoplan.core.text.Language;
import dev.exoplan.io.Renderer;
import dev.exoplan.io.plan.CourseWords;
import dev.exoplan.io.text.Layout;
import dev.exoplan.io.text.PeopleFormat;
import dev.exoplan.io.text.SafeText;
import dev.exoplan.io.text.Texts;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.UnaryOperator;

/**
 * A comparison for people: an aligned table, or the same table in Markdown, with the article's warning
 * that the cheapest is not automatically the best.
 */
public final class ComparisonText implements Renderer.Streaming<ComparisonReport> {

    private final Language language;
    private final Texts texts;
    private final PeopleFormat format;
    private final boolean markdown;
    private final int width;

    /**
     * @param markdown the table in Markdown, every text of the sheet in it (cells, the heading, the notes)
     *     made inert for Markdown, rather than aligned text
     */
    public ComparisonText(Language language, boolean markdown) {
        this(language, markdown, Layout.DEFAULT_WIDTH);
    }

    /** @param width the columns the text is laid out to (Markdown's table is never cut: it is source) */
    public ComparisonText(Language language, boolean markdown, int width) {
        this.width = width;
        this.language = language;
        this.texts = new Texts(language);
        this.format = new PeopleFormat(language);
        this.markdown = markdown;
    }

    /**
     * Written a row at a time: a comparison of a chain's clinics has a hundred thousand rows, made again
     * from the comparison each time the table's layout walks them.
     */
    @Override
    public void render(ComparisonReport report, Writer to) throws IOException {
        Comparison comparison = report.comparison();
        OptionalLong budget = report.budget();
        StringBuilder out = new StringBuilder();
        String title = texts.get("compare.title", data(comparison.goal().label().in(language)),
                markdown ? SafeText.markdownText(comparison.goal().id()) : comparison.goal().id(),
                comparison.months(), format.date(comparison.start()));
        if (markdown) {
            out.append("**").append(title).append("**\n\n");
        } else {
            Layout.wrap(width, "", title, out);
        }
        if (comparison.options().isEmpty()) {
            Layout.wrap(width, "", texts.get("compare.none"), out);
            to.append(out);
            return;
        }
        Optional<PayIn> payIn = report.payIn();
        Iterable<String[]> rows = () -> rows(comparison, budget, payIn);
        boolean[] right = columns(new boolean[] {true, false, false, false, true, true, true, false, false, false},
                budget.isPresent(), false, payIn.isPresent(), true);
        if (markdown) {
            to.append(out);
            out.setLength(0);
            Layout.markdown(rows, right, to);
            out.append('\n');
        } else {
            to.append(out);
            out.setLength(0);
            Layout.tableOrStack(width, rows, right, 3, to);
        }
        out.append('\n');
        prepaid(comparison, out);
        budget.ifPresent(b -> Layout.wrap(width, "", texts.get("compare.budgetSummary", comparison.withinBudget(b),
                comparison.options().size()), out));
        Layout.wrap(width, "", texts.get("compare.warning"), out);
        to.append(out);
    }

    /** The table's rows, headers first, each made from its option when it is reached. */
    /** The ten columns, then the budget's where given, then --pay-in's where given. */
    private static boolean[] columns(boolean[] ten, boolean budget, boolean budgetCell, boolean payIn,
            boolean payInCell) {
        boolean[] all = Arrays.copyOf(ten, ten.length + (budget ? 1 : 0) + (payIn ? 1 : 0));
        if (budget) {
            all[ten.length] = budgetCell;
        }
        if (payIn) {
            all[all.length - 1] = payInCell;
        }
        return all;
    }

    private static String[] columns(String[] ten, Optional<String> budget, Optional<String> payIn) {
        List<String> all = new ArrayList<>(Arrays.asList(ten));
        budget.ifPresent(all::add);
        payIn.ifPresent(all::add);
        return all.toArray(String[]::new);
    }

    Iterator<String[]> rows(Comparison comparison, OptionalLong budget, Optional<PayIn> payIn) {
        List<Comparison.Option> options = comparison.options();
        UnaryOperator<String> cell = markdown ? SafeText::markdownCell : SafeText::forPeople;
        return new Iterator<>() {
            private int next = -1;

            @Override
            public boolean hasNext() {
                return next < options.size();
            }

            @Override
            public String[] next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                int at = next++;
                if (at < 0) {
                    return columns(new String[] {"#", texts.get("compare.clinic"), texts.get("compare.method"),
                        texts.get("compare.sessions"), texts.get("compare.typical"), texts.get("compare.range"),
                        texts.get("compare.monthly"), texts.get("disclosure.field.source"), texts.get("compare.dose"),
                        texts.get("compare.qc")}, budget.isPresent() ? Optional.of(texts.get("compare.budget"))
                                : Optional.empty(),
                        payIn.map(p -> texts.get("compare.payIn", p.instalments())));
                }
                Comparison.Option option = options.get(at);
                Quote q = option.quote();
                Disclosure d = option.clinic().disclosure();
                return columns(new String[] {String.valueOf(at + 1), cell.apply(option.clinic().name().in(language)),
                    cell.apply(option.method().label().in(language)) + variants(option),
                    q.low().sessions() + "–" + q.typical().sessions() + "–" + q.high().sessions(),
                    format.money(q.money(q.typical().total())),
                    texts.get("format.range", format.money(q.money(q.low().total())),
                            format.money(q.money(q.high().total()))),
                    format.money(q.money(q.monthlyTypical())),
                    d.source().map(s -> texts.source(s, cell)).orElse(texts.get("compare.notStated")),
                    stated(d.dose().isPresent()), stated(d.qualityControl().isPresent())},
                    budget.isPresent() ? Optional.of(fits(q, budget.getAsLong())) : Optional.empty(),
                    payIn.map(p -> {
                        OptionalLong financed = p.typicalTotal(option);
                        return financed.isPresent() ? format.money(q.money(financed.getAsLong()))
                                : texts.get("compare.payIn.none");
                    }));
            }
        };
    }

    /**
     * For each option whose typical plan buys course packages: what it prepays and when, the last day
     * of cooling-off, the most prepaid and not yet used, and whether the course pays off if stopped
     * (of the first package; {@code plan} shows every package in full).
     */
    private void prepaid(Comparison comparison, StringBuilder out) {
        List<String> sentences = prepaidSentences(comparison);
        for (String text : sentences) {
            Layout.wrap(width, "", text, out);
        }
        if (!sentences.isEmpty()) {
            Layout.wrap(width, "", texts.get("compare.prepaidNote"), out);
            out.append('\n');
        }
    }

    /** What {@link #prepaid} says, a sentence per option that prepays (also for the HTML page). */
    List<String> prepaidSentences(Comparison comparison) {
        List<String> sentences = new ArrayList<>();
        for (int at = 0; at < comparison.options().size(); at++) {
            int rank = at + 1;
            if (!comparison.mayPrepay(at)) {
                continue;
            }
            Comparison.Option option = comparison.options().get(at);
            if (option.prepayment().isEmpty() || option.prepayment().get().packages().isEmpty()) {
                continue;
            }
            Prepayment pre = option.prepayment().get();
            Quote q = option.quote();
            PackageRisk first = pre.packages().get(0);
            int later = pre.packages().size() - 1;
            sentences.add(texts.get("compare.prepaid", rank,
                    data(option.clinic().name().in(language)) + ", " + data(option.method().label().in(language)),
                    format.money(q.money(first.paid())), format.date(first.contractDate()),
                    format.date(first.coolingOffUntil()), format.money(q.money(pre.atRisk().amount())),
                    CourseWords.breakEven(texts, first))
                    + (later > 0 ? texts.get("compare.prepaid.later", later) : ""));
        }
        return sentences;
    }

    /** Which scenarios fit: since low ≤ typical ≤ high, the fitting ones are always the cheaper ones. */
    private String fits(Quote q, long budget) {
        if (q.high().total() <= budget) {
            return texts.get("compare.fits.all");
        }
        if (q.typical().total() <= budget) {
            return texts.get("compare.fits.typical");
        }
        if (q.low().total() <= budget) {
            return texts.get("compare.fits.low");
        }
        return texts.get("compare.fits.none");
    }

    /** A text of the sheet in running text: for people, or inert in Markdown. */
    private String data(String text) {
        return markdown ? SafeText.markdownText(text) : SafeText.forPeople(text);
    }

    /**
     * For a method the clinic prices by variant: the chosen variant, " (2 cc)", or without a choice the
     * cheapest and dearest that the low and high totals take, " (1 cc–3 cc)"; otherwise nothing. The
     * labels are the sheet's, made safe; the rest is exoplan's.
     */
    private String variants(Comparison.Option option) {
        List<Variant> list = option.clinic().variants(option.method().id());
        if (list.isEmpty()) {
            return "";
        }
        Optional<String> chosen = option.quote().variant();
        if (chosen.isPresent()) {
            return list.stream().filter(v -> v.id().equals(chosen.get())).findFirst()
                    .map(v -> " (" + data(v.label().in(language)) + ")").orElse("");
        }
        return " (" + texts.get("format.range", data(Variant.at(list, Bound.MIN).label().in(language)),
                data(Variant.at(list, Bound.MAX).label().in(language))) + ")";
    }

    private String stated(boolean stated) {
        return texts.get(stated ? "compare.stated" : "compare.notStated");
    }
}
