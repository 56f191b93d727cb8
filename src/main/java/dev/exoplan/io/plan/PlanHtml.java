package dev.exoplan.io.plan;

import dev.exoplan.core.cost.Budget;
import dev.exoplan.core.cost.Caveat;
import dev.exoplan.core.cost.LineItem;
import dev.exoplan.core.cost.Plan;
import dev.exoplan.core.cost.Scenario;
import dev.exoplan.core.cost.ScenarioPlan;
import dev.exoplan.core.cost.Visit;
import dev.exoplan.core.course.Coverage;
import dev.exoplan.core.course.PackageRisk;
import dev.exoplan.core.course.Purchase;
import dev.exoplan.core.course.Stop;
import dev.exoplan.core.finance.Instalments;
import dev.exoplan.core.money.FixedRateProvider;
import dev.exoplan.core.schedule.Phase;
import dev.exoplan.core.schedule.Schedule;
import dev.exoplan.core.schedule.ScheduleParameters;
import dev.exoplan.core.sheet.Disclosure;
import dev.exoplan.core.sheet.Fee.Charge;
import dev.exoplan.core.sheet.Fee;
import dev.exoplan.core.text.Language;
import dev.exoplan.io.Renderer;
import dev.exoplan.io.html.Html;
import dev.exoplan.io.html.Page;
import dev.exoplan.io.text.Layout;
import dev.exoplan.io.text.PeopleFormat;
import dev.exoplan.io.text.Texts;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.money.MonetaryAmount;

/**
 * A plan as one self-contained HTML page for a patient to keep, print and take to the counselling:
 * everything {@link PlanText} says, organised for the eye — the facts, the totals first, a chart of the
 * cumulative cost with the same figures as a table, the dated schedule, what to buy, each package's
 * refunds, the budget, what the scenarios assume, questions to ask the clinic, and the caveats. The
 * sentences are the bundles' and {@link PlanText}'s; every text reaches the page through
 * {@link Html}, which escapes it ({@code SafeText.html}). No script, nothing loaded.
 */
public final class PlanHtml implements Renderer<PlanReport> {

    private final Language language;
    private final Texts texts;
    private final PeopleFormat format;
    /** The sentences the text plan makes, said the same way here. */
    private final PlanText words;

    public PlanHtml(Language language) {
        this.language = language;
        this.texts = new Texts(language);
        this.format = new PeopleFormat(language);
        this.words = new PlanText(language, false, Layout.DEFAULT_WIDTH);
    }

    @Override
    public String render(PlanReport report) {
        Plan plan = report.plan();
        StringBuilder out = new StringBuilder(32_768);
        Html html = Page.start(out, language, texts.get("title") + texts.get("html.title.separator")
                + words.label(plan.clinic().name()));
        header(plan, html);
        totals(plan, report.rate(), html);
        new PlanFigure(texts, format, html).draw(plan, report.instalments());
        schedule(plan, html);
        if (plan.hasPurchases()) {
            purchases(plan, html);
        }
        if (plan.buysPackages()) {
            stops(plan, html);
        }
        report.instalments().ifPresent(i -> instalments(plan, i, html));
        report.budget().ifPresent(b -> budget(plan, b, html));
        assumptions(plan, html);
        questions(plan, html);
        if (report.caveats()) {
            caveats(plan, html);
        }
        Page.end(html);
        return out.toString();
    }

    private void header(Plan plan, Html html) {
        html.open("header").newline();
        html.element("h1", texts.get("title")).newline();
        html.open("dl", "class", "facts").newline();
        fact(html, texts.get("header.goal"), words.label(plan.goal().label()) + " (" + plan.goal().id() + ")");
        fact(html, texts.get("header.method"), words.label(plan.method().label()) + " (" + plan.method().id() + ")");
        fact(html, texts.get("header.clinic"), words.label(plan.clinic().name()) + " (" + plan.clinic().id() + ")");
        plan.variant().ifPresent(v -> fact(html, texts.get("header.variant"), words.label(v.label()) + " ("
                + v.id() + ")"));
        fact(html, texts.get("header.exosome"), words.disclosure(plan.clinic().disclosure()));
        fact(html, texts.get("header.period"), texts.get("period", format.date(plan.horizon().start()),
                format.date(plan.horizon().lastDay()), plan.horizon().months()));
        plan.notice().ifPresent(n -> fact(html, texts.get("header.notice"), words.label(n)));
        html.closeLine(); // dl
        html.closeLine(); // header
    }

