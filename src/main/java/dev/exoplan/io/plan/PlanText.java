package dev.exoplan.io.plan;

import dev.exoplan.core.cost.Budget;
import dev.exoplan.core.cost.Caveat;
import dev.exoplan.core.cost.Instalments;
import dev.exoplan.core.cost.LineItem;
import dev.exoplan.core.cost.PackageSolver;
import dev.exoplan.core.cost.Plan;
import dev.exoplan.core.cost.Purchase;
import dev.exoplan.core.cost.Scenario;
import dev.exoplan.core.cost.ScenarioPlan;
import dev.exoplan.core.cost.Visit;
import dev.exoplan.core.course.Coverage;
import dev.exoplan.core.course.PackageRisk;
import dev.exoplan.core.course.Stop;
import dev.exoplan.core.money.Amounts;
import dev.exoplan.core.money.FixedRateProvider;
import dev.exoplan.core.schedule.Phase;
import dev.exoplan.core.schedule.Schedule;
import dev.exoplan.core.schedule.ScheduleParameters;
import dev.exoplan.core.sheet.Charge;
import dev.exoplan.core.sheet.Disclosure;
import dev.exoplan.core.sheet.Fee;
import dev.exoplan.core.text.Language;
import dev.exoplan.core.text.LocalizedText;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javax.money.MonetaryAmount;

/**
 * A plan as text for a patient: header, the typical scenario's dated schedule, the cost of the three
 * scenarios itemised, what each scenario assumes, and the caveats. Every text that comes from the
 * price sheet is made safe for a terminal first.
 */
public final class PlanText implements Renderer<PlanReport> {

    private final Language language;
    private final Texts texts;
    private final PeopleFormat format;

    private final boolean ascii;
    private final int width;

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

