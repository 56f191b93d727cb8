package dev.exoplan.core.cost;

import dev.exoplan.core.course.Prepayment;
import dev.exoplan.core.quote.Quote;
import dev.exoplan.core.quote.Quoter;
import dev.exoplan.core.sheet.Clinic;
import dev.exoplan.core.sheet.Goal;
import dev.exoplan.core.sheet.Method;
import dev.exoplan.core.sheet.PriceSheet;
import dev.exoplan.core.text.Message;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Every clinic × method that fits one goal, side by side over the same period, cheapest first by the
 * typical total — each with what its clinic discloses, because price alone should not decide.
 *
 * @param options ordered cheapest first (typical total, then clinic and method id)
 */
public record Comparison(Goal goal, LocalDate start, int months, List<Option> options) {

    /**
     * One clinic and method: its quote, the clinic (for its name and disclosure), and where the typical
     * plan buys course packages, what that prepayment risks ({@link Prepayment}: cooling-off, refunds if
     * stopped, break-even, the most prepaid and not yet used).
     */
    public record Option(Clinic clinic, Method method, Quote quote, Optional<Prepayment> prepayment) {

        public Option {
            Objects.requireNonNull(clinic, "clinic");
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(quote, "quote");
            Objects.requireNonNull(prepayment, "prepayment");
        }

        public Option(Clinic clinic, Method method, Quote quote) {
            this(clinic, method, quote, Optional.empty());
        }
    }

    public Comparison {
        Objects.requireNonNull(goal, "goal");
        Objects.requireNonNull(start, "start");
        options = List.copyOf(options);
    }

    /**
     * @param methods only these methods (empty: every method of the goal)
     * @param clinics only these clinics (empty: every clinic)
     * @throws InvalidRequestException for an unknown goal, or a period out of bounds
     */
    public static Comparison of(PriceSheet sheet, String goalId, Collection<String> methods,
            Collection<String> clinics, LocalDate start, int months) {
        return of(sheet, goalId, methods, clinics, start, months, Optional.empty());
    }

    /**
     * @param variant only the clinics and methods priced by variant that have this one, priced at it
     * @throws InvalidRequestException also when no clinic and method of the goal has the variant
     */
    public static Comparison of(PriceSheet sheet, String goalId, Collection<String> methods,
            Collection<String> clinics, LocalDate start, int months, Optional<String> variant) {
        Goal goal = sheet.goal(goalId).orElseThrow(() -> Planner.unknown(InvalidRequestException.Field.GOAL,
                Planner.GOAL, goalId, sheet.goals().keySet(), Planner.GOALS_IN_SHEET, sheet.goals().keySet()));
        Quoter quoter = new Quoter(sheet);
        List<Option> options = new ArrayList<>();
        for (Clinic clinic : sheet.clinics()) {
            if (!clinics.isEmpty() && !clinics.contains(clinic.id())) {
                continue;
            }
            for (String methodId : goal.methods()) {
                if ((methods.isEmpty() || methods.contains(methodId)) && clinic.prices(methodId)
                        && (variant.isEmpty() || clinic.variant(methodId, variant.get()).isPresent())) {
                    PlanRequest request = new PlanRequest(goal.id(), methodId, Optional.of(clinic.id()), start,
                            months, variant);
                    Quote quote = quoter.quote(request);
                    // Only a clinic that sells packages of the method can prepay; the planner says what it risks.
                    Optional<Prepayment> prepayment = clinic.packages().stream().anyMatch(p -> p.method().equals(methodId))
                            ? Planner.plan(sheet, request).scenario(Scenario.TYPICAL).prepayment()
                            : Optional.empty();
                    options.add(new Option(clinic, sheet.method(methodId).orElseThrow(), quote, prepayment));
                }
            }
        }
        if (variant.isPresent() && options.isEmpty()) {
            List<String> known = new ArrayList<>();
            for (Clinic clinic : sheet.clinics()) {
                goal.methods().forEach(m -> clinic.variants(m).forEach(v -> {
                    if (!known.contains(v.id())) {
                        known.add(v.id());
                    }
                }));
            }
            throw Planner.unknown(InvalidRequestException.Field.VARIANT, Planner.VARIANT, variant.get(), known,
                    Message.of("invalid.list.variantsInComparison", goal.id()), known);
        }
        options.sort(Comparator.comparingLong((Option o) -> o.quote().typical().total())
                .thenComparing(o -> o.clinic().id())
                .thenComparing(o -> o.method().id()));
        return new Comparison(goal, start, months, options);
    }
}