    private static void fact(Html html, String name, String value) {
        html.element("dt", name).element("dd", value).newline();
    }

    /** The totals first: a sentence with the typical total and its range, then the itemised table. */
    private void totals(Plan plan, Optional<FixedRateProvider> rate, Html html) {
        html.open("section").newline();
        html.element("h2", texts.get("html.plan.totals")).newline();
        html.element("p", texts.get("html.plan.lead", plan.horizon().months(),
                format.money(plan.scenario(Scenario.TYPICAL).receipt().total()),
                format.money(plan.scenario(Scenario.LOW).receipt().total()),
                format.money(plan.scenario(Scenario.HIGH).receipt().total())), "class", "lead").newline();
        Page.table(html, texts.get("html.plan.totals")).newline();
        html.open("thead").open("tr").element("th", texts.get("cost.title", plan.horizon().months()), "scope", "col");
        for (Scenario s : Scenario.values()) {
            html.element("th", texts.get("scenario." + s.id()), "scope", "col", "class", "num");
        }
        html.close().close().newline();
        html.open("tbody").newline();
        row(html, texts.get("row.sessions"), s -> String.valueOf(plan.scenario(s).sessions()), plan, null);
        row(html, texts.get("row.sessionPrice"), s -> format.money(plan.scenario(s).sessionPrice()), plan, null);
        row(html, texts.get("row.sessionsAmount", words.label(plan.method().label())),
                s -> words.item(plan.scenario(s), plan.method().id(), LineItem.Kind.SESSION), plan, null);
        if (PlanText.bought(plan, LineItem.Kind.FIRST_VISIT)) {
            row(html, texts.get("row.firstVisit"),
                    s -> words.item(plan.scenario(s), plan.method().id(), LineItem.Kind.FIRST_VISIT), plan, null);
        }
        if (PlanText.bought(plan, LineItem.Kind.PACKAGE)) {
            row(html, texts.get("row.packages"), s -> words.course.packages(plan.scenario(s)), plan, null);
        }
        for (Fee fee : plan.clinic().fees()) {
            if (!fee.appliesTo(plan.method().id())) {
                continue;
            }
            String name = fee.amount().isZero()
                    ? fee.optional() ? texts.get("row.fee", words.label(fee.label()), texts.get("row.fee.optionalOnly"))
                            : words.label(fee.label())
                    : texts.get("row.fee", words.label(fee.label()), texts.get(fee.per() == Charge.ONCE
                            ? "row.fee.once" : "row.fee.visit", format.money(fee.amount()))
                            + (fee.optional() ? texts.get("row.fee.optional") : ""));
            row(html, name, s -> words.item(plan.scenario(s), fee.id(), LineItem.Kind.FEE), plan, null);
        }
        String percent = plan.tax().percent().toPlainString();
        if (plan.tax().included()) {
            row(html, texts.get("row.total"), s -> format.money(plan.scenario(s).receipt().total()), plan, "total");
            row(html, texts.get("row.taxIncluded", percent), s -> format.money(plan.scenario(s).receipt().tax()),
                    plan, null);
        } else {
            row(html, texts.get("row.subtotal"), s -> format.money(plan.scenario(s).receipt().subtotal()), plan,
                    null);
            row(html, texts.get("row.taxAdded", percent), s -> format.money(plan.scenario(s).receipt().tax()), plan,
                    null);
            row(html, texts.get("row.total"), s -> format.money(plan.scenario(s).receipt().total()), plan, "total");
        }
        row(html, texts.get("row.monthly"), s -> format.money(plan.scenario(s).monthlyAverage()), plan, null);
        rate.ifPresent(r -> {
            String code = r.term().getCurrencyCode();
            row(html, texts.get("row.converted.total", code),
                    s -> words.approximately() + format.money(r.convert(plan.scenario(s).receipt().total())), plan,
                    null);
            row(html, texts.get("row.converted.monthly", code),
                    s -> words.approximately() + format.money(r.convert(plan.scenario(s).monthlyAverage())), plan,
                    null);
        });
        if (PlanText.sellsPackages(plan)) {
            row(html, texts.get("row.saving"), s -> plan.scenario(s).solution()
                    .map(x -> format.money(PlanText.money(plan, x.saving()))).orElse(words.dash()), plan, null);
        }
        html.close().newline(); // tbody
        html.close().close().newline(); // table, div
        html.element("p", texts.get(plan.tax().included() ? "cost.note.included" : "cost.note.excluded",
                texts.get("rounding." + plan.tax().rounding().id()))).newline();
        rate.ifPresent(r -> html.element("p", texts.get("converted.note", r.base().getCurrencyCode(),
                r.factor().toPlainString(), r.term().getCurrencyCode())).newline());
        html.element("p", period(plan)).newline();
        html.closeLine(); // section
    }