    private String disclosure(Disclosure d) {
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
                row = new String[] {row[0], row[1], row[2], row[3], bought(typical, visit.session().number() - 1)};
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

    private static LocalDate coolingOff(ScenarioPlan typical, int index) {
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
            rows.add(cells(texts.get("row.packages"), s -> packages(plan.scenario(s)), plan));
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
            purchases(plan, out);
        }
        if (plan.buysPackages()) {
            stops(plan, out);
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

    /**
     * For every package a scenario buys: whether the law may apply, what stopping after each session
     * returns, and when the package pays off; then, per scenario, the most prepaid and not yet used.
     * Each thing is said once: a distinct package (same package, price and terms) has one block with
     * its refund table, listing every purchase of it with its own dates (a purchase alike in several
     * scenarios once, with their names), and each distinct break-even sentence once.
     */
    private void stops(Plan plan, StringBuilder out) {
        out.append('\n');
        Layout.wrap(width, "", texts.get("stop.title"), out);
        // purchase (package, dates and figures) → the scenarios that make it
        Map<List<Object>, List<String>> names = new LinkedHashMap<>();
        Map<List<Object>, Object[]> what = new LinkedHashMap<>();
        for (Scenario s : Scenario.values()) {
            ScenarioPlan scenario = plan.scenario(s);
            if (scenario.prepayment().isEmpty()) {
                continue;
            }
            for (PackageRisk risk : scenario.prepayment().get().packages()) {
                Purchase p = scenario.solution().orElseThrow().purchases().get(risk.purchase());
                List<Object> key = List.of(p.pack().orElseThrow(), risk.contractDate(),
                        scenario.visits().get(p.first()).session().date(), risk.coverage(), risk.ifStopped(),
                        risk.breakEven(), risk.paid());
                names.computeIfAbsent(key, k -> new ArrayList<>()).add(texts.get("scenario." + s.id()));
                what.putIfAbsent(key, new Object[] {p, scenario, risk});
            }
        }
        // distinct package (package, price, terms) → its purchases
        Map<List<Object>, List<List<Object>>> packages = new LinkedHashMap<>();
        for (List<Object> key : what.keySet()) {
            PackageRisk risk = (PackageRisk) what.get(key)[2];
            packages.computeIfAbsent(List.of(key.get(0), risk.paid(), risk.coverage(), risk.ifStopped()),
                    k -> new ArrayList<>()).add(key);
        }
        List<PackageRisk> all = what.values().stream().map(w -> (PackageRisk) w[2]).toList();
        boolean oneCoverage = all.stream().map(PackageRisk::coverage).distinct().count() == 1;
        if (oneCoverage) {
            coverage(all.get(0), "  ", out);
        }
        packages.values().forEach(purchases -> {
            PackageRisk first = (PackageRisk) what.get(purchases.get(0))[2];
            Purchase bought = (Purchase) what.get(purchases.get(0))[0];
            out.append('\n');
            Layout.wrap(width, "  ", texts.get("stop.package", label(bought.pack().orElseThrow().name()),
                    format.money(money(plan, first.paid()))), out);
            if (!oneCoverage) {
                coverage(first, "    ", out);
            }
            Map<String, List<String>> breakEvens = new LinkedHashMap<>();
            for (List<Object> key : purchases) {
                Purchase p = (Purchase) what.get(key)[0];
                ScenarioPlan scenario = (ScenarioPlan) what.get(key)[1];
                PackageRisk risk = (PackageRisk) what.get(key)[2];
                String who = String.join(texts.get("list.separator"), names.get(key));
                LocalDate date = scenario.visits().get(p.first()).session().date();
                Layout.wrap(width, "    ", risk.contractDate().equals(date)
                        ? texts.get("stop.bought", who, format.date(date), format.date(risk.coolingOffUntil()))
                        : texts.get("stop.bought.contract", who, format.date(date),
                                format.date(risk.coolingOffUntil()), format.date(risk.contractDate())), out);
                List<String> those = breakEvens.computeIfAbsent(breakEven(risk), k -> new ArrayList<>());
                names.get(key).stream().filter(n -> !those.contains(n)).forEach(those::add);
            }
            refunds(plan, first, out);
            breakEvens.forEach((sentence, who) -> Layout.wrap(width, "    ", breakEvens.size() == 1 ? sentence
                    : texts.get("stop.breakEven.scenario", String.join(texts.get("list.separator"), who), sentence),
                    out));
        });
        if (all.stream().anyMatch(r -> r.coverage().lawShown() && !r.ifStopped().isEmpty())) {
            out.append('\n');
            Layout.wrap(width, "  ", texts.get("stop.note.law"), out);
        }
        out.append('\n');
        Layout.wrap(width, "  ", texts.get("stop.atRisk.title"), out);
        int width = 0;
        for (Scenario s : Scenario.values()) {
            width = Math.max(width, DisplayWidth.of(texts.get("scenario." + s.id())));
        }
        int column = width + 2;
        for (Scenario s : Scenario.values()) {
            plan.scenario(s).prepayment().ifPresent(pre -> Layout.wrap(this.width,
                    "    " + DisplayWidth.padRight(texts.get("scenario." + s.id()), column),
                    texts.get("stop.atRisk", format.money(money(plan, pre.atRisk().amount())),
                            format.date(pre.atRisk().date())), out));
        }
    }

    /** Whether the law may apply, and what cooling-off is, as far as the sheet states. */
    private void coverage(PackageRisk risk, String lead, StringBuilder out) {
        Layout.wrap(width, lead, texts.get("stop.coverage." + risk.coverage().id()), out);
        Layout.wrap(width, lead, texts.get(risk.coverage() == Coverage.COVERED ? "stop.coolingOff.covered"
                : "stop.coolingOff.may"), out);
    }

    /** What stopping after each session returns, as a table, once for a distinct package. */
    private void refunds(Plan plan, PackageRisk risk, StringBuilder out) {
        String lead = "    ";
        if (risk.ifStopped().isEmpty()) {
            Layout.wrap(width, lead, texts.get("stop.none"), out);
            return;
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {texts.get("stop.table.used"), texts.get("stop.table.fee"),
            texts.get("stop.table.refund")});
        for (Stop stop : risk.ifStopped()) {
            boolean clinic = stop.basis() == Stop.Basis.CLINIC && risk.coverage().lawShown();
            rows.add(new String[] {String.valueOf(stop.sessionsUsed()), format.money(money(plan, stop.fee())),
                format.money(money(plan, stop.refund())) + (clinic ? texts.get("stop.byClinic") : "")});
        }
        StringBuilder table = new StringBuilder();
        Layout.table(width - lead.length(), rows, new boolean[] {true, true, true}, "   ", true, table);
        table.toString().lines().forEach(line -> out.append(lead).append(line).append('\n'));
        if (!risk.coverage().lawShown()) {
            Layout.wrap(width, lead, texts.get("stop.note.clinicOnly"), out);
        } else if (risk.anyByClinic()) {
            Layout.wrap(width, lead, texts.get("stop.note.clinic"), out);
        }
    }

    String breakEven(PackageRisk risk) {
        return CourseWords.breakEven(texts, risk);
    }

    /** Whether the clinic sells packages of the plan's method (then the saving is shown, even when none). */
    private static boolean sellsPackages(Plan plan) {
        return plan.clinic().packages().stream().anyMatch(p -> p.method().equals(plan.method().id()));
    }

    /** Whether some scenario has an item of this kind. */
    private static boolean bought(Plan plan, LineItem.Kind kind) {
        return plan.scenarios().values().stream().anyMatch(s -> s.items().stream().anyMatch(i -> i.kind() == kind));
    }

    /** The sum of a scenario's packages, or a dash when it buys none. */
    private String packages(ScenarioPlan scenario) {
        List<MonetaryAmount> amounts = scenario.items().stream().filter(i -> i.kind() == LineItem.Kind.PACKAGE)
                .map(LineItem::amount).toList();
        return amounts.isEmpty() ? dash() : format.money(Amounts.sum(amounts, scenario.sessionPrice().getCurrency()));
    }

    /**
     * What a scenario with packages buys at visit {@code index} (from 0): for the schedule's last
     * column, and for the calendar's events.
     */
    String bought(ScenarioPlan scenario, int index) {
        Purchase p = scenario.solution().orElseThrow().purchases().stream()
                .filter(x -> x.first() <= index && index <= x.last()).findFirst().orElseThrow();
        return switch (p.kind()) {
            case SINGLE -> texts.get("schedule.buy.single");
            case FIRST_VISIT -> texts.get("schedule.buy.firstVisit");
            case PACKAGE -> index == p.first()
                    ? texts.get("schedule.buy.package", label(p.pack().orElseThrow().name()))
                    : texts.get("schedule.use.package", label(p.pack().orElseThrow().name()), index - p.first() + 1,
                            p.pack().orElseThrow().sessions());
        };
    }

    /** Per scenario, what is bought when, and what it saves against single sessions. */
    private void purchases(Plan plan, StringBuilder out) {
        // "the cheapest mix of packages" only where the clinic sells a package of the method
        boolean packages = plan.clinic().packages().stream().anyMatch(p -> p.method().equals(plan.method().id()));
        out.append('\n');
        Layout.wrap(width, "", texts.get(packages ? "purchase.title" : "purchase.title.singles"), out);
        int names = 0;
        for (Scenario s : Scenario.values()) {
            names = Math.max(names, DisplayWidth.of(texts.get("scenario." + s.id())));
        }
        for (Scenario s : Scenario.values()) {
            ScenarioPlan scenario = plan.scenario(s);
            String name = "  " + DisplayWidth.padRight(texts.get("scenario." + s.id()), names + 2);
            String indent = " ".repeat(DisplayWidth.of(name));
            List<String> lines = new ArrayList<>();
            if (scenario.solution().isEmpty()) {
                lines.add(texts.get("purchase.singles", scenario.sessions(), format.money(scenario.sessionPrice()),
                        sessions(1, scenario.sessions())));
            } else {
                PackageSolver.Solution solution = scenario.solution().get();
                lines.addAll(purchaseLines(plan, scenario, solution.purchases(), true));
                if (sellsPackages(plan)) {
                    lines.add(solution.saving() > 0
                        ? texts.get("purchase.saving", format.money(money(plan, solution.saving())),
                                format.money(money(plan, solution.singlesTotal())))
                            : texts.get("purchase.noSaving", format.money(money(plan, solution.singlesTotal()))));
                }
            }
            for (int i = 0; i < lines.size(); i++) {
                Layout.wrap(width, i == 0 ? name : indent, lines.get(i), out);
            }
        }
    }

    /**
     * One line per package bought, then the first-visit price and the single sessions, in the
     * purchases' order; with {@code unused}, what each package leaves at the period's end.
     */
    private List<String> purchaseLines(Plan plan, ScenarioPlan scenario, List<Purchase> purchases, boolean unused) {
        List<String> lines = new ArrayList<>();
        List<Integer> singles = new ArrayList<>();
        for (Purchase p : purchases) {
            switch (p.kind()) {
                case SINGLE -> singles.add(p.first() + 1);
                case FIRST_VISIT -> lines.add(texts.get("purchase.firstVisit", format.money(p.price())));
                case PACKAGE -> lines.add(texts.get("purchase.package", label(p.pack().orElseThrow().name()),
                        format.money(p.price()), format.date(scenario.visits().get(p.first()).session().date()),
                        sessions(p.first() + 1, p.last() + 1))
                        + (unused ? unused(plan, scenario, p) : ""));
            }
        }
        if (!singles.isEmpty()) {
            lines.add(texts.get("purchase.singles", singles.size(), format.money(scenario.sessionPrice()),
                    runs(singles)));
        }
        return lines;
    }

    /**
     * Sessions of a package left at the period's end: still valid after it, unless the package
     * expires inside the period (then they are lost). A package is valid strictly before its first
     * use plus its months, as the solver counts.
     */
    private String unused(Plan plan, ScenarioPlan scenario, Purchase p) {
        if (p.unused() == 0) {
            return "";
        }
        var valid = p.pack().orElseThrow().validMonths();
        if (valid.isEmpty()) {
            return texts.get("purchase.unused.noExpiry", p.unused());
        }
        LocalDate lastDay = scenario.visits().get(p.first()).session().date().plusMonths(valid.getAsInt())
                .minusDays(1);
        return texts.get(lastDay.isAfter(plan.horizon().lastDay()) ? "purchase.unused.valid" : "purchase.unused",
                p.unused(), format.date(lastDay));
    }

    /** "session 3" or "sessions 3–7". */
    private String sessions(int from, int to) {
        return from == to ? texts.get("purchase.session", from) : texts.get("purchase.sessions", texts.get("format.range", from, to));
    }

    /** Session numbers in runs: "sessions 1–2, 6". */
    private String runs(List<Integer> numbers) {
        List<String> parts = new ArrayList<>();
        int start = numbers.get(0);
        int previous = start;
        for (int i = 1; i <= numbers.size(); i++) {
            if (i < numbers.size() && numbers.get(i) == previous + 1) {
                previous = numbers.get(i);
                continue;
            }
            parts.add(start == previous ? String.valueOf(start) : texts.get("format.range", start, previous));
            if (i < numbers.size()) {
                start = numbers.get(i);
                previous = start;
            }
        }
        return numbers.size() == 1 ? texts.get("purchase.session", parts.get(0))
                : texts.get("purchase.sessions", String.join(", ", parts));
    }

    private static MonetaryAmount money(Plan plan, long minor) {
        return Amounts.of(BigDecimal.valueOf(minor, Amounts.minorDigits(plan.currency())), plan.currency());
    }

    private String item(ScenarioPlan scenario, String id, LineItem.Kind kind) {
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
            Budget.Reach reach = budget.scenario(s);
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
                lines.addAll(purchaseLines(plan, scenario, reach.purchases(), false));
                lines.add(reach.asPlanned() == 0
                        ? texts.get("budget.asPlanned.none", format.money(reach.missing()))
                        : texts.get("budget.asPlanned", reach.asPlanned(),
                                format.date(scenario.visits().get(reach.asPlanned() - 1).session().date()),
                                format.money(reach.missing())));
            }
            String name = "  " + DisplayWidth.padRight(texts.get("scenario." + s.id()), names + 2);
            String indent = " ".repeat(DisplayWidth.of(name));
            for (int i = 0; i < lines.size(); i++) {
                Layout.wrap(width, i == 0 ? name : indent, lines.get(i), out);
            }
        }
        // What low and high mean is said once, under what the scenarios assume.
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
    private String initialPhase(ScheduleParameters p) {
        return p.initialSessions() == 1
                ? texts.get("phrase.initial.one")
                : texts.get("phrase.initial.many", p.initialSessions(),
                        texts.get("phrase.weeks", p.initialIntervalWeeks()));
    }

    /** "every 3 months" (phrase.maintenance). */
    private String maintenance(ScheduleParameters p) {
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
    private String label(Wording text) {
        String label = safe(text.in(language));
        return ascii ? Texts.ascii(label, language) : label;
    }

    /** What stands in a cell for nothing: a dash. */
    private String dash() {
        return ascii ? "-" : "\u2014";
    }

    /** Before a converted amount: approximately. */
    private String approximately() {
        return ascii ? "~ " : "\u2248 ";
    }

    private static String safe(String text) {
        return SafeText.forPeople(text);
    }
}
