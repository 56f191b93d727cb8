package dev.exoplan.io.compare;

import dev.exoplan.core.cost.Comparison;
import dev.exoplan.core.finance.PayIn;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What {@code compare} shows: the comparison, and what the patient can spend (in minor units of the
 * sheet's currency) when given, which adds which scenarios of each option fit; and, with {@code --pay-in},
 * each option's typical total with the credit fees ({@link PayIn}).
 */
public record ComparisonReport(Comparison comparison, OptionalLong budget, Optional<PayIn> payIn) {

    public ComparisonReport {
        Objects.requireNonNull(comparison, "comparison");
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(payIn, "payIn");
    }

    /** A comparison paid as it goes. */
    public ComparisonReport(Comparison comparison, OptionalLong budget) {
        this(comparison, budget, Optional.empty());
    }
}