    private void row(Html html, String label, Function<Scenario, String> cell, Plan plan, String cssClass) {
        html.open("tr", "class", cssClass).element("th", label.strip(), "scope", "row");
        for (Scenario s : Scenario.values()) {
            html.element("td", cell.apply(s), "class", "num");
        }
        html.close().newline();
    }

    /** What the total leaves out, as {@link PlanText} says it. */
    private String period(Plan plan) {
        ScenarioPlan typical = plan.scenario(Scenario.TYPICAL);
        Schedule schedule = typical.schedule();
        ScheduleParameters p = schedule.parameters();
        int months = plan.horizon().months();
        MonetaryAmount session = plan.tax().receipt(typical.sessionPrice()).total();
        String yearly = format.money(PlanText.yearly(session, p.maintenanceIntervalMonths()));
        return schedule.initialPhaseCut()
                ? texts.get("cost.period.cut", months, words.maintenance(p), format.money(session), yearly,
                        p.initialSessions() - schedule.initialCount(), p.initialSessions())
                : texts.get("cost.period", months, words.maintenance(p), format.money(session), yearly);
    }

    /** The typical scenario's dated visits, each with its amount, and the cooling-off deadlines among them. */
    private void schedule(Plan plan, Html html) {
        ScenarioPlan typical = plan.scenario(Scenario.TYPICAL);
        Schedule schedule = typical.schedule();
        ScheduleParameters p = schedule.parameters();
        boolean buys = typical.solution().isPresent();
        html.open("section").newline();
        html.element("h2", texts.get("schedule.title", words.initialPhase(p), words.maintenance(p))).newline();
        Page.table(html, texts.get("html.schedule.caption")).newline();
        html.open("thead").open("tr");
        html.element("th", texts.get("html.schedule.number"), "scope", "col", "class", "num");
        html.element("th", texts.get("html.schedule.date"), "scope", "col");
        html.element("th", texts.get("html.schedule.session"), "scope", "col");
        html.element("th", texts.get("html.schedule.amount"), "scope", "col", "class", "num");
        if (buys) {
            html.element("th", texts.get("html.schedule.bought"), "scope", "col");
        }
        html.close().close().newline();
        html.open("tbody").newline();
        List<PackageRisk> deadlines = typical.prepayment().map(pre -> pre.packages()).orElse(List.of());
        int next = 0;
        for (Visit visit : typical.visits()) {
            while (next < deadlines.size() && deadlines.get(next).coolingOffUntil().isBefore(visit.session().date())) {
                coolingOff(html, deadlines.get(next++), buys);
            }
            String phase = visit.session().phase() == Phase.INITIAL
                    ? texts.get("schedule.initial", visit.session().inPhase(), p.initialSessions())
                    : texts.get("schedule.maintenance", visit.session().inPhase());
            html.open("tr").element("th", String.valueOf(visit.session().number()), "scope", "row", "class", "num")
                    .element("td", format.date(visit.session().date())).element("td", phase)
                    .element("td", format.money(visit.receipt().total()), "class", "num");
            if (buys) {
                html.element("td", words.course.bought(typical, visit.session().number() - 1));
            }
            html.close().newline();
        }
        while (next < deadlines.size()) {
            coolingOff(html, deadlines.get(next++), buys);
        }
        html.close().newline(); // tbody
        html.close().close().newline(); // table, div
        if (schedule.initialPhaseCut()) {
            html.element("p", texts.get("schedule.cut", schedule.initialCount(), p.initialSessions())).newline();
        }
        html.element("p", texts.get("schedule.perVisit")).newline();
        html.element("p", texts.get("schedule.nominal")).newline();
        if (!plan.clinic().closed().isEmpty()) {
            String days = plan.clinic().closed().stream()
                    .map(d -> d.getDisplayName(TextStyle.FULL, language.locale()))
                    .collect(Collectors.joining(texts.get("list.separator")));
            html.element("p", texts.get("schedule.closed", days)).newline();
        }
        html.closeLine(); // section
    }

