package dev.exoplan.io.plan;

import dev.exoplan.core.cost.Budget;
import dev.exoplan.core.cost.Caveat;
import dev.exoplan.core.cost.LineItem;
import dev.exoplan.core.cost.Plan;
import dev.exoplan.core.cost.Scenario;
import dev.exoplan.core.cost.ScenarioPlan;
import dev.exoplan.core.cost.Visit;
import dev.exoplan.core.finance.Instalments;
import dev.exoplan.core.money.Amounts;
import dev.exoplan.core.money.FixedRateProvider;
import dev.exoplan.core.schedule.Phase;
import dev.exoplan.core.schedule.Schedule;
import dev.exoplan.core.schedule.ScheduleParameters;
import dev.exoplan.core.sheet.Disclosure;
import dev.exoplan.core.sheet.Fee.Charge;
import dev.exoplan.core.sheet.Fee;
import dev.exoplan.core.text.Language;
import dev.exoplan.core.text.Wording;
import dev.exoplan.io.Renderer;
import dev.exoplan.io.text.DisplayWidth;
import dev.exoplan.io.text.Layout;
import dev.exoplan.io.text.PeopleFormat;
import dev.exoplan.io.text.SafeText;
import dev.exoplan.io.text.Texts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.money.MonetaryAmount;

/**
 * A plan as text for a patient: header, the typical scenario's dated schedule, the cost of the three
 * scenarios itemised, what each scenario assumes, and the caveats. Every text that comes from the
 * price sheet is made safe for a terminal first.
 */
public final class PlanText implements Renderer<PlanReport> {

    private final Language language;
    final Texts texts;
    final PeopleFormat format;

    private final boolean ascii;
    final int width;
    /** What the plan says about packages: what to buy, and what stopping one returns. */
    final PlanCourseText course;

    public PlanText(Language language) {
        this(language, false);
    }

    /** @param ascii draw the chart with ASCII characters only, for terminals without block characters */
    public PlanText(Language language, boolean ascii) {
        this(language, ascii, Layout.DEFAULT_WIDTH);
    }

    /**
     * @param ascii write only ASCII where the language allows (English: all of it): the chart's
     *     characters, money as {@code JPY 150,000}, {@code ~} and {@code -} for ≈ and the dashes
     * @param width the columns the text is laid out to
     */
    public PlanText(Language language, boolean ascii, int width) {
        this.width = width;
        this.language = language;
        this.texts = ascii ? new Texts(language).ascii() : new Texts(language);
        this.format = new PeopleFormat(language, ascii);
        this.ascii = ascii;
        this.course = new PlanCourseText(this);
    }

    @Override
    public String render(PlanReport report) {
        return render(report.plan(), report.budget(), report.rate(), report.caveats(), report.instalments());
    }

    public String render(Plan plan, boolean caveats) {
        return render(plan, Optional.empty(), caveats);
    }

    /** The plan, with how far {@code budget} goes in each scenario when one is given. */
    public String render(Plan plan, Optional<Budget> budget, boolean caveats) {
        return render(plan, budget, Optional.empty(), caveats);
    }

    /**
     * The plan, with how far {@code budget} goes, and the totals also converted at the user's
     * {@code rate} (labelled approximate), when given.
     */
    public String render(Plan plan, Optional<Budget> budget, Optional<FixedRateProvider> rate, boolean caveats) {
        return render(plan, budget, rate, caveats, Optional.empty());
    }

    /** The same, with the packages bought on instalments after the refund table, when given. */
    private String render(Plan plan, Optional<Budget> budget, Optional<FixedRateProvider> rate, boolean caveats,
            Optional<Instalments> instalments) {
        StringBuilder out = new StringBuilder();
        header(plan, out);
        schedule(plan, out);
        cost(plan, rate, out);
        instalments.ifPresent(i -> new InstalmentsText(texts, format, width, this::label, dash()).write(plan, i, out));
        new PlanChart(texts, format, ascii, width).draw(plan, instalments, out);
        budget.ifPresent(b -> budget(plan, b, out));
        assumptions(plan, out);
        if (caveats) {
            caveats(plan, out);
        }
        return out.toString();
    }

