package dev.exoplan.core.quote;

import dev.exoplan.core.cost.Scenario;
import dev.exoplan.core.money.Amounts;
import dev.exoplan.core.text.LocalizedText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * One row of a quote table: what a course of one goal and method at one clinic costs over a period,
 * low / typical / high, tax included, as {@link Planner} would plan it.
 *
 * <p>A quote table can have millions of rows, so a row keeps its amounts as exact whole numbers of
 * the currency's minor unit (yen; cents) — {@link #money} turns one into a {@link MonetaryAmount},
 * and writers format them without one.
 *
 * @param monthlyTypical the typical total divided by the months, half up, in minor units
 * @param variant        the variant the request chose, for a method priced by variant
 * @param typicalWithFinancing with {@code --pay-in}: the typical total with the credit fees of the packages
 *                       the typical scenario buys (each rounded down, as {@code core.finance.Loans#fee});
 *                       the total alone where it buys none; empty without {@code --pay-in}
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
        long monthlyTypical,
        Optional<String> variant,
        OptionalLong typicalWithFinancing) {

    /**
     * One scenario's sessions, total (what the patient pays) and the tax in it, in minor units.
     *
     * @param prepaid what the packages the scenario buys cost in advance: each package's price with its
     *                tax as a receipt of its own ({@code Tax#receipt}), as a plan's prepayment gives it
     *                ({@code PackageRisk#paid}), added up; 0 where it buys none. Part of {@code total}.
     */
    public record Totals(int sessions, long total, long tax, long prepaid) {

        public Totals {
            if (sessions < 0 || total < 0 || tax < 0 || prepaid < 0) {
                throw new IllegalArgumentException("sessions and amounts are never negative");
            }
        }

        /** A scenario that buys no package. */
        public Totals(int sessions, long total, long tax) {
            this(sessions, total, tax, 0);
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
        Objects.requireNonNull(variant, "variant");
        Objects.requireNonNull(typicalWithFinancing, "typicalWithFinancing");
    }

    /** A row without {@code --pay-in}. */
    public Quote(String clinic, LocalizedText clinicName, String goal, String method, LocalDate start, int months,
            CurrencyUnit currency, Totals low, Totals typical, Totals high, long monthlyTypical,
            Optional<String> variant) {
        this(clinic, clinicName, goal, method, start, months, currency, low, typical, high, monthlyTypical, variant,
                OptionalLong.empty());
    }

    /** This row with {@code typicalWithFinancing}. */
    public Quote withFinancing(OptionalLong typicalWithFinancing) {
        return new Quote(clinic, clinicName, goal, method, start, months, currency, low, typical, high, monthlyTypical,
                variant, typicalWithFinancing);
    }

    /** A row without a chosen variant. */
    public Quote(String clinic, LocalizedText clinicName, String goal, String method, LocalDate start, int months,
            CurrencyUnit currency, Totals low, Totals typical, Totals high, long monthlyTypical) {
        this(clinic, clinicName, goal, method, start, months, currency, low, typical, high, monthlyTypical,
                Optional.empty());
    }

    public Totals scenario(Scenario scenario) {
        return switch (scenario) {
            case LOW -> low;
            case TYPICAL -> typical;
            case HIGH -> high;
        };
    }

    /** An amount of this row, in minor units, as money. */
    public MonetaryAmount money(long minor) {
        return Amounts.of(BigDecimal.valueOf(minor, Amounts.minorDigits(currency)), currency);
    }
}
