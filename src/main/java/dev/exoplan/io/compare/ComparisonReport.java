package dev.exoplan.io.compare;

import dev.exoplan.core.cost.Comparison;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * What {@code compare} shows: the comparison, and what the patient can spend (in minor units of the
 * sheet's currency) when given, which adds which scenarios of each option fit.
 */
public record ComparisonReport(Comparison comparison, OptionalLong budget) {

    public ComparisonReport {
        Objects.requireNonNull(comparison, "comparison");
        Objects.requireNonNull(budget, "budget");
    }
}
