package dev.exoplan.io.plan;

import dev.exoplan.core.cost.Plan;
import dev.exoplan.core.cost.Scenario;
import dev.exoplan.core.cost.ScenarioPlan;
import dev.exoplan.core.course.Purchase;
import dev.exoplan.core.finance.Instalments;
import dev.exoplan.core.finance.Loan;
import dev.exoplan.core.finance.Loans;
import dev.exoplan.core.finance.Remainder;
import dev.exoplan.core.money.Amounts;
import dev.exoplan.core.sheet.Financing;
import dev.exoplan.core.text.Wording;
import dev.exoplan.io.text.Layout;
import dev.exoplan.io.text.PeopleFormat;
import dev.exoplan.io.text.Texts;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.function.Function;
import javax.money.MonetaryAmount;

/**
 * The text of a plan's packages bought on instalments ({@code --pay-in}): the credit plan and its rate,
 * each financed purchase with its fee, total, payments and dates, the scenarios' totals with the fees, what
 * leaves the account month by month, and, beside the refund table, what stopping does to the loan. The
 * figures are stated with the law's conditions and "may"; nothing is advice.
 */
final class InstalmentsText {

    private final Texts texts;
    private final PeopleFormat format;
    private final int width;
    private final Function<Wording, String> label;
    private final String dash;

    InstalmentsText(Texts texts, PeopleFormat format, int width, Function<Wording, String> label, String dash) {
        this.texts = texts;
        this.format = format;
        this.width = width;
        this.label = label;
        this.dash = dash;
    }

    void write(Plan plan, Instalments instalments, StringBuilder out) {
        out.append('\n');
        Layout.wrap(width, "", title(plan, instalments), out);
        Layout.wrap(width, "  ", terms(instalments), out);
        for (Bought bought : purchases(plan, instalments)) {
            out.append('\n');
            Layout.wrap(width, "  ", bought.heading(), out);
            for (String line : bought.lines()) {
                Layout.wrap(width, "    ", line, out);
            }
        }
        out.append('\n');
        Layout.table(width, totals(plan, instalments), new boolean[] {false, true, true, true}, "   ", true, out);
        Scenario shown = shown(instalments);
        out.append('\n');
        Layout.wrap(width, "  ", monthlyTitle(shown), out);
        StringBuilder table = new StringBuilder();
        Layout.table(width - 4, monthly(plan, instalments.monthly(plan, shown)), new boolean[] {false, true}, "   ",
                false, table);
        table.toString().lines().forEach(line -> out.append("    ").append(line).append('\n'));
        out.append('\n');
        for (String note : notes()) {
            Layout.wrap(width, "  ", note, out);
        }
    }

    /** The credit plan (with its provider), or the patient's card and its rate. */
    String title(Plan plan, Instalments instalments) {
        if (instalments.plan().isPresent()) {
            Financing f = plan.clinic().financing(instalments.plan().get()).orElseThrow();
            String name = label.apply(f.label());
            return texts.get("financing.title", f.provider().map(p -> texts.get("financing.title.provider", name,
                    label.apply(p))).orElse(name));
        }
        return texts.get("financing.title.card", instalments.terms().apr().orElseThrow().toPlainString());
    }

    /** The number of instalments and the fee per 100, from the table or the annual rate. */
    String terms(Instalments instalments) {
        var terms = instalments.terms();
        String fee = terms.feePer100().toPlainString();
        return terms.apr().isPresent()
                ? texts.get("financing.terms.apr", terms.instalments(), fee, terms.apr().get().toPlainString())
                : texts.get("financing.terms.table", terms.instalments(), fee);
    }

    /**
     * One package bought on credit, in the scenarios that buy it alike.
     *
     * @param heading which scenarios buy what, for how much, when
     * @param lines   the fee and total, the payments, the credit cooling-off, whether stopping payments may apply
     */
    record Bought(String heading, List<String> lines) {
    }

    /** Each package bought on credit, a purchase alike in several scenarios once, with their names. */
    List<Bought> purchases(Plan plan, Instalments instalments) {
        String fee = instalments.terms().feePer100().toPlainString();
        Map<List<Object>, List<String>> names = new LinkedHashMap<>();
        Map<List<Object>, Object[]> what = new LinkedHashMap<>();
        for (Scenario s : Scenario.values()) {
            ScenarioPlan scenario = plan.scenario(s);
            for (Instalments.Financed f : instalments.scenario(s)) {
                Purchase p = scenario.solution().orElseThrow().purchases().get(f.purchase());
                List<Object> key = List.of(p.pack().orElseThrow(), f.date(), f.loan());
                names.computeIfAbsent(key, k -> new ArrayList<>()).add(texts.get("scenario." + s.id()));
                what.putIfAbsent(key, new Object[] {p, f});
            }
        }
        List<Bought> bought = new ArrayList<>();
        for (Map.Entry<List<Object>, Object[]> e : what.entrySet()) {
            Purchase p = (Purchase) e.getValue()[0];
            Instalments.Financed f = (Instalments.Financed) e.getValue()[1];
            Loan loan = f.loan();
            String who = String.join(texts.get("list.separator"), names.get(e.getKey()));
            bought.add(new Bought(texts.get("financing.purchase", who, label.apply(p.pack().orElseThrow().name()),
                    money(plan, loan.price()), format.date(f.date())), List.of(
                            texts.get("financing.fee", money(plan, loan.fee()), money(plan, loan.price()), fee,
                                    money(plan, loan.total())),
                            payments(plan, loan),
                            texts.get("financing.coolingOff", format.date(loan.creditCoolingOffUntil())),
                            stopPayments(plan, loan))));
        }
        return bought;
    }

