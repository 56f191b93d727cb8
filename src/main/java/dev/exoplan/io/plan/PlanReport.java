package dev.exoplan.io.plan;

import dev.exoplan.core.cost.Budget;
import dev.exoplan.core.cost.Plan;
import dev.exoplan.core.money.FixedRateProvider;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@code plan} shows: the plan, how far the user's budget goes (when given), the rate to convert
 * totals at (when given), and whether the caveats are shown.
 */
public record PlanReport(Plan plan, Optional<Budget> budget, Optional<FixedRateProvider> rate, boolean caveats) {

    public PlanReport {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(rate, "rate");
    }
}