    private void header(Plan plan, StringBuilder out) {
        Layout.wrap(width, "", texts.get("title"), out);
        List<String[]> rows = new ArrayList<>();
        rows.add(row(texts.get("header.goal"), label(plan.goal().label()) + " (" + plan.goal().id() + ")"));
        rows.add(row(texts.get("header.method"), label(plan.method().label()) + " (" + plan.method().id() + ")"));
        rows.add(row(texts.get("header.clinic"), label(plan.clinic().name()) + " (" + plan.clinic().id() + ")"));
        plan.variant().ifPresent(v -> rows.add(row(texts.get("header.variant"), label(v.label()) + " (" + v.id() + ")")));
        rows.add(row(texts.get("header.exosome"), disclosure(plan.clinic().disclosure())));
        rows.add(row(texts.get("header.period"), texts.get("period", format.date(plan.horizon().start()),
                format.date(plan.horizon().lastDay()), plan.horizon().months())));
        plan.notice().ifPresent(n -> rows.add(row(texts.get("header.notice"), label(n))));
        int labels = rows.stream().mapToInt(r -> DisplayWidth.of(r[0])).max().orElse(0) + 2;
        for (String[] row : rows) {
            Layout.wrap(width, DisplayWidth.padRight(row[0], labels), row[1], out);
        }
    }

    String disclosure(Disclosure d) {
        List<String> parts = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        d.source().ifPresentOrElse(s -> parts.add(texts.get("disclosure.source", texts.source(s))),
                () -> missing.add(texts.get("disclosure.field.source")));
        d.dose().ifPresentOrElse(s -> parts.add(texts.get("disclosure.dose", label(s))),
                () -> missing.add(texts.get("disclosure.field.dose")));
        d.manufacturer().ifPresentOrElse(s -> parts.add(texts.get("disclosure.manufacturer", label(s))),
                () -> missing.add(texts.get("disclosure.field.manufacturer")));
        d.qualityControl().ifPresentOrElse(s -> parts.add(texts.get("disclosure.qualityControl", label(s))),
                () -> missing.add(texts.get("disclosure.field.qualityControl")));
        if (!missing.isEmpty()) {
            parts.add(texts.get("disclosure.missing", String.join(texts.get("list.separator"), missing)));
        }
        return String.join(texts.get("disclosure.separator"), parts);
    }

    private void schedule(Plan plan, StringBuilder out) {
        ScenarioPlan typical = plan.scenario(Scenario.TYPICAL);
        Schedule schedule = typical.schedule();
        ScheduleParameters p = schedule.parameters();
        out.append('\n');
        Layout.wrap(width, "", texts.get("schedule.title", initialPhase(p), maintenance(p)), out);
        List<String[]> rows = new ArrayList<>();
        List<String[]> deadlines = coolingOffRows(typical);
        int next = 0;
        for (Visit visit : typical.visits()) {
            // A cooling-off deadline stands among the sessions, after those on or before its day.
            while (next < deadlines.size() && coolingOff(typical, next).isBefore(visit.session().date())) {
                rows.add(deadlines.get(next++));
            }
            String phase = visit.session().phase() == Phase.INITIAL
                    ? texts.get("schedule.initial", visit.session().inPhase(), p.initialSessions())
                    : texts.get("schedule.maintenance", visit.session().inPhase());
            String[] row = {String.valueOf(visit.session().number()), format.date(visit.session().date()),
                    phase, format.money(visit.receipt().total())};
            if (typical.solution().isPresent()) {
                row = new String[] {row[0], row[1], row[2], row[3], course.bought(typical, visit.session().number() - 1)};
            }
            rows.add(row);
        }
        while (next < deadlines.size()) {
            rows.add(deadlines.get(next++));
        }
        Layout.table(width, rows, typical.solution().isPresent() ? new boolean[] {true, false, false, true, false}
                : new boolean[] {true, false, false, true}, "  ", false, out);
        if (schedule.initialPhaseCut()) {
            Layout.wrap(width, "", texts.get("schedule.cut", schedule.initialCount(), p.initialSessions()), out);
        }
        Layout.wrap(width, "", texts.get("schedule.perVisit"), out);
        Layout.wrap(width, "", texts.get("schedule.nominal"), out);
        if (!plan.clinic().closed().isEmpty()) {
            String days = plan.clinic().closed().stream()
                    .map(d -> d.getDisplayName(TextStyle.FULL, language.locale()))
                    .collect(Collectors.joining(texts.get("list.separator")));
            Layout.wrap(width, "", texts.get("schedule.closed", days), out);
        }
    }