    /** The scenarios' fees and totals with them: a header row (a title and the scenarios), then the two rows. */
    List<String[]> totals(Plan plan, Instalments instalments) {
        List<String[]> rows = new ArrayList<>();
        rows.add(cells(texts.get("financing.table.title"), s -> texts.get("scenario." + s.id())));
        rows.add(cells(texts.get("financing.table.fees"), s -> instalments.scenario(s).isEmpty() ? dash
                : money(plan, instalments.fees(s))));
        rows.add(cells(texts.get("financing.table.total"), s -> money(plan, Math.addExact(
                Amounts.minor(plan.scenario(s).receipt().total()), instalments.fees(s)))));
        return rows;
    }

    /** The scenario whose months are shown: the typical one, else the first that buys on credit. */
    static Scenario shown(Instalments instalments) {
        return instalments.scenario(Scenario.TYPICAL).isEmpty()
                ? java.util.Arrays.stream(Scenario.values()).filter(s -> !instalments.scenario(s).isEmpty())
                        .findFirst().orElseThrow()
                : Scenario.TYPICAL;
    }

    String monthlyTitle(Scenario shown) {
        return texts.get("financing.monthly.title", texts.get("scenario." + shown.id()));
    }

    /** What the loan means beside the refunds: it goes on, its cooling-off, instalments paid, where to ask. */
    List<String> notes() {
        return List.of(texts.get("financing.note.loan"), texts.get("financing.note.coolingOff"),
                texts.get("financing.note.paid"), texts.get("financing.note.ask"));
    }

    private String payments(Plan plan, Loan loan) {
        String first = format.date(loan.first().date());
        String last = format.date(loan.last().date());
        int n = loan.instalments();
        if (n == 1) {
            return texts.get("financing.payments.one", money(plan, loan.total()), first);
        }
        long odd = loan.terms().remainder() == Remainder.FIRST ? loan.first().amount() : loan.last().amount();
        if (odd == loan.laterPayment()) {
            return texts.get("financing.payments.even", n, money(plan, loan.laterPayment()), first, last);
        }
        return texts.get("financing.payments." + loan.terms().remainder().id(), n, first, last,
                money(plan, odd), money(plan, loan.laterPayment()));
    }

    private String stopPayments(Plan plan, Loan loan) {
        if (!"JPY".equals(plan.currency().getCurrencyCode())) {
            return texts.get("financing.stop.notYen");
        }
        String key = loan.stopPaymentsMayApply() ? "financing.stop.may"
                : loan.total() < Loans.STOP_PAYMENTS_MINIMUM ? "financing.stop.notAmount" : "financing.stop.notMonths";
        return texts.get(key, money(plan, loan.total()), format.date(loan.last().date()));
    }

    /** The months, runs of one amount in one row: the months and what leaves the account. */
    List<String[]> monthly(Plan plan, NavigableMap<YearMonth, Long> months) {
        List<String[]> rows = new ArrayList<>();
        YearMonth from = null;
        YearMonth to = null;
        long amount = 0;
        for (Map.Entry<YearMonth, Long> m : months.entrySet()) {
            if (from != null && m.getValue() == amount) {
                to = m.getKey();
                continue;
            }
            if (from != null) {
                rows.add(row(plan, from, to, amount));
            }
            from = m.getKey();
            to = m.getKey();
            amount = m.getValue();
        }
        rows.add(row(plan, from, to, amount));
        return rows;
    }

    private String[] row(Plan plan, YearMonth from, YearMonth to, long amount) {
        String months = from.equals(to) ? format.month(from)
                : texts.get("financing.monthly.run", format.month(from), format.month(to));
        return new String[] {months, from.equals(to) ? money(plan, amount)
                : texts.get("financing.monthly.each", money(plan, amount))};
    }

    private String[] cells(String first, Function<Scenario, String> cell) {
        String[] row = new String[Scenario.values().length + 1];
        row[0] = first;
        for (Scenario s : Scenario.values()) {
            row[s.ordinal() + 1] = cell.apply(s);
        }
        return row;
    }

    private String money(Plan plan, long minor) {
        MonetaryAmount amount = Amounts.of(BigDecimal.valueOf(minor, Amounts.minorDigits(plan.currency())),
                plan.currency());
        return format.money(amount);
    }
}
