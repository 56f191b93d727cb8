package dev.exoplan.core.cost;

import dev.exoplan.core.sheet.LocalizedText;
import java.time.LocalDate;
import java.util.Objects;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * One row of a quote table: what a course of one goal and method at one clinic costs over a period,
 * low / typical / high, tax included, as {@link Planner} would plan it.
 */
public record Quote(
        String clinic,
        LocalizedText clinicName,
        String goal,
        String method,
        LocalDate start,
        int months,
        CurrencyUnit currency,
        Totals low,
        Totals typical,
        Totals high,
        MonetaryAmount monthlyTypical) {

    /** One scenario's sessions, total (what the patient pays) and the tax in it (added or contained). */
    public record Totals(int sessions, MonetaryAmount total, MonetaryAmount tax) {

        public Totals {
            Objects.requireNonNull(total, "total");
            Objects.requireNonNull(tax, "tax");
            if (sessions < 0) {
                throw new IllegalArgumentException("sessions must not be negative: " + sessions);
            }
        }
    }

    public Quote {
        Objects.requireNonNull(clinic, "clinic");
        Objects.requireNonNull(clinicName, "clinicName");
        Objects.requireNonNull(goal, "goal");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(low, "low");
        Objects.requireNonNull(typical, "typical");
        Objects.requireNonNull(high, "high");
        Objects.requireNonNull(monthlyTypical, "monthlyTypical");
    }

    public Totals scenario(Scenario scenario) {
        return switch (scenario) {
            case LOW -> low;
            case TYPICAL -> typical;
            case HIGH -> high;
        };
    }
}
