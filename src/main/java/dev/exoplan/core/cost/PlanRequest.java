package dev.exoplan.core.cost;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What a patient asks for: a goal, a method and (unless the sheet has one clinic) a clinic, over
 * {@code months} months from {@code start}.
 *
 * @param variant the variant (dose, area) of a method priced by variant; empty: each scenario takes
 *                the variant {@link dev.exoplan.core.sheet.Variant#at} picks
 */
public record PlanRequest(String goal, String method, Optional<String> clinic, LocalDate start, int months,
        Optional<String> variant) {

    public PlanRequest {
        Objects.requireNonNull(goal, "goal");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(clinic, "clinic");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(variant, "variant");
    }

    /** A request without a variant. */
    public PlanRequest(String goal, String method, Optional<String> clinic, LocalDate start, int months) {
        this(goal, method, clinic, start, months, Optional.empty());
    }
}