    /** A cooling-off deadline as a row of the schedule: no session number, its date, what it is. */
    private void coolingOff(Html html, PackageRisk risk, boolean buys) {
        html.open("tr", "class", "note").element("td", "").element("td", format.date(risk.coolingOffUntil()))
                .element("td", texts.get("schedule.coolingOff"), "colspan", buys ? "3" : "2").close().newline();
    }

    /** Per scenario, what is bought when, and what it saves against single sessions. */
    private void purchases(Plan plan, Html html) {
        boolean packages = PlanText.sellsPackages(plan);
        html.open("section").newline();
        html.element("h2", texts.get(packages ? "purchase.title" : "purchase.title.singles")).newline();
        html.open("dl", "class", "facts").newline();
        for (Scenario s : Scenario.values()) {
            ScenarioPlan scenario = plan.scenario(s);
            html.element("dt", texts.get("scenario." + s.id()));
            html.open("dd");
            List<String> lines = new ArrayList<>();
            if (scenario.solution().isEmpty()) {
                lines.add(texts.get("purchase.singles", scenario.sessions(), format.money(scenario.sessionPrice()),
                        scenario.sessions() == 1 ? texts.get("purchase.session", 1)
                                : texts.get("purchase.sessions", texts.get("format.range", 1, scenario.sessions()))));
            } else {
                var solution = scenario.solution().get();
                lines.addAll(words.course.purchaseLines(plan, scenario, solution.purchases(), true));
                if (packages) {
                    lines.add(solution.saving() > 0
                            ? texts.get("purchase.saving", format.money(PlanText.money(plan, solution.saving())),
                                    format.money(PlanText.money(plan, solution.singlesTotal())))
                            : texts.get("purchase.noSaving", format.money(PlanText.money(plan,
                                    solution.singlesTotal()))));
                }
            }
            paragraphs(html, lines);
            html.close().newline();
        }
        html.closeLine(); // dl
        html.closeLine(); // section
    }

    private static void paragraphs(Html html, List<String> lines) {
        if (lines.size() == 1) {
            html.text(lines.get(0));
            return;
        }
        for (String line : lines) {
            html.element("p", line);
        }
    }

