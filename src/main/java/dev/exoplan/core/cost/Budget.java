package dev.exoplan.core.cost;

import dev.exoplan.core.money.Amounts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * How far a budget goes in each scenario of a plan: whether the whole course fits, and if not, up to
 * which session (and date) it pays, visit by visit, tax included.
 */
public record Budget(MonetaryAmount amount, Map<Scenario, Reach> scenarios) {

    /**
     * One scenario against the budget.
     *
     * @param sessions how many sessions the budget pays for, from the first
     * @param lastDate the date of the last session it pays for (empty when it pays for none)
     * @param left     what is left after those sessions (for a course that fits: after all of them)
     * @param missing  what the whole course costs beyond the budget (zero when it fits)
     */
    public record Reach(boolean fits, int sessions, Optional<LocalDate> lastDate, MonetaryAmount left,
            MonetaryAmount missing) {

        public Reach {
            Objects.requireNonNull(lastDate, "lastDate");
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(missing, "missing");
        }
    }

    public Budget {
        Objects.requireNonNull(amount, "amount");
        scenarios = Map.copyOf(scenarios);
    }

    public Reach scenario(Scenario scenario) {
        return scenarios.get(scenario);
    }

    /** Each scenario of {@code plan} against {@code amount} (in the plan's currency, not negative). */
    public static Budget of(Plan plan, MonetaryAmount amount) {
        if (amount.isNegative() || !amount.getCurrency().equals(plan.currency())) {
            throw new IllegalArgumentException("a budget is a non-negative amount in the plan's currency");
        }
        Map<Scenario, Reach> reaches = new EnumMap<>(Scenario.class);
        BigDecimal budget = Amounts.decimal(amount);
        for (Scenario s : Scenario.values()) {
            ScenarioPlan scenario = plan.scenario(s);
            BigDecimal spent = BigDecimal.ZERO;
            int paid = 0;
            Optional<LocalDate> last = Optional.empty();
            for (Visit visit : scenario.visits()) {
                BigDecimal next = spent.add(Amounts.decimal(visit.receipt().total()));
                if (next.compareTo(budget) > 0) {
                    break;
                }
                spent = next;
                paid++;
                last = Optional.of(visit.session().date());
            }
            BigDecimal total = Amounts.decimal(scenario.receipt().total());
            boolean fits = paid == scenario.sessions();
            reaches.put(s, new Reach(fits, paid, last, Amounts.of(budget.subtract(spent), plan.currency()),
                    Amounts.of(fits ? BigDecimal.ZERO : total.subtract(budget), plan.currency())));
        }
        return new Budget(amount, reaches);
    }
}
