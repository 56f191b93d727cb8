package dev.exoplan.io.plan;

import dev.exoplan.core.cost.LineItem;
import dev.exoplan.core.cost.Plan;
import dev.exoplan.core.cost.Scenario;
import dev.exoplan.core.cost.ScenarioPlan;
import dev.exoplan.core.course.Coverage;
import dev.exoplan.core.course.PackageRisk;
import dev.exoplan.core.course.PackageSolver;
import dev.exoplan.core.course.Purchase;
import dev.exoplan.core.course.Stop;
import dev.exoplan.core.money.Amounts;
import dev.exoplan.io.text.DisplayWidth;
import dev.exoplan.io.text.Layout;
import dev.exoplan.io.text.PeopleFormat;
import dev.exoplan.io.text.Texts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.money.MonetaryAmount;

/**
 * What a plan's text says about prepaid packages: what to buy in each scenario (the cheapest mix of
 * packages and single sessions), and, for every package bought, whether the course law may apply,
 * what stopping after each session returns, when it pays off and what is at risk. Part of
 * {@link PlanText}, in its language and width; {@link PlanHtml} asks it for the same sentences.
 */
final class PlanCourseText {

    private final PlanText words;
    private final Texts texts;
    private final PeopleFormat format;
    private final int width;

    PlanCourseText(PlanText words) {
        this.words = words;
        this.texts = words.texts;
        this.format = words.format;
        this.width = words.width;
    }

    /**
     * The packages a plan buys, grouped as the text and the page say them: each purchase (package,
     * dates and figures) with the scenarios that make it ({@code names}) and what it is ({@code what}:
     * the purchase, its scenario and its risk); each distinct package (package, price, terms) with its
     * purchases; and every purchase's risk.
     */
    record Bought(Map<List<Object>, List<String>> names, Map<List<Object>, Object[]> what,
            Map<List<Object>, List<List<Object>>> packages, List<PackageRisk> all) {
    }

    Bought bought(Plan plan) {
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
        return new Bought(names, what, packages, all);
    }

    /**
     * For every package a scenario buys: whether the law may apply, what stopping after each session
     * returns, and when the package pays off; then, per scenario, the most prepaid and not yet used.
     * Each thing is said once: a distinct package (same package, price and terms) has one block with
     * its refund table, listing every purchase of it with its own dates (a purchase alike in several
     * scenarios once, with their names), and each distinct break-even sentence once.
     */
    void stops(Plan plan, StringBuilder out) {
        out.append('\n');
        Layout.wrap(width, "", texts.get("stop.title"), out);
        Bought grouped = bought(plan);
        Map<List<Object>, List<String>> names = grouped.names();
        Map<List<Object>, Object[]> what = grouped.what();
        Map<List<Object>, List<List<Object>>> packages = grouped.packages();
        List<PackageRisk> all = grouped.all();
        boolean oneCoverage = all.stream().map(PackageRisk::coverage).distinct().count() == 1;
        if (oneCoverage) {
            coverage(all.get(0), "  ", out);
        }
        packages.values().forEach(purchases -> {
            PackageRisk first = (PackageRisk) what.get(purchases.get(0))[2];
            Purchase bought = (Purchase) what.get(purchases.get(0))[0];
            out.append('\n');
            Layout.wrap(width, "  ", texts.get("stop.package", words.label(bought.pack().orElseThrow().name()),
                    format.money(PlanText.money(plan, first.paid()))), out);
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
                    texts.get("stop.atRisk", format.money(PlanText.money(plan, pre.atRisk().amount())),
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
            rows.add(new String[] {String.valueOf(stop.sessionsUsed()), format.money(PlanText.money(plan, stop.fee())),
                format.money(PlanText.money(plan, stop.refund())) + (clinic ? texts.get("stop.byClinic") : "")});
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

    /** The sum of a scenario's packages, or a dash when it buys none. */
    String packages(ScenarioPlan scenario) {
        List<MonetaryAmount> amounts = scenario.items().stream().filter(i -> i.kind() == LineItem.Kind.PACKAGE)
                .map(LineItem::amount).toList();
        return amounts.isEmpty() ? words.dash() : format.money(Amounts.sum(amounts, scenario.sessionPrice().getCurrency()));
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
                    ? texts.get("schedule.buy.package", words.label(p.pack().orElseThrow().name()))
                    : texts.get("schedule.use.package", words.label(p.pack().orElseThrow().name()), index - p.first() + 1,
                            p.pack().orElseThrow().sessions());
        };
    }

    /** Per scenario, what is bought when, and what it saves against single sessions. */
    void purchases(Plan plan, StringBuilder out) {
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
                if (PlanText.sellsPackages(plan)) {
                    lines.add(solution.saving() > 0
                        ? texts.get("purchase.saving", format.money(PlanText.money(plan, solution.saving())),
                                format.money(PlanText.money(plan, solution.singlesTotal())))
                            : texts.get("purchase.noSaving", format.money(PlanText.money(plan, solution.singlesTotal()))));
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
    List<String> purchaseLines(Plan plan, ScenarioPlan scenario, List<Purchase> purchases, boolean unused) {
        List<String> lines = new ArrayList<>();
        List<Integer> singles = new ArrayList<>();
        for (Purchase p : purchases) {
            switch (p.kind()) {
                case SINGLE -> singles.add(p.first() + 1);
                case FIRST_VISIT -> lines.add(texts.get("purchase.firstVisit", format.money(p.price())));
                case PACKAGE -> lines.add(texts.get("purchase.package", words.label(p.pack().orElseThrow().name()),
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
    String unused(Plan plan, ScenarioPlan scenario, Purchase p) {
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
}
