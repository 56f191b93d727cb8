package dev.exoplan.core.cost;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What a patient asks for: a goal, a method and (unless the sheet has one clinic) a clinic, over
 * {@code months} months from {@code start}.
 *
 * @param variant      the variant (dose, area) of a method priced by variant; empty: each scenario takes
 *                     the variant {@link dev.exoplan.core.sheet.Variant#at} picks
 * @param contractDate the day the patient receives the contract document of the first package each
 *                     scenario buys (on or before that purchase); empty: the day of the purchase
 */
public record PlanRequest(String goal, String method, Optional<String> clinic, LocalDate start, int months,
        Optional<String> variant, Optional<LocalDate> contractDate) {

    public PlanRequest {
        Objects.requireNonNull(goal, "goal");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(clinic, "clinic");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(variant, "variant");
        Objects.requireNonNull(contractDate, "contractDate");
    }

    /** A request that assumes each contract document is received on the day of its purchase. */
    public PlanRequest(String goal, String method, Optional<String> clinic, LocalDate start, int months,
            Optional<String> variant) {
        this(goal, method, clinic, start, months, variant, Optional.empty());
    }

    /** A request without a variant. */
    public PlanRequest(String goal, String method, Optional<String> clinic, LocalDate start, int months) {
        this(goal, method, clinic, start, months, Optional.empty());
    }
}