    /** The typical scenario's cooling-off deadlines as schedule rows, in purchase order (so in date order). */
    private List<String[]> coolingOffRows(ScenarioPlan typical) {
        List<String[]> rows = new ArrayList<>();
        // In the last column, what is bought, so that the phase and amount columns keep their widths.
        // (the row just after the purchase it belongs to: no two packages are bought at one visit)
        typical.prepayment().ifPresent(pre -> pre.packages().forEach(risk -> rows.add(new String[] {"",
            format.date(risk.coolingOffUntil()), "", "", texts.get("schedule.coolingOff")})));
        return rows;
    }

    static LocalDate coolingOff(ScenarioPlan typical, int index) {
        return typical.prepayment().orElseThrow().packages().get(index).coolingOffUntil();
    }

    private void cost(Plan plan, Optional<FixedRateProvider> rate, StringBuilder out) {
        out.append('\n');
        List<String[]> rows = new ArrayList<>();
        rows.add(cells(texts.get("cost.title", plan.horizon().months()), s -> texts.get("scenario." + s.id()),
                plan));
        rows.add(cells(texts.get("row.sessions"), s -> String.valueOf(plan.scenario(s).sessions()), plan));
        rows.add(cells(texts.get("row.sessionPrice"), s -> format.money(plan.scenario(s).sessionPrice()), plan));
        rows.add(cells(texts.get("row.sessionsAmount", label(plan.method().label())),
                s -> item(plan.scenario(s), plan.method().id(), LineItem.Kind.SESSION), plan));
        if (bought(plan, LineItem.Kind.FIRST_VISIT)) {
            rows.add(cells(texts.get("row.firstVisit"),
                    s -> item(plan.scenario(s), plan.method().id(), LineItem.Kind.FIRST_VISIT), plan));
        }
        if (bought(plan, LineItem.Kind.PACKAGE)) {
            rows.add(cells(texts.get("row.packages"), s -> course.packages(plan.scenario(s)), plan));
        }
        for (Fee fee : plan.clinic().fees()) {
            if (!fee.appliesTo(plan.method().id())) {
                continue;
            }
            // A free fee is its label alone: "Counselling (free)", not "Counselling (free) (¥0 once)".
            String name = fee.amount().isZero()
                    ? fee.optional() ? texts.get("row.fee", label(fee.label()), texts.get("row.fee.optionalOnly"))
                            : label(fee.label())
                    : texts.get("row.fee", label(fee.label()), texts.get(fee.per() == Charge.ONCE ? "row.fee.once"
                            : "row.fee.visit", format.money(fee.amount()))
                            + (fee.optional() ? texts.get("row.fee.optional") : ""));
            rows.add(cells(name, s -> item(plan.scenario(s), fee.id(), LineItem.Kind.FEE), plan));
        }
        String percent = plan.tax().percent().toPlainString();
        if (plan.tax().included()) {
            rows.add(cells(texts.get("row.total"), s -> format.money(plan.scenario(s).receipt().total()), plan));
            rows.add(cells(texts.get("row.taxIncluded", percent),
                    s -> format.money(plan.scenario(s).receipt().tax()), plan));
        } else {
            rows.add(cells(texts.get("row.subtotal"), s -> format.money(plan.scenario(s).receipt().subtotal()), plan));
            rows.add(cells(texts.get("row.taxAdded", percent), s -> format.money(plan.scenario(s).receipt().tax()),
                    plan));
            rows.add(cells(texts.get("row.total"), s -> format.money(plan.scenario(s).receipt().total()), plan));
        }
        rows.add(cells(texts.get("row.monthly"), s -> format.money(plan.scenario(s).monthlyAverage()), plan));
        rate.ifPresent(r -> {
            String code = r.term().getCurrencyCode();
            rows.add(cells(texts.get("row.converted.total", code),
                    s -> approximately() + format.money(r.convert(plan.scenario(s).receipt().total())), plan));
            rows.add(cells(texts.get("row.converted.monthly", code),
                    s -> approximately() + format.money(r.convert(plan.scenario(s).monthlyAverage())), plan));
        });
        if (sellsPackages(plan)) {
            rows.add(cells(texts.get("row.saving"), s -> plan.scenario(s).solution()
                    .map(x -> format.money(money(plan, x.saving()))).orElse(dash()), plan));
        }
        Layout.table(width, rows, new boolean[] {false, true, true, true}, "   ", true, out);
        Layout.wrap(width, "", texts.get(plan.tax().included() ? "cost.note.included" : "cost.note.excluded",
                texts.get("rounding." + plan.tax().rounding().id())), out);
        rate.ifPresent(r -> Layout.wrap(width, "", texts.get("converted.note", r.base().getCurrencyCode(),
                r.factor().toPlainString(), r.term().getCurrencyCode()), out));
        period(plan, out);
        if (plan.hasPurchases()) {
            course.purchases(plan, out);
        }
        if (plan.buysPackages()) {
            course.stops(plan, out);
        }
    }

