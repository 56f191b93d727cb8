package dev.exoplan.core.course;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What one package a plan buys risks, and what stopping it returns.
 *
 * @param purchase       the index of the purchase among the scenario's purchases
 * @param contractDate   the day the contract document is assumed received
 * @param coolingOffUntil the last day of cooling-off: the contract date + 7 days
 * @param paid           what the package costs, tax included, in minor units
 * @param ifStopped      stopping after 0 … sessions − 1 sessions; empty when no refund terms are known
 *                       (the sheet says the law does not apply, or the law's figures cannot be applied,
 *                       and it states no policy)
 * @param clinicPolicy   whether the sheet states a cancellation policy for this package (its own or its clinic's)
 */
public record PackageRisk(int purchase, LocalDate contractDate, LocalDate coolingOffUntil, long paid, int sessions,
        Coverage coverage, List<Stop> ifStopped, BreakEven breakEven, boolean clinicPolicy) {

    public PackageRisk {
        Objects.requireNonNull(contractDate, "contractDate");
        Objects.requireNonNull(coolingOffUntil, "coolingOffUntil");
        Objects.requireNonNull(coverage, "coverage");
        ifStopped = List.copyOf(ifStopped);
        Objects.requireNonNull(breakEven, "breakEven");
        if (!ifStopped.isEmpty() && ifStopped.size() != sessions) {
            throw new IllegalArgumentException("one stop for each of 0 … sessions − 1");
        }
    }

    /** Whether some row follows the clinic's policy rather than the law's caps. */
    public boolean anyByClinic() {
        return ifStopped.stream().anyMatch(s -> s.basis() == Stop.Basis.CLINIC);
    }
}