    /**
     * For every package a scenario buys, as {@link PlanText} says it: whether the law may apply, the
     * purchases with their cooling-off, what stopping after each session returns (one table per distinct
     * package), when it pays off, and per scenario the most prepaid and not yet used.
     */
    private void stops(Plan plan, Html html) {
        html.open("section", "class", "page").newline();
        html.element("h2", texts.get("stop.title")).newline();
        PlanCourseText.Bought grouped = words.course.bought(plan);
        Map<List<Object>, List<String>> names = grouped.names();
        Map<List<Object>, Object[]> what = grouped.what();
        Map<List<Object>, List<List<Object>>> packages = grouped.packages();
        List<PackageRisk> all = grouped.all();
        boolean oneCoverage = all.stream().map(PackageRisk::coverage).distinct().count() == 1;
        if (oneCoverage) {
            coverage(all.get(0), html);
        }
        packages.values().forEach(purchases -> {
            PackageRisk first = (PackageRisk) what.get(purchases.get(0))[2];
            Purchase bought = (Purchase) what.get(purchases.get(0))[0];
            html.element("h3", texts.get("stop.package", words.label(bought.pack().orElseThrow().name()),
                    format.money(PlanText.money(plan, first.paid())))).newline();
            if (!oneCoverage) {
                coverage(first, html);
            }
            Map<String, List<String>> breakEvens = new LinkedHashMap<>();
            html.open("ul").newline();
            for (List<Object> key : purchases) {
                Purchase p = (Purchase) what.get(key)[0];
                ScenarioPlan scenario = (ScenarioPlan) what.get(key)[1];
                PackageRisk risk = (PackageRisk) what.get(key)[2];
                String who = String.join(texts.get("list.separator"), names.get(key));
                LocalDate date = scenario.visits().get(p.first()).session().date();
                html.element("li", risk.contractDate().equals(date)
                        ? texts.get("stop.bought", who, format.date(date), format.date(risk.coolingOffUntil()))
                        : texts.get("stop.bought.contract", who, format.date(date),
                                format.date(risk.coolingOffUntil()), format.date(risk.contractDate()))).newline();
                List<String> those = breakEvens.computeIfAbsent(words.course.breakEven(risk), k -> new ArrayList<>());
                names.get(key).stream().filter(n -> !those.contains(n)).forEach(those::add);
            }
            html.closeLine(); // ul
            refunds(plan, first, html);
            breakEvens.forEach((sentence, who) -> html.element("p", breakEvens.size() == 1 ? sentence
                    : texts.get("stop.breakEven.scenario", String.join(texts.get("list.separator"), who), sentence))
                    .newline());
        });
        if (all.stream().anyMatch(r -> r.coverage().lawShown() && !r.ifStopped().isEmpty())) {
            html.element("p", texts.get("stop.note.law")).newline();
        }
        html.element("h3", texts.get("stop.atRisk.title")).newline();
        html.open("dl", "class", "facts").newline();
        for (Scenario s : Scenario.values()) {
            plan.scenario(s).prepayment().ifPresent(pre -> fact(html, texts.get("scenario." + s.id()),
                    texts.get("stop.atRisk", format.money(PlanText.money(plan, pre.atRisk().amount())),
                            format.date(pre.atRisk().date()))));
        }
        html.closeLine(); // dl
        html.closeLine(); // section
    }

    private void coverage(PackageRisk risk, Html html) {
        html.element("p", texts.get("stop.coverage." + risk.coverage().id())).newline();
        html.element("p", texts.get(risk.coverage() == Coverage.COVERED ? "stop.coolingOff.covered"
                : "stop.coolingOff.may")).newline();
    }

    /** What stopping after each session returns, as a table with header cells. */
    private void refunds(Plan plan, PackageRisk risk, Html html) {
        if (risk.ifStopped().isEmpty()) {
            html.element("p", texts.get("stop.none")).newline();
            return;
        }
        Page.table(html, texts.get("html.refunds.caption")).newline();
        html.open("thead").open("tr").element("th", texts.get("stop.table.used"), "scope", "col", "class", "num")
                .element("th", texts.get("stop.table.fee"), "scope", "col", "class", "num")
                .element("th", texts.get("stop.table.refund"), "scope", "col", "class", "num").close().close()
                .newline();
        html.open("tbody").newline();
        for (Stop stop : risk.ifStopped()) {
            boolean clinic = stop.basis() == Stop.Basis.CLINIC && risk.coverage().lawShown();
            html.open("tr").element("th", String.valueOf(stop.sessionsUsed()), "scope", "row", "class", "num")
                    .element("td", format.money(PlanText.money(plan, stop.fee())), "class", "num")
                    .element("td", format.money(PlanText.money(plan, stop.refund()))
                            + (clinic ? texts.get("stop.byClinic") : ""), "class", "num")
                    .close().newline();
        }
        html.close().newline(); // tbody
        html.close().close().newline(); // table, div
        if (!risk.coverage().lawShown()) {
            html.element("p", texts.get("stop.note.clinicOnly")).newline();
        } else if (risk.anyByClinic()) {
            html.element("p", texts.get("stop.note.clinic")).newline();
        }
    }

