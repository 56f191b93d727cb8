package dev.exoplan.core.cost;

import dev.exoplan.core.course.PackageSolver;
import dev.exoplan.core.course.Purchase;
import dev.exoplan.core.money.Amounts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * How far a budget goes in each scenario of a plan: whether the whole course fits, and if not, the
 * most sessions of the scenario's schedule, from the first, that it can pay for, tax included.
 *
 * <p>Where a clinic sells packages, what goes furthest on a budget is not always what is cheapest over
 * the whole period: a course bought at the third session is the cheapest way to pay for seven, while
 * ¥400,000 goes furthest with the course bought at the first. So the reach is worked out by choosing the
 * purchases anew ({@link Planner#cheapestFirst}) for the first {@code k} sessions, and {@code k} is the
 * largest whose cheapest purchases fit. What the cheapest first {@code k} sessions cost never falls as
 * {@code k} grows (a way to pay for {@code k + 1} sessions, cut after the {@code k}-th, pays for
 * {@code k} and costs no more), so {@code k} is found by bisection, from the sessions the plan's own
 * purchases reach (a lower bound) to the whole course (which does not fit).
 */
public record Budget(MonetaryAmount amount, Map<Scenario, Reach> scenarios) {

    /**
     * One scenario against the budget.
     *
     * @param sessions    the most sessions, from the first, the budget pays for
     * @param lastDate    the date of the last session it pays for (empty when it pays for none)
     * @param left        what is left after those sessions (for a course that fits: after all of them)
     * @param missing     what the whole course costs beyond the budget (zero when it fits)
     * @param purchases   what to buy for those sessions, in visit order: the plan's own purchases when they
     *                    go as far, otherwise the cheapest for those sessions; empty for a scenario whose
     *                    sessions are all bought singly at one price
     * @param asPlanned   how many sessions the budget pays for with the plan's own purchases (those that
     *                    are cheapest over the whole period), paid visit by visit: fewer than
     *                    {@code sessions} exactly when buying differently goes further
     * @param nextCosts   what the first {@code sessions + 1} sessions cost, bought the cheapest way for
     *                    them (empty when the course fits): more than the budget
     */
    public record Reach(boolean fits, int sessions, Optional<LocalDate> lastDate, MonetaryAmount left,
            MonetaryAmount missing, List<Purchase> purchases, int asPlanned, Optional<MonetaryAmount> nextCosts) {

        public Reach {
            Objects.requireNonNull(lastDate, "lastDate");
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(missing, "missing");
            purchases = List.copyOf(purchases);
            Objects.requireNonNull(nextCosts, "nextCosts");
            if (asPlanned > sessions) {
                throw new IllegalArgumentException("the plan's purchases cannot go further than the best ones");
            }
        }

        /** True when buying differently from the plan pays for more sessions than the plan's purchases. */
        public boolean buyDifferently() {
            return asPlanned < sessions;
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
        for (Scenario s : Scenario.values()) {
            reaches.put(s, reach(plan, s, Amounts.minor(amount)));
        }
        return new Budget(amount, reaches);
    }

    private static Reach reach(Plan plan, Scenario s, long budget) {
        ScenarioPlan scenario = plan.scenario(s);
        int n = scenario.sessions();
        // The plan's own purchases, paid visit by visit.
        long spent = 0;
        int paid = 0;
        while (paid < n) {
            long next = spent + Amounts.minor(scenario.visits().get(paid).receipt().total());
            if (next > budget) {
                break;
            }
            spent = next;
            paid++;
        }
        int asPlanned = paid;
        int sessions = asPlanned;
        List<Purchase> purchases = scenario.solution().map(solution -> solution.purchases().stream()
                .filter(p -> p.first() < asPlanned).toList()).orElse(List.of());
        Optional<Long> nextCosts = Optional.empty();
        if (asPlanned < n) {
            // Paid singly at one price, the plan's purchases are the only ones: the next visit is what it costs.
            long next = spent + Amounts.minor(scenario.visits().get(asPlanned).receipt().total());
            if (scenario.solution().isPresent()) {
                // Bisection: the cheapest first k sessions fit at k = low and not at k = high (at first the
                // whole course, whose cheapest cost is the plan's total, above the budget).
                int low = asPlanned;
                int high = n;
                next = Amounts.minor(scenario.receipt().total());
                while (high - low > 1) {
                    int middle = (low + high) >>> 1;
                    long cost = Planner.cheapestFirst(plan, s, middle).total();
                    if (cost <= budget) {
                        low = middle;
                    } else {
                        high = middle;
                        next = cost;
                    }
                }
                if (low > asPlanned) {
                    PackageSolver.Solution best = Planner.cheapestFirst(plan, s, low);
                    sessions = low;
                    spent = best.total();
                    purchases = best.purchases();
                }
            }
            nextCosts = Optional.of(next);
        }
        boolean fits = sessions == n;
        Optional<LocalDate> last = sessions == 0 ? Optional.empty()
                : Optional.of(scenario.visits().get(sessions - 1).session().date());
        long missing = fits ? 0 : Amounts.minor(scenario.receipt().total()) - budget;
        return new Reach(fits, sessions, last, money(plan, budget - spent), money(plan, missing), purchases,
                asPlanned, nextCosts.map(c -> money(plan, c)));
    }

    private static MonetaryAmount money(Plan plan, long minor) {
        return Amounts.of(BigDecimal.valueOf(minor, Amounts.minorDigits(plan.currency())), plan.currency());
    }
}
