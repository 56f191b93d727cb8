package dev.exoplan.core.cost;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What a patient asks for: a goal, a method and (unless the sheet has one clinic) a clinic, over
 * {@code months} months from {@code start}.
 */
public record PlanRequest(String goal, String method, Optional<String> clinic, LocalDate start, int months) {

    public PlanRequest {
        Objects.requireNonNull(goal, "goal");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(clinic, "clinic");
        Objects.requireNonNull(start, "start");
    }
}