    /**
     * The packages bought on instalments ({@code --pay-in}), beside the refunds, as {@link InstalmentsText}
     * says them: the plan and its fee, each financed package with its payments and what the law gives, the
     * totals with the fees, what leaves the account month by month, and what stopping does to the loan.
     */
    private void instalments(Plan plan, Instalments instalments, Html html) {
        InstalmentsText said = new InstalmentsText(texts, format, Layout.DEFAULT_WIDTH, words::label, words.dash());
        html.open("section", "class", "page").newline();
        html.element("h2", said.title(plan, instalments)).newline();
        html.element("p", said.terms(instalments)).newline();
        for (InstalmentsText.Bought bought : said.purchases(plan, instalments)) {
            html.element("h3", bought.heading()).newline();
            html.open("ul").newline();
            bought.lines().forEach(line -> html.element("li", line).newline());
            html.closeLine(); // ul
        }
        List<String[]> totals = said.totals(plan, instalments);
        Page.table(html, totals.get(0)[0]).newline();
        html.open("thead").open("tr").element("th", totals.get(0)[0], "scope", "col");
        for (int c = 1; c < totals.get(0).length; c++) {
            html.element("th", totals.get(0)[c], "scope", "col", "class", "num");
        }
        html.close().close().newline();
        html.open("tbody").newline();
        for (String[] row : totals.subList(1, totals.size())) {
            html.open("tr").element("th", row[0], "scope", "row");
            for (int c = 1; c < row.length; c++) {
                html.element("td", row[c], "class", "num");
            }
            html.close().newline();
        }
        html.close().newline(); // tbody
        html.close().close().newline(); // table, div
        Scenario shown = InstalmentsText.shown(instalments);
        String title = said.monthlyTitle(shown);
        html.element("p", title).newline();
        Page.table(html, title).newline();
        html.open("thead").open("tr").element("th", texts.get("html.financing.month"), "scope", "col")
                .element("th", texts.get("html.financing.paid"), "scope", "col", "class", "num").close().close()
                .newline();
        html.open("tbody").newline();
        for (String[] row : said.monthly(plan, instalments.monthly(plan, shown))) {
            html.open("tr").element("th", row[0], "scope", "row").element("td", row[1], "class", "num").close()
                    .newline();
        }
        html.close().newline(); // tbody
        html.close().close().newline(); // table, div
        said.notes().forEach(note -> html.element("p", note).newline());
        html.closeLine(); // section
    }

    private void budget(Plan plan, Budget budget, Html html) {
        html.open("section").newline();
        html.element("h2", texts.get("budget.title", format.money(budget.amount()))).newline();
        html.open("dl", "class", "facts").newline();
        for (Scenario s : Scenario.values()) {
            List<String> lines = words.budgetLines(plan, s, budget.scenario(s));
            html.element("dt", texts.get("scenario." + s.id()));
            html.open("dd");
            paragraphs(html, lines);
            html.close().newline();
        }
        html.closeLine(); // dl
        html.closeLine(); // section
    }

