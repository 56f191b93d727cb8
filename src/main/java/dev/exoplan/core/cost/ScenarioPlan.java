package dev.exoplan.core.cost;

import dev.exoplan.core.schedule.Schedule;
import dev.exoplan.core.sheet.Receipt;
import java.util.List;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * One scenario of a plan: its dated schedule, the price it assumes per session, every visit with its
 * receipt, the bill itemised over the whole course, the course's receipt (the sum of the visits') and
 * the monthly average of what the patient pays.
 */
public record ScenarioPlan(
        Scenario scenario,
        Schedule schedule,
        MonetaryAmount sessionPrice,
        List<Visit> visits,
        List<LineItem> items,
        Receipt receipt,
        MonetaryAmount monthlyAverage) {

    public ScenarioPlan {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(sessionPrice, "sessionPrice");
        visits = List.copyOf(visits);
        items = List.copyOf(items);
        Objects.requireNonNull(receipt, "receipt");
        Objects.requireNonNull(monthlyAverage, "monthlyAverage");
    }

    public int sessions() {
        return schedule.size();
    }
}
