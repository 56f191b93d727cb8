package dev.exoplan.core.finance;

import dev.exoplan.core.cost.Plan;
import dev.exoplan.core.cost.Scenario;
import dev.exoplan.core.cost.ScenarioPlan;
import dev.exoplan.core.cost.Visit;
import dev.exoplan.core.course.PackageRisk;
import dev.exoplan.core.course.Purchase;
import dev.exoplan.core.finance.CreditTerms;
import dev.exoplan.core.finance.Loan;
import dev.exoplan.core.finance.Loans;
import dev.exoplan.core.finance.Payment;
import dev.exoplan.core.money.Amounts;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A plan's packages bought on instalments under one credit plan (a clinic's, or the patient's own card):
 * per scenario, each package's loan on its price, tax included, from the day it is bought; what the fees
 * add; and what leaves the patient's account month by month. Pure: the arithmetic is {@link Loans}'.
 *
 * @param plan  the id of the clinic's credit plan; empty for the patient's own card ({@code --apr})
 * @param terms the terms every package is bought on
 */
public record Instalments(Optional<String> plan, CreditTerms terms, Map<Scenario, List<Financed>> scenarios) {

    /**
     * One package bought on credit.
     *
     * @param purchase its index among the scenario's purchases
     * @param date     the day it is bought (the visit it is first used at)
     */
    public record Financed(int purchase, LocalDate date, Loan loan) {

        public Financed {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(loan, "loan");
        }
    }

    public Instalments {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(terms, "terms");
        Map<Scenario, List<Financed>> copied = new EnumMap<>(Scenario.class);
        scenarios.forEach((s, list) -> copied.put(s, List.copyOf(list)));
        if (copied.size() != Scenario.values().length) {
            throw new IllegalArgumentException("instalments for every scenario");
        }
        scenarios = Collections.unmodifiableMap(copied);
    }

    /** Every package {@code plan} buys, in every scenario, on {@code terms}. */
    public static Instalments of(Plan plan, Optional<String> planId, CreditTerms terms) {
        Map<Scenario, List<Financed>> scenarios = new EnumMap<>(Scenario.class);
        for (Scenario s : Scenario.values()) {
            ScenarioPlan scenario = plan.scenario(s);
            List<Financed> financed = new ArrayList<>();
            if (scenario.prepayment().isPresent()) {
                for (PackageRisk risk : scenario.prepayment().get().packages()) {
                    Purchase p = scenario.solution().orElseThrow().purchases().get(risk.purchase());
                    LocalDate date = scenario.visits().get(p.first()).session().date();
                    financed.add(new Financed(risk.purchase(), date,
                            Loans.of(terms, risk.paid(), date, plan.currency())));
                }
            }
            scenarios.put(s, financed);
        }
        return new Instalments(planId, terms, scenarios);
    }

    public List<Financed> scenario(Scenario scenario) {
        return scenarios.get(scenario);
    }

    /** The loan on purchase {@code purchase} of {@code scenario}, if it is financed. */
    public Optional<Loan> loan(Scenario scenario, int purchase) {
        return scenario(scenario).stream().filter(f -> f.purchase() == purchase).map(Financed::loan).findFirst();
    }

    /** Whether any scenario buys a package to finance. */
    public boolean any() {
        return scenarios.values().stream().anyMatch(list -> !list.isEmpty());
    }

    /** The smallest price financed in any scenario, in minor units; empty when none is. */
    public Optional<Long> smallest() {
        return scenarios.values().stream().flatMap(List::stream).map(f -> f.loan().price()).min(Long::compare);
    }

    /** What the credit fees of {@code scenario} add, in minor units. */
    public long fees(Scenario scenario) {
        return scenario(scenario).stream().mapToLong(f -> f.loan().fee()).sum();
    }

    /**
     * What leaves the patient's account in each month of {@code scenario}, in minor units: each visit's
     * total less the price of a package financed at it, plus the instalments falling in the month. Every
     * month from the first visit's to the last payment's is listed, 0 where nothing is paid.
     */
    public NavigableMap<YearMonth, Long> monthly(Plan plan, Scenario scenario) {
        NavigableMap<YearMonth, Long> months = new TreeMap<>();
        for (Visit v : plan.scenario(scenario).visits()) {
            months.merge(YearMonth.from(v.session().date()), Amounts.minor(v.receipt().total()), Math::addExact);
        }
        for (Financed f : scenario(scenario)) {
            months.merge(YearMonth.from(f.date()), -f.loan().price(), Math::addExact);
            for (Payment p : f.loan().payments()) {
                months.merge(YearMonth.from(p.date()), p.amount(), Math::addExact);
            }
        }
        for (YearMonth m = months.firstKey(); m.isBefore(months.lastKey()); m = m.plusMonths(1)) {
            months.putIfAbsent(m, 0L);
        }
        return months;
    }
}