    private void assumptions(Plan plan, Html html) {
        html.open("section").newline();
        html.element("h2", texts.get("assume.title")).newline();
        List<String> optional = plan.optionalFees().stream().map(f -> words.label(f.label())).toList();
        html.open("dl", "class", "facts").newline();
        for (Scenario s : Scenario.values()) {
            ScheduleParameters p = plan.scenario(s).schedule().parameters();
            String extras = optional.isEmpty()
                    ? ""
                    : texts.get("assume.separator") + (s.includesOptionalFees()
                            ? texts.get("assume.optional.in", String.join(texts.get("list.separator"), optional))
                            : texts.get("assume.optional.out"));
            String variant = plan.variant().isEmpty() ? plan.scenario(s).variant()
                    .map(v -> texts.get("assume.separator") + texts.get("assume.variant", words.label(v.label())))
                    .orElse("") : "";
            fact(html, texts.get("scenario." + s.id()), texts.get("assume.line", words.initialPhase(p),
                    words.maintenance(p), texts.get(plan.variant().isPresent() ? "assume.price.variant"
                            : "assume.price." + s.id())) + variant + extras);
        }
        html.closeLine(); // dl
        html.element("p", texts.get("assume.bounds")).newline();
        plan.goal().onsetWeeks().ifPresent(onset -> html.element("p", texts.get("onset", onset.min(), onset.max()))
                .newline());
        html.closeLine(); // section
    }

    /**
     * Questions to ask at the counselling: first about what the sheet does not state for this clinic
     * (the exosome's source, dose, manufacturer and quality control; for a package, its cancellation
     * terms and whether the law on course contracts applies), then the source article's advice on choosing
     * a clinic. Each is a question from the bundles, never a claim about the treatment.
     */
    private void questions(Plan plan, Html html) {
        html.open("section", "class", "page").newline();
        html.element("h2", texts.get("html.questions.title")).newline();
        html.element("p", texts.get("html.questions.lead")).newline();
        html.open("ol").newline();
        for (String key : questionKeys(plan)) {
            html.element("li", texts.get(key)).newline();
        }
        html.closeLine(); // ol
        html.closeLine(); // section
    }

    /** The keys of the questions this plan calls for, in the order they are asked. */
    static List<String> questionKeys(Plan plan) {
        List<String> keys = new ArrayList<>();
        Disclosure d = plan.clinic().disclosure();
        if (d.source().isEmpty()) {
            keys.add("html.question.source");
        }
        if (d.dose().isEmpty()) {
            keys.add("html.question.dose");
        }
        if (d.manufacturer().isEmpty()) {
            keys.add("html.question.manufacturer");
        }
        if (d.qualityControl().isEmpty()) {
            keys.add("html.question.qualityControl");
        }
        List<PackageRisk> risks = new ArrayList<>();
        for (Scenario s : Scenario.values()) {
            plan.scenario(s).prepayment().ifPresent(pre -> risks.addAll(pre.packages()));
        }
        boolean packageOfMethod = plan.clinic().packages().stream()
                .anyMatch(p -> p.method().equals(plan.method().id()));
        boolean termsMissing = plan.clinic().packages().stream()
                .filter(p -> p.method().equals(plan.method().id()))
                .anyMatch(p -> plan.clinic().cancellation(p).isEmpty());
        if (termsMissing) {
            keys.add("html.question.cancellation");
        }
        if (packageOfMethod && risks.stream().anyMatch(r -> r.coverage() == Coverage.MAY_BE_COVERED)) {
            keys.add("html.question.law");
        }
        if (!plan.optionalFees().isEmpty()) {
            keys.add("html.question.optionalFees");
        }
        keys.addAll(List.of("html.question.extraCosts", "html.question.suited", "html.question.risks",
                "html.question.doctor", "html.question.schedule", "html.question.writtenQuote"));
        return keys;
    }

    private void caveats(Plan plan, Html html) {
        html.open("section").newline();
        html.element("h2", texts.get("caveats.title")).newline();
        html.open("ul").newline();
        for (Caveat caveat : plan.caveats()) {
            html.element("li", texts.get("caveat." + caveat.id())).newline();
        }
        html.closeLine(); // ul
        html.element("p", texts.get("disclaimer")).newline();
        html.closeLine(); // section
    }
}