    /**
     * What the total leaves out: the typical scenario's initial sessions after a short period, then
     * maintenance, and what maintenance costs a year at the typical rhythm.
     */
    private void period(Plan plan, StringBuilder out) {
        ScenarioPlan typical = plan.scenario(Scenario.TYPICAL);
        Schedule schedule = typical.schedule();
        ScheduleParameters p = schedule.parameters();
        int months = plan.horizon().months();
        // one session as a receipt of its own: what the patient pays for it, tax included either way
        MonetaryAmount session = plan.tax().receipt(typical.sessionPrice()).total();
        String yearly = format.money(yearly(session, p.maintenanceIntervalMonths()));
        Layout.wrap(width, "", schedule.initialPhaseCut()
                ? texts.get("cost.period.cut", months, maintenance(p), format.money(session), yearly,
                        p.initialSessions() - schedule.initialCount(), p.initialSessions())
                : texts.get("cost.period", months, maintenance(p), format.money(session), yearly), out);
    }

    /**
     * A session every {@code intervalMonths} months, for a year: 12 / interval sessions at
     * {@code perSession} (rounded half up to the currency's minor unit where the interval does not divide 12).
     */
    static MonetaryAmount yearly(MonetaryAmount perSession, int intervalMonths) {
        return Amounts.fraction(perSession, BigDecimal.valueOf(12), BigDecimal.valueOf(intervalMonths),
                RoundingMode.HALF_UP);
    }


    /** Whether the clinic sells packages of the plan's method (then the saving is shown, even when none). */
    static boolean sellsPackages(Plan plan) {
        return plan.clinic().packages().stream().anyMatch(p -> p.method().equals(plan.method().id()));
    }


    /** Whether some scenario has an item of this kind. */
    static boolean bought(Plan plan, LineItem.Kind kind) {
        return plan.scenarios().values().stream().anyMatch(s -> s.items().stream().anyMatch(i -> i.kind() == kind));
    }


    static MonetaryAmount money(Plan plan, long minor) {
        return Amounts.of(BigDecimal.valueOf(minor, Amounts.minorDigits(plan.currency())), plan.currency());
    }

    String item(ScenarioPlan scenario, String id, LineItem.Kind kind) {
        return scenario.items().stream()
                .filter(i -> i.kind() == kind && i.id().equals(id))
                .findFirst()
                .map(i -> format.money(i.amount()))
                .orElse(dash());
    }

    private void budget(Plan plan, Budget budget, StringBuilder out) {
        out.append('\n');
        Layout.wrap(width, "", texts.get("budget.title", format.money(budget.amount())), out);
        int names = 0;
        for (Scenario s : Scenario.values()) {
            names = Math.max(names, DisplayWidth.of(texts.get("scenario." + s.id())));
        }
        for (Scenario s : Scenario.values()) {
            List<String> lines = budgetLines(plan, s, budget.scenario(s));
            String name = "  " + DisplayWidth.padRight(texts.get("scenario." + s.id()), names + 2);
            String indent = " ".repeat(DisplayWidth.of(name));
            for (int i = 0; i < lines.size(); i++) {
                Layout.wrap(width, i == 0 ? name : indent, lines.get(i), out);
            }
        }
        // What low and high mean is said once, under what the scenarios assume.
    }

