package dev.exoplan.core.cost;

import dev.exoplan.core.course.PackageSolver;
import dev.exoplan.core.course.Prepayment;
import dev.exoplan.core.money.Receipt;
import dev.exoplan.core.schedule.Schedule;
import dev.exoplan.core.sheet.Variant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * One scenario of a plan: its dated schedule, the price it assumes per session, every visit with its
 * receipt, the bill itemised over the whole course, the course's receipt (the sum of the visits') and
 * the monthly average of what the patient pays. For a method with a first-visit price or packages,
 * also what is bought when ({@link PackageSolver}); for a method priced by variant, the variant.
 *
 * @param variant  the variant priced in this scenario, for a method priced by variant
 * @param solution   the cheapest purchases, when the price is not the same for every session; empty
 *                   when every session is bought singly at {@code sessionPrice}
 * @param prepayment what the packages it buys risk and return on stopping; empty when it buys none
 */
public record ScenarioPlan(
        Scenario scenario,
        Schedule schedule,
        MonetaryAmount sessionPrice,
        List<Visit> visits,
        List<LineItem> items,
        Receipt receipt,
        MonetaryAmount monthlyAverage,
        Optional<Variant> variant,
        Optional<PackageSolver.Solution> solution,
        Optional<Prepayment> prepayment) {

    public ScenarioPlan {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(sessionPrice, "sessionPrice");
        visits = List.copyOf(visits);
        items = List.copyOf(items);
        Objects.requireNonNull(receipt, "receipt");
        Objects.requireNonNull(monthlyAverage, "monthlyAverage");
        Objects.requireNonNull(variant, "variant");
        Objects.requireNonNull(solution, "solution");
        Objects.requireNonNull(prepayment, "prepayment");
    }

    public int sessions() {
        return schedule.size();
    }
}
