package dev.exoplan.io.plan;

import dev.exoplan.core.cost.Budget;
import dev.exoplan.core.cost.Plan;
import dev.exoplan.core.finance.Instalments;
import dev.exoplan.core.money.FixedRateProvider;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@code plan} shows: the plan, how far the user's budget goes (when given), the rate to convert
 * totals at (when given), whether the caveats are shown, and its packages bought on instalments
 * ({@code --pay-in}, when given).
 */
public record PlanReport(Plan plan, Optional<Budget> budget, Optional<FixedRateProvider> rate, boolean caveats,
        Optional<Instalments> instalments) {

    public PlanReport {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(instalments, "instalments");
    }

    /** A report of a plan paid as it goes, without instalments. */
    public PlanReport(Plan plan, Optional<Budget> budget, Optional<FixedRateProvider> rate, boolean caveats) {
        this(plan, budget, rate, caveats, Optional.empty());
    }
}