    /**
     * What a budget does in one scenario, a line each: whether it fits, or how far it goes, and where
     * buying for the budget goes further than the plan's purchases, what to buy instead and how far
     * the plan's purchases would go ({@link PlanHtml} says the same).
     */
    List<String> budgetLines(Plan plan, Scenario s, Budget.Reach reach) {
        ScenarioPlan scenario = plan.scenario(s);
        List<String> lines = new ArrayList<>();
        if (reach.fits()) {
            lines.add(texts.get("budget.fits", format.money(reach.left())));
        } else if (reach.sessions() == 0) {
            lines.add(texts.get("budget.none", format.money(reach.nextCosts().orElseThrow()),
                    format.money(reach.missing())));
        } else if (!reach.buyDifferently()) {
            lines.add(texts.get("budget.partial", reach.sessions(), format.date(reach.lastDate().orElseThrow()),
                    format.money(reach.missing())));
        } else {
            // What goes furthest on this budget is not what is cheapest over the period: say what to buy.
            lines.add(texts.get("budget.partial.buy", reach.sessions(), format.date(reach.lastDate().orElseThrow()),
                    format.money(reach.left())));
            lines.addAll(course.purchaseLines(plan, scenario, reach.purchases(), false));
            lines.add(reach.asPlanned() == 0
                    ? texts.get("budget.asPlanned.none", format.money(reach.missing()))
                    : texts.get("budget.asPlanned", reach.asPlanned(),
                            format.date(scenario.visits().get(reach.asPlanned() - 1).session().date()),
                            format.money(reach.missing())));
        }
        return lines;
    }

    private void assumptions(Plan plan, StringBuilder out) {
        out.append('\n');
        Layout.wrap(width, "", texts.get("assume.title"), out);
        List<String> optional = plan.optionalFees().stream().map(f -> label(f.label())).toList();
        int names = 0;
        for (Scenario s : Scenario.values()) {
            names = Math.max(names, DisplayWidth.of(texts.get("scenario." + s.id())));
        }
        for (Scenario s : Scenario.values()) {
            ScheduleParameters p = plan.scenario(s).schedule().parameters();
            String extras = optional.isEmpty()
                    ? ""
                    : texts.get("assume.separator") + (s.includesOptionalFees()
                            ? texts.get("assume.optional.in", String.join(texts.get("list.separator"), optional))
                            : texts.get("assume.optional.out"));
            String variant = plan.variant().isEmpty() ? plan.scenario(s).variant()
                    .map(v -> texts.get("assume.separator") + texts.get("assume.variant", label(v.label()))).orElse("")
                    : "";
            String line = texts.get("assume.line", initialPhase(p), maintenance(p),
                    texts.get(plan.variant().isPresent() ? "assume.price.variant" : "assume.price." + s.id()))
                    + variant + extras;
            Layout.wrap(width, "  " + DisplayWidth.padRight(texts.get("scenario." + s.id()), names + 2), line, out);
        }
        Layout.wrap(width, "", texts.get("assume.bounds"), out);
        plan.goal().onsetWeeks().ifPresent(onset -> {
            out.append('\n');
            Layout.wrap(width, "", texts.get("onset", onset.min(), onset.max()), out);
        });
    }

    /** "4 initial sessions 3 weeks apart" (phrase.initial…). */
    String initialPhase(ScheduleParameters p) {
        return p.initialSessions() == 1
                ? texts.get("phrase.initial.one")
                : texts.get("phrase.initial.many", p.initialSessions(),
                        texts.get("phrase.weeks", p.initialIntervalWeeks()));
    }

    /** "every 3 months" (phrase.maintenance). */
    String maintenance(ScheduleParameters p) {
        return texts.get("phrase.maintenance", p.maintenanceIntervalMonths());
    }

    private void caveats(Plan plan, StringBuilder out) {
        out.append('\n');
        Layout.wrap(width, "", texts.get("caveats.title"), out);
        for (Caveat caveat : plan.caveats()) {
            Layout.wrap(width, "  - ", texts.get("caveat." + caveat.id()), out);
        }
        out.append('\n');
        Layout.wrap(width, "", texts.get("disclaimer"), out);
    }

    // ---- layout -------------------------------------------------------------------------------

    private String[] cells(String label, Function<Scenario, String> cell, Plan plan) {
        String[] row = new String[Scenario.values().length + 1];
        row[0] = label;
        for (Scenario s : Scenario.values()) {
            row[s.ordinal() + 1] = cell.apply(s);
        }
        return row;
    }

    private static String[] row(String... cells) {
        return cells;
    }
    String label(Wording text) {
        String label = safe(text.in(language));
        return ascii ? Texts.ascii(label, language) : label;
    }

    /** What stands in a cell for nothing: a dash. */
    String dash() {
        return ascii ? "-" : "\u2014";
    }

    /** Before a converted amount: approximately. */
    String approximately() {
        return ascii ? "~ " : "\u2248 ";
    }

    static String safe(String text) {
        return SafeText.forPeople(text);
    }
}
